import type { Dayjs } from 'dayjs';
import type { Project, ProjectInput } from '../../../../contracts/registry';
import type { ProjectLevel, ProjectStage } from '../../../../domain/registry';
import { changedFields, cleanAmountText, fromDay, sameAmount, text, toDay } from './form-values';

export interface ProjectFormValues {
  code?: string;
  name?: string;
  level?: ProjectLevel;
  regionCode?: string;
  ownerUnit?: string;
  category?: string;
  totalInvestment?: string;
  annualPlannedInvestment?: string;
  plannedStart?: Dayjs | null;
  plannedEnd?: Dayjs | null;
  stage?: ProjectStage;
  activeFrom?: Dayjs | null;
}

export const projectFormFieldNames = [
  'code',
  'name',
  'level',
  'regionCode',
  'ownerUnit',
  'category',
  'totalInvestment',
  'annualPlannedInvestment',
  'plannedStart',
  'plannedEnd',
  'stage',
  'activeFrom',
] as const;

export function projectFormValuesOf(p: Project): ProjectFormValues {
  return {
    code: p.code,
    name: p.name,
    level: p.level,
    regionCode: p.regionCode,
    ownerUnit: p.ownerUnit,
    category: p.category,
    totalInvestment: p.totalInvestment,
    annualPlannedInvestment: p.annualPlannedInvestment,
    plannedStart: toDay(p.plannedStart),
    plannedEnd: toDay(p.plannedEnd),
    stage: p.stage,
    activeFrom: toDay(p.activeFrom),
  };
}

/** Candidate body for projectInputSchema (validated by the caller). */
export function toProjectInput(values: ProjectFormValues): Partial<ProjectInput> {
  return {
    code: text(values.code),
    name: text(values.name),
    level: values.level,
    regionCode: values.regionCode,
    ownerUnit: text(values.ownerUnit),
    category: text(values.category),
    totalInvestment: cleanAmountText(values.totalInvestment),
    annualPlannedInvestment: cleanAmountText(values.annualPlannedInvestment),
    plannedStart: fromDay(values.plannedStart),
    plannedEnd: fromDay(values.plannedEnd),
    stage: values.stage,
    activeFrom: fromDay(values.activeFrom),
  };
}

/** Only what changed (amounts compared as two-decimal text, codes case-insensitively). */
export function toProjectUpdate(values: ProjectFormValues, original: Project): Record<string, unknown> {
  return changedFields({ ...toProjectInput(values) }, original, (key, a, b) => {
    if (key === 'totalInvestment' || key === 'annualPlannedInvestment') {
      return sameAmount(a as string, b as string);
    }
    if (key === 'code') return String(a).toUpperCase() === b;
    return a === b;
  });
}
