import {
  projectCategories,
  projectLevelLabels,
  projectLevels,
  projectStageLabels,
  projectStages,
} from '../../../../domain/registry';

export const levelOptions = projectLevels.map((level) => ({
  value: level,
  label: projectLevelLabels[level],
}));
export const stageOptions = projectStages.map((stage) => ({
  value: stage,
  label: projectStageLabels[stage],
}));
export const categoryOptions = projectCategories.map((c) => ({ value: c }));

export const levelColors = { provincial: 'red', municipal: 'blue', county: 'default' } as const;
export const stageColors = {
  preliminary: 'default',
  new_start: 'green',
  continuing: 'processing',
  completed: 'purple',
} as const;
