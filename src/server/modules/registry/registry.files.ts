import type { EnterpriseListQuery, ImportResult, ProjectListQuery } from '../../../contracts/registry';
import { hasPermission } from '../../../domain/permissions';
import {
  maskPhone,
  projectLevelLabels,
  projectStageLabels,
  type ProjectLevel,
  type ProjectStage,
} from '../../../domain/registry';
import type { Actor, Scope } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, writeWorkbook, type SheetColumn } from '../../platform/excel';
import { readSheet, type ColumnSpec } from '../../platform/excel-reader';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { enterpriseColumns, enterpriseImportSpec, type EnterpriseColumn } from './enterprises.import';
import { createEnterprisesRepository, type EnterpriseRow } from './enterprises.repository';
import type { EnterprisesService } from './enterprises.service';
import { runImport, type ImportSource } from '../../platform/import-engine';
import { projectColumns, projectImportSpec, type ProjectColumn } from './projects.import';
import { createProjectsRepository, type ProjectRow } from './projects.repository';
import type { ProjectsService } from './projects.service';
import { loadRegionLookup } from './registry.rules';

const enterpriseGuide =
  '填写说明：统一社会信用代码 18 位；所属区县填名称（如 常宁市）或 6 位代码（如 430482）；行业代码为 GB/T 4754-2017 小类（如 C3251）；' +
  '年产值单位万元，最多两位小数；连续生产型填“是”或“否”；纳入统计日期填 2020-03-08 或 Excel 日期，从这一天起要求报送，留空为导入当天。表头下每行一家企业，按信用代码新增或更新。';
const projectGuide =
  '填写说明：项目级别填 省级/市级/县级；所属区县填名称或代码；金额单位万元；日期格式 2020-03-08；建设阶段填 前期/新开工/续建/竣工；' +
  '纳入统计日期从这一天起要求报送，留空为导入当天。' +
  '表头下每行一个项目，按项目编号新增或更新。';

function describeFilter(filter: Record<string, unknown>): string {
  const labels: Record<string, string> = {
    region: '区划',
    industry: '行业',
    q: '关键字',
    status: '状态',
    level: '级别',
    stage: '阶段',
    continuous: '连续生产型',
  };
  const parts = Object.entries(filter)
    .filter(([key, value]) => value !== undefined && value !== '' && key in labels)
    .map(([key, value]) => `${labels[key]}=${String(value)}`);
  return parts.length > 0 ? parts.join('，') : '全部';
}

function columnsFor<K extends string, T>(
  specs: readonly ColumnSpec<K>[],
  values: Record<K, (row: T) => string | number>,
): SheetColumn<T>[] {
  return specs.map((c) => ({
    header: c.header,
    width: c.key === 'name' || c.key === 'address' ? 30 : 16,
    value: values[c.key],
  }));
}

