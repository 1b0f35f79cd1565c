import { projectListQuerySchema } from '../../../../contracts/registry';
import {
  projectLevels,
  projectStages,
  subjectStatuses,
  type ProjectLevel,
  type ProjectStage,
  type SubjectStatus,
} from '../../../../domain/registry';
import { oneOf, useListParams, type PageParams, type SortParams } from './list-params';

export const projectSorts = projectListQuerySchema.shape.sort.unwrap().options;
export type ProjectSort = (typeof projectSorts)[number];

export interface ProjectFilters {
  region?: string;
  level?: ProjectLevel;
  stage?: ProjectStage;
  q?: string;
  status?: SubjectStatus;
}

export type ProjectListParams = ProjectFilters & PageParams & SortParams<ProjectSort>;

function readFilters(search: URLSearchParams): ProjectFilters {
  const region = search.get('region');
  return {
    region: region && /^\d{6}$/.test(region) ? region : undefined,
    level: oneOf(search.get('level'), projectLevels),
    stage: oneOf(search.get('stage'), projectStages),
    q: search.get('q')?.trim() || undefined,
    status: oneOf(search.get('status'), subjectStatuses),
  };
}

export function useProjectListParams() {
  return useListParams(readFilters, projectSorts);
}
