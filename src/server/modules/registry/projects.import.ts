import { projectInputSchema, type ImportRowError } from '../../../contracts/registry';
import { shanghaiDate } from '../../../domain/dates';
import {
  projectLevelLabels,
  projectLevels,
  projectStageLabels,
  projectStages,
  normaliseAmount,
} from '../../../domain/registry';
import type { ColumnSpec, SheetRecord } from '../../platform/excel-reader';
import { zodRowErrors, type ImportSpec } from '../../platform/import-engine';
import { createProjectsRepository, type NewProjectRow, type ProjectRow } from './projects.repository';
import {
  activeFromAfterClosing,
  normaliseDateText,
  normaliseNumberText,
  resolveSubjectRegion,
  stripFormulaGuard,
  type RegionLookup,
} from './registry.rules';

export type ProjectColumn =
  | 'code'
  | 'name'
  | 'level'
  | 'region'
  | 'ownerUnit'
  | 'category'
  | 'totalInvestment'
  | 'annualPlannedInvestment'
  | 'plannedStart'
  | 'plannedEnd'
  | 'stage'
  | 'activeFrom';

export const projectColumns: readonly ColumnSpec<ProjectColumn>[] = [
  { key: 'code', header: '项目编号', required: true },
  { key: 'name', header: '项目名称', required: true },
  { key: 'level', header: '项目级别', required: true },
  { key: 'region', header: '所属区县', required: true },
  { key: 'ownerUnit', header: '建设单位', required: true },
  { key: 'category', header: '项目类别', required: true },
  { key: 'totalInvestment', header: '总投资(万元)', required: true },
  { key: 'annualPlannedInvestment', header: '年度计划投资(万元)', required: true },
  { key: 'plannedStart', header: '计划开工', required: true },
  { key: 'plannedEnd', header: '计划竣工', required: true },
  { key: 'stage', header: '建设阶段', required: true },
  // After API.md's columns, and optional so that older templates still import (blank = the import's day).
  { key: 'activeFrom', header: '纳入统计日期', required: false },
];

const fieldToColumn: Partial<Record<string, ProjectColumn>> = { regionCode: 'region' };
const levelByLabel = new Map(projectLevels.map((l) => [projectLevelLabels[l], l] as const));
const stageByLabel = new Map(projectStages.map((s) => [projectStageLabels[s], s] as const));

/** `activeFrom` is absent when the cell is blank: a new project starts today, an existing one keeps its date. */
export type ProjectImportValue = Omit<NewProjectRow, 'createdAt' | 'updatedAt' | 'activeFrom'> & {
  activeFrom?: string;
};

function headerOf(key: ProjectColumn): string {
  return projectColumns.find((c) => c.key === key)!.header;
}

export function parseProjectRecord(
  record: SheetRecord<ProjectColumn>,
  lookup: RegionLookup,
): { value: ProjectImportValue; key: string } | { errors: ImportRowError[] } {
  const cells = Object.fromEntries(
    Object.entries(record.cells).map(([k, v]) => [k, stripFormulaGuard(v as string)]),
  ) as Record<ProjectColumn, string>;
  const errors: ImportRowError[] = [];
  const error = (key: ProjectColumn, message: string) =>
    errors.push({ row: record.row, column: headerOf(key), value: cells[key], message });
  const level =
    levelByLabel.get(cells.level.trim() as never) ??
    (projectLevels.includes(cells.level as never) ? cells.level : undefined);
  if (!level) error('level', '项目级别请填写 省级、市级 或 县级');
  const stage =
    stageByLabel.get(cells.stage.trim() as never) ??
    (projectStages.includes(cells.stage as never) ? cells.stage : undefined);
  if (!stage) error('stage', '建设阶段请填写 前期、新开工、续建 或 竣工');
  const region = resolveSubjectRegion(lookup, cells.region);
  if ('message' in region) error('region', region.message);
  const parsed = projectInputSchema.safeParse({
    code: normaliseNumberText(cells.code),
    name: cells.name,
    level: level ?? 'municipal',
    regionCode: 'code' in region ? region.code : '000000',
    ownerUnit: cells.ownerUnit,
    category: cells.category,
    totalInvestment: normaliseNumberText(cells.totalInvestment),
    annualPlannedInvestment: normaliseNumberText(cells.annualPlannedInvestment),
    plannedStart: normaliseDateText(cells.plannedStart),
    plannedEnd: normaliseDateText(cells.plannedEnd),
    stage: stage ?? 'continuing',
    activeFrom: cells.activeFrom ? normaliseDateText(cells.activeFrom) : undefined,
  });
  if (!parsed.success) errors.push(...zodRowErrors(parsed.error, record, projectColumns, fieldToColumn));
  else if (parsed.data.plannedEnd < parsed.data.plannedStart)
    error('plannedEnd', '计划竣工日期不能早于计划开工日期');
  if (errors.length > 0 || !parsed.success) return { errors };
  const value = parsed.data;
  return {
    key: value.code,
    value: {
      ...value,
      totalInvestment: normaliseAmount(value.totalInvestment),
      annualPlannedInvestment: normaliseAmount(value.annualPlannedInvestment),
    },
  };
}

function sameAs(existing: ProjectRow, value: ProjectImportValue): boolean {
  return (
    existing.name === value.name &&
    existing.level === value.level &&
    existing.regionCode === value.regionCode &&
    existing.ownerUnit === value.ownerUnit &&
    existing.category === value.category &&
    existing.totalInvestment === value.totalInvestment &&
    existing.annualPlannedInvestment === value.annualPlannedInvestment &&
    existing.plannedStart === value.plannedStart &&
    existing.plannedEnd === value.plannedEnd &&
    existing.stage === value.stage &&
    (value.activeFrom === undefined || existing.activeFrom === value.activeFrom)
  );
}

export function projectImportSpec(
  lookup: RegionLookup,
  now: Date,
): ImportSpec<ProjectColumn, ProjectImportValue, ProjectRow> {
  return {
    entityType: 'project',
    label: '重点项目',
    columns: projectColumns,
    keyColumn: 'code',
    parseRow: (record) => parseProjectRecord(record, lookup),
    async loadExisting(db, keys) {
      const rows = await createProjectsRepository(db).findByCodes(keys);
      return new Map(rows.map((r) => [r.code, r]));
    },
    checkExisting(existing, parsed) {
      if (!lookup.scopeCodes.has(existing.regionCode))
        return {
          row: parsed.row,
          column: headerOf('code'),
          value: parsed.key,
          message: '该项目编号已登记在您管理范围以外的区县，不能修改',
        };
      return activeFromAfterClosing(existing, parsed.value.activeFrom, parsed.row, headerOf('activeFrom'));
    },
    isUnchanged: sameAs,
    async insertMany(db, values) {
      await createProjectsRepository(db).insertMany(
        values.map((v) => ({
          ...v,
          activeFrom: v.activeFrom ?? shanghaiDate(now),
          createdAt: now,
          updatedAt: now,
        })),
      );
    },
    async update(db, existing, value) {
      await createProjectsRepository(db).update(existing.id, { ...value, updatedAt: now });
    },
  };
}