export function createRegistryFiles(
  platform: Platform,
  regions: RegionsService,
  enterprises: EnterprisesService,
  projects: ProjectsService,
) {
  const { clock, audit, db } = platform;

  async function regionNames(): Promise<Map<string, string>> {
    return new Map((await regions.tree()).map((n) => [n.code, n.name]));
  }

  function enterpriseSheetColumns(names: Map<string, string>, canSeeContact: boolean) {
    return columnsFor<EnterpriseColumn, EnterpriseRow>(enterpriseColumns, {
      creditCode: (r) => r.creditCode,
      name: (r) => r.name,
      region: (r) => names.get(r.regionCode) ?? r.regionCode,
      industryCode: (r) => r.industryCode,
      workforce: (r) => r.workforce,
      annualOutput: (r) => r.annualOutput,
      address: (r) => r.address,
      contactName: (r) => r.contactName,
      contactPhone: (r) => (canSeeContact ? r.contactPhone : (maskPhone(r.contactPhone) ?? '')),
      continuous: (r) => (r.isContinuousProcess ? '是' : '否'),
      activeFrom: (r) => r.activeFrom,
    });
  }

  function projectSheetColumns(names: Map<string, string>) {
    return columnsFor<ProjectColumn, ProjectRow>(projectColumns, {
      code: (r) => r.code,
      name: (r) => r.name,
      level: (r) => projectLevelLabels[r.level as ProjectLevel],
      region: (r) => names.get(r.regionCode) ?? r.regionCode,
      ownerUnit: (r) => r.ownerUnit,
      category: (r) => r.category,
      totalInvestment: (r) => r.totalInvestment,
      annualPlannedInvestment: (r) => r.annualPlannedInvestment,
      plannedStart: (r) => r.plannedStart,
      plannedEnd: (r) => r.plannedEnd,
      stage: (r) => projectStageLabels[r.stage as ProjectStage],
      activeFrom: (r) => r.activeFrom,
    });
  }

  /** The same validation and all-or-nothing commit as a file import, for rows from any source (the demo). */
  async function importEnterpriseRecords(
    scope: Scope,
    source: ImportSource<EnterpriseColumn>,
    mode: 'validate' | 'commit',
    context: AuditContext,
  ) {
    const lookup = await loadRegionLookup(regions, scope);
    const accepted = new Set((await enterprises.listExceptions()).map((e) => e.creditCode));
    return runImport(platform, enterpriseImportSpec(lookup, accepted, clock.now()), source, mode, context);
  }

  async function importProjectRecords(
    scope: Scope,
    source: ImportSource<ProjectColumn>,
    mode: 'validate' | 'commit',
    context: AuditContext,
  ) {
    const lookup = await loadRegionLookup(regions, scope);
    return runImport(platform, projectImportSpec(lookup, clock.now()), source, mode, context);
  }

  return {
    async enterpriseTemplate(): Promise<Buffer> {
      return writeWorkbook<EnterpriseRow>({
        sheetName: '企业名录',
        preamble: ['规模以上工业企业导入模板', enterpriseGuide],
        columns: enterpriseSheetColumns(new Map(), true),
        rows: [],
      });
    },

    async projectTemplate(): Promise<Buffer> {
      return writeWorkbook<ProjectRow>({
        sheetName: '重点项目',
        preamble: ['重点项目导入模板', projectGuide],
        columns: projectSheetColumns(new Map()),
        rows: [],
      });
    },

    /** The filtered list in the template's columns, so that it imports back unchanged. */
    async exportEnterprises(
      actor: Actor,
      query: Omit<EnterpriseListQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
      context: AuditContext,
    ): Promise<Buffer> {
      const filter = await enterprises.toFilter(query);
      const buffer = await writeWorkbook<EnterpriseRow>({
        sheetName: '企业名录',
        preamble: [
          '规模以上工业企业名录',
          `导出时间：${formatShanghaiTime(clock.now())}`,
          `筛选条件：${describeFilter(query)}`,
        ],
        columns: enterpriseSheetColumns(
          await regionNames(),
          hasPermission(actor.role, 'registry.contact.view'),
        ),
        rows: createEnterprisesRepository(db).iterate(actor.scope, filter),
      });
      await audit.record(db, context, {
        action: 'enterprise.exported',
        entityType: 'enterprise',
        summary: `导出企业名录（${describeFilter(query)}）`,
      });
      return buffer;
    },

    async exportProjects(
      actor: Actor,
      query: Omit<ProjectListQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
      context: AuditContext,
    ): Promise<Buffer> {
      const filter = await projects.toFilter(query);
      const buffer = await writeWorkbook<ProjectRow>({
        sheetName: '重点项目',
        preamble: [
          '重点项目名录',
          `导出时间：${formatShanghaiTime(clock.now())}`,
          `筛选条件：${describeFilter(query)}`,
        ],
        columns: projectSheetColumns(await regionNames()),
        rows: createProjectsRepository(db).iterate(actor.scope, filter),
      });
      await audit.record(db, context, {
        action: 'project.exported',
        entityType: 'project',
        summary: `导出重点项目（${describeFilter(query)}）`,
      });
      return buffer;
    },

    async importEnterprises(
      actor: Actor,
      filePath: string,
      fileName: string,
      mode: 'validate' | 'commit',
      context: AuditContext,
    ): Promise<ImportResult> {
      return importEnterpriseRecords(
        actor.scope,
        { records: readSheet(filePath, enterpriseColumns), fileName },
        mode,
        context,
      );
    },

    async importProjects(
      actor: Actor,
      filePath: string,
      fileName: string,
      mode: 'validate' | 'commit',
      context: AuditContext,
    ): Promise<ImportResult> {
      return importProjectRecords(
        actor.scope,
        { records: readSheet(filePath, projectColumns), fileName },
        mode,
        context,
      );
    },

    importEnterpriseRecords,
    importProjectRecords,
  };
}

export type RegistryFiles = ReturnType<typeof createRegistryFiles>;
