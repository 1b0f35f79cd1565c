import type { ImportResult, ImportRowError } from '../../../contracts/common';
import type { Coverage, VisitListQuery } from '../../../contracts/liaison';
import { isValidIsoDate } from '../../../domain/dates';
import { mobilePattern, preventionItems, preventionLabels, visitModeLabels } from '../../../domain/liaison';
import { hasPermission } from '../../../domain/permissions';
import { maskPhone } from '../../../domain/registry';
import { checkPasswordStrength } from '../../../domain/password-rule';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { fieldError } from '../../platform/errors';
import { formatShanghaiTime, sheetOf, writeWorkbook, writeWorkbookSheets } from '../../platform/excel';
import { readSheet, type ColumnSpec, type SheetRecord } from '../../platform/excel-reader';
import { runImport, type ImportSpec } from '../../platform/import-engine';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectKind, SubjectRow, SubjectsService } from '../registry/index';
import { hashPassword } from '../users/index';
import {
  createLiaisonRepository,
  keyOf,
  type AssignmentRow,
  type OfficerRow,
  type OfficerVisibility,
} from './liaison.repository';
import type { LiaisonService, NewOfficer } from './liaison.service';
import type { VisitsService } from './visits.service';

type OfficerColumn = 'name' | 'mobile' | 'unit' | 'post' | 'region' | 'activeFrom' | 'activeTo';
export const officerColumns: readonly ColumnSpec<OfficerColumn>[] = [
  { key: 'name', header: '姓名', required: true },
  { key: 'mobile', header: '手机号', required: true },
  { key: 'unit', header: '派出单位', required: true },
  { key: 'post', header: '职务', required: false },
  { key: 'region', header: '工作区域', required: true },
  { key: 'activeFrom', header: '在岗起始日期', required: true },
  { key: 'activeTo', header: '在岗结束日期', required: false },
];

type AssignmentColumn = 'mobile' | 'kind' | 'code' | 'primary';
export const assignmentColumns: readonly ColumnSpec<AssignmentColumn>[] = [
  { key: 'mobile', header: '联络员手机号', required: true },
  { key: 'kind', header: '对象类型', required: true },
  { key: 'code', header: '统一社会信用代码或项目编号', required: true },
  { key: 'primary', header: '主责', required: false },
];

const officerGuide =
  '填写说明：手机号 11 位，也是联络员的登录用户名；派出单位填部门全称（如 衡阳市发展和改革委员会）或区县名称（表示该区县人民政府）；' +
  '工作区域填区县名称或 6 位代码，联络员可联系该区域内的企业和项目；日期格式 2020-02-10，结束日期可空。按手机号新增或更新。';
const assignmentGuide =
  '填写说明：对象类型填“企业”或“项目”；企业填统一社会信用代码，项目填项目编号；主责填“是”或“否”（每个对象只能有一名主责联络员）。' +
  '已有的联系保留，表中新的联系新增。';

const yes = new Set(['是', 'Y', 'YES', '1', '√', 'TRUE']);
const no = new Set(['否', 'N', 'NO', '0', '', 'FALSE']);

function header<K extends string>(columns: readonly ColumnSpec<K>[], key: K): string {
  return columns.find((c) => c.key === key)!.header;
}

/** 2020/2/5, 2020.2.5 and 2020年2月5日 as typed in Excel → 2020-02-05 (other text is left to fail the check). */
function cleanDate(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : text.trim();
}

export function createLiaisonFiles(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  liaison: LiaisonService,
  visits: VisitsService,
) {
  const { db, clock, audit } = platform;

  async function unitLookup() {
    const tree = await regions.tree();
    const departments = await regions.departmentsIn(tree.map((n) => n.code));
    const byDepartment = new Map<string, (typeof departments)[number]>();
    for (const d of departments) {
      byDepartment.set(d.name, d);
      byDepartment.set(d.code, d);
    }
    const byRegion = new Map(
      tree.flatMap((n) => [[n.name, n] as const, [n.code, n] as const, [`${n.name}人民政府`, n] as const]),
    );
    return { byDepartment, byRegion, departments, tree };
  }

  async function officerSpec(
    actor: Actor,
    passwordHash: string | null,
    context: AuditContext,
  ): Promise<ImportSpec<OfficerColumn, NewOfficer, OfficerRow>> {
    const lookup = await unitLookup();
    const scopeCodes = new Set(actor.scope.regionCodes);
    const h = (key: OfficerColumn) => header(officerColumns, key);
    const now = clock.now();
    return {
      entityType: 'liaison_officer',
      label: '联络员名册',
      columns: officerColumns,
      keyColumn: 'mobile',
      async parseRow(record: SheetRecord<OfficerColumn>, tx) {
        const c = record.cells;
        const errors: ImportRowError[] = [];
        const error = (key: OfficerColumn, message: string) =>
          errors.push({ row: record.row, column: h(key), value: c[key], message });
        const name = c.name.trim();
        if (!name) error('name', '请填写姓名');
        else if (name.length > 50) error('name', '姓名不能超过 50 个字符');
        const mobile = c.mobile.replace(/[\s-]/g, '');
        if (!mobilePattern.test(mobile)) error('mobile', '手机号应为 11 位数字');
        const unitText = c.unit.trim();
        const department = lookup.byDepartment.get(unitText);
        const unitRegion = department ? undefined : lookup.byRegion.get(unitText);
        if (!department && !unitRegion)
          error('unit', `未知的派出单位：${unitText || '（空）'}，请填写部门全称或区县名称`);
        const region = lookup.byRegion.get(c.region.trim());
        if (!region) error('region', `未知的工作区域：${c.region || '（空）'}`);
        else if (!scopeCodes.has(region.code)) error('region', `${region.name}超出您的管理范围`);
        const activeFrom = cleanDate(c.activeFrom);
        if (!isValidIsoDate(activeFrom)) error('activeFrom', '日期格式应为 2020-02-10');
        const activeTo = cleanDate(c.activeTo);
        if (activeTo && !isValidIsoDate(activeTo)) error('activeTo', '日期格式应为 2020-03-31，或留空');
        else if (activeTo && activeTo < activeFrom) error('activeTo', '结束日期不能早于起始日期');
        if (c.post.trim().length > 50) error('post', '职务不能超过 50 个字符');
        if (errors.length === 0 && (await liaison.isMobileTakenByOtherAccount(mobile, tx)))
          error('mobile', '该手机号已被其他账号用作用户名');
        if (errors.length > 0) return { errors };
        return {
          key: mobile,
          value: {
            name,
            mobile,
            unitDepartmentId: department?.id ?? null,
            unitRegionCode: department?.regionCode ?? unitRegion!.code,
            post: c.post.trim(),
            regionCode: region!.code,
            activeFrom,
            activeTo: activeTo || null,
          },
        };
      },
      async loadExisting(tx, keys) {
        const rows = await createLiaisonRepository(tx).findOfficersByMobile(keys);
        return new Map(rows.map((r) => [r.mobile, r]));
      },
      checkExisting(existing, parsed) {
        if (scopeCodes.has(existing.regionCode)) return null;
        return {
          row: parsed.row,
          column: h('mobile'),
          value: parsed.key,
          message: '该联络员由上级单位管理，不能在此修改',
        };
      },
      isUnchanged: (e, v) =>
        e.name === v.name &&
        e.unitDepartmentId === v.unitDepartmentId &&
        e.unitRegionCode === v.unitRegionCode &&
        e.post === v.post &&
        e.regionCode === v.regionCode &&
        e.activeFrom === v.activeFrom &&
        e.activeTo === v.activeTo,
      async insertMany(tx, values) {
        if (values.length === 0) return;
        if (!passwordHash) throw fieldError('initialPassword', '名册中有新的联络员，请设置他们的初始密码');
        await liaison.insertOfficers(tx, values, passwordHash, context, { mustChangePassword: true });
      },
      async update(tx, existing, value) {
        await createLiaisonRepository(tx).updateOfficer(existing.id, { ...value, updatedAt: now });
      },
    };
  }

  function officerSheet(
    rows: AsyncIterable<OfficerRow> | OfficerRow[],
    fullMobile: boolean,
    names: Map<string, string>,
    units: Map<number, string>,
  ) {
    return {
      columns: [
        { header: '姓名', width: 12, value: (r: OfficerRow) => r.name },
        {
          header: '手机号',
          width: 15,
          value: (r: OfficerRow) => (fullMobile ? r.mobile : (maskPhone(r.mobile) ?? '')),
        },
        {
          header: '派出单位',
          width: 28,
          value: (r: OfficerRow) =>
            r.unitDepartmentId
              ? (units.get(r.unitDepartmentId) ?? '')
              : (names.get(r.unitRegionCode) ?? r.unitRegionCode),
        },
        { header: '职务', width: 14, value: (r: OfficerRow) => r.post },
        { header: '工作区域', width: 12, value: (r: OfficerRow) => names.get(r.regionCode) ?? r.regionCode },
        { header: '在岗起始日期', width: 14, value: (r: OfficerRow) => r.activeFrom },
        { header: '在岗结束日期', width: 14, value: (r: OfficerRow) => r.activeTo ?? '' },
      ],
      rows,
    };
  }

  async function names() {
    const tree = await regions.tree();
    const departments = await regions.departmentsIn(tree.map((n) => n.code));
    return {
      regions: new Map(tree.map((n) => [n.code, n.name])),
      units: new Map(departments.map((d) => [d.id, d.name])),
    };
  }

  return {
    async officerTemplate(): Promise<Buffer> {
      const n = await names();
      return writeWorkbook({
        sheetName: '联络员名册',
        preamble: ['联络员名册导入模板', officerGuide],
        ...officerSheet([], true, n.regions, n.units),
      });
    },

    /** The roster in the template's columns; full mobiles only for those who may see them (then it re-imports). */
    async exportOfficers(
      actor: Actor,
      query: {
        region?: string | undefined;
        q?: string | undefined;
        status?: 'active' | 'inactive' | undefined;
      },
      context: AuditContext,
    ): Promise<Buffer> {
      const n = await names();
      const fullMobile = hasPermission(actor.role, 'liaison.contact.view');
      const visibility: OfficerVisibility = { regionCodes: actor.scope.regionCodes };
      const rows = createLiaisonRepository(db).iterateOfficers(visibility, {
        q: query.q,
        regionCodes: query.region ? await regions.subtree(query.region) : undefined,
        status: query.status,
        date: liaison.today(),
      });
      const buffer = await writeWorkbook({
        sheetName: '联络员名册',
        preamble: ['联络员名册', `导出时间：${formatShanghaiTime(clock.now())}`],
        ...officerSheet(rows, fullMobile, n.regions, n.units),
      });
      await audit.record(db, context, {
        action: 'liaison.officers_exported',
        entityType: 'liaison_officer',
        summary: `导出联络员名册${fullMobile ? '（含完整手机号）' : '（手机号掩码）'}`,
      });
      return buffer;
    },

    /** Imports the roster all or nothing; new officers get accounts with the initial password given. */
    async importOfficers(
      actor: Actor,
      filePath: string,
      fileName: string,
      mode: 'validate' | 'commit',
      initialPassword: string | undefined,
      context: AuditContext,
    ): Promise<ImportResult> {
      if (initialPassword) {
        const problem = checkPasswordStrength(initialPassword);
        if (problem) throw fieldError('initialPassword', `初始密码：${problem}`);
      }
      const hash = initialPassword && mode === 'commit' ? await hashPassword(initialPassword) : null;
      const spec = await officerSpec(actor, hash, context);
      await regions.warm();
      return runImport(
        platform,
        spec,
        { records: readSheet(filePath, officerColumns), fileName },
        mode,
        context,
      );
    },

    async assignmentTemplate(): Promise<Buffer> {
      return writeWorkbook<AssignmentRow>({
        sheetName: '联系对象',
        preamble: ['联络员联系对象导入模板', assignmentGuide],
        columns: assignmentColumns.map((c) => ({
          header: c.header,
          width: c.key === 'code' ? 30 : 16,
          value: () => '',
        })),
        rows: [],
      });
    },

    /** Current assignments in the caller's regions, in the template's columns. */
    async exportAssignments(actor: Actor, query: { region?: string | undefined }, context: AuditContext) {
      const codes = query.region
        ? (await regions.subtree(query.region)).filter((c) => actor.scope.regionCodes.includes(c))
        : [...actor.scope.regionCodes];
      const repo = createLiaisonRepository(db);
      const rows = await repo.currentInRegions(codes);
      const officers = new Map(
        (await repo.officersByIds([...new Set(rows.map((r) => r.officerId))])).map((o) => [o.id, o]),
      );
      const list = await subjects.listActive(actor.scope, codes, liaison.today());
      const byKey = new Map(list.map((s) => [keyOf(s.kind, s.id), s]));
      const n = await names();
      const buffer = await writeWorkbook<AssignmentRow>({
        sheetName: '联系对象',
        preamble: ['联络员联系对象', `导出时间：${formatShanghaiTime(clock.now())}`],
        columns: [
          { header: '联络员手机号', width: 15, value: (r) => officers.get(r.officerId)?.mobile ?? '' },
          { header: '对象类型', width: 10, value: (r) => (r.subjectKind === 'enterprise' ? '企业' : '项目') },
          {
            header: '统一社会信用代码或项目编号',
            width: 24,
            value: (r) => byKey.get(keyOf(r.subjectKind, r.subjectId))?.code ?? '',
          },
          { header: '主责', width: 8, value: (r) => (r.isPrimary ? '是' : '否') },
          { header: '联络员', width: 12, value: (r) => officers.get(r.officerId)?.name ?? '' },
          {
            header: '对象名称',
            width: 30,
            value: (r) => byKey.get(keyOf(r.subjectKind, r.subjectId))?.name ?? '',
          },
          { header: '所属区县', width: 12, value: (r) => n.regions.get(r.regionCode) ?? r.regionCode },
          { header: '联系起始', width: 12, value: (r) => r.startedOn },
        ],
        rows: rows.filter((r) => byKey.has(keyOf(r.subjectKind, r.subjectId))),
      });
      await audit.record(db, context, {
        action: 'liaison.assignments_exported',
        entityType: 'liaison_assignment',
        summary: `导出联系对象 ${rows.length} 条`,
      });
      return buffer;
    },

    /**
     * Imports assignments all or nothing: each row adds an officer to a subject (or changes them between
     * primary and assisting). A row that would give a subject a second primary is an error.
     */
    async importAssignments(
      actor: Actor,
      filePath: string,
      fileName: string,
      mode: 'validate' | 'commit',
      context: AuditContext,
    ): Promise<ImportResult> {
      const date = liaison.today();
      const repo = createLiaisonRepository(db);
      const list = await subjects.listActive(actor.scope, actor.scope.regionCodes, date);
      const byCode = new Map<string, SubjectRow>(list.map((s) => [`${s.kind}:${s.code.toUpperCase()}`, s]));
      const current = await repo.currentInRegions(actor.scope.regionCodes);
      const primaryOf = new Map(
        current.filter((a) => a.isPrimary).map((a) => [keyOf(a.subjectKind, a.subjectId), a]),
      );
      const h = (key: AssignmentColumn) => header(assignmentColumns, key);
      const officersByMobile = new Map<string, OfficerRow>();
      const subtrees = new Map<string, string[]>();
      const primaryInFile = new Map<string, number>();
      interface Value {
        officer: OfficerRow;
        subject: SubjectRow;
        isPrimary: boolean;
      }
      const spec: ImportSpec<AssignmentColumn, Value, AssignmentRow> = {
        entityType: 'liaison_assignment',
        label: '联系对象',
        columns: assignmentColumns,
        keyColumn: 'code',
        async parseRow(record, tx) {
          const repo = createLiaisonRepository(tx);
          const c = record.cells;
          const errors: ImportRowError[] = [];
          const error = (key: AssignmentColumn, message: string) =>
            errors.push({ row: record.row, column: h(key), value: c[key], message });
          const mobile = c.mobile.replace(/[\s-]/g, '');
          let officer = officersByMobile.get(mobile);
          if (!officer && mobilePattern.test(mobile)) {
            const [found] = await repo.findOfficersByMobile([mobile]);
            if (
              found &&
              (await repo.findVisibleOfficer({ regionCodes: actor.scope.regionCodes }, found.id))
            ) {
              officer = found;
              officersByMobile.set(mobile, found);
            }
          }
          if (!officer) error('mobile', '名册中没有这个手机号的联络员（或不在您的范围内）');
          else if (officer.activeTo !== null && officer.activeTo < date)
            error('mobile', `${officer.name} 已离岗`);
          const kindText = c.kind.trim();
          const kind: SubjectKind | null =
            kindText === '企业' ? 'enterprise' : kindText === '项目' ? 'project' : null;
          if (!kind) error('kind', '对象类型请填写“企业”或“项目”');
          const subject = kind ? byCode.get(`${kind}:${c.code.trim().toUpperCase()}`) : undefined;
          if (kind && !subject) error('code', '没有找到该对象：代码有误、已关闭或不在您的范围内');
          const primaryText = c.primary.trim().toUpperCase();
          if (!yes.has(primaryText) && !no.has(primaryText)) error('primary', '主责请填写“是”或“否”');
          const isPrimary = yes.has(primaryText);
          if (officer && subject) {
            if (!subtrees.has(officer.regionCode))
              subtrees.set(officer.regionCode, await regions.subtree(officer.regionCode));
            if (!subtrees.get(officer.regionCode)!.includes(subject.regionCode))
              error('code', `${subject.name} 不在 ${officer.name} 的工作区域内`);
            const key = keyOf(subject.kind, subject.id);
            if (isPrimary) {
              const holder = primaryOf.get(key);
              if (holder && holder.officerId !== officer.id)
                error('primary', `${subject.name} 已有主责联络员，请先在系统中改派`);
              const earlier = primaryInFile.get(key);
              if (earlier !== undefined && earlier !== record.row)
                error('primary', `与第 ${earlier} 行重复设置了主责联络员`);
              primaryInFile.set(key, record.row);
            }
          }
          if (errors.length > 0) return { errors };
          return {
            key: `${mobile}/${subject!.kind}:${subject!.id}`,
            value: { officer: officer!, subject: subject!, isPrimary },
          };
        },
        async loadExisting(tx, keys) {
          const repoTx = createLiaisonRepository(tx);
          const refs = keys.map((k) => {
            const [, subject] = k.split('/');
            const [kind, id] = subject!.split(':');
            return { kind: kind!, id: Number(id) };
          });
          const rows = await repoTx.currentOfSubjects(refs);
          const mobiles = new Map(
            (await repoTx.officersByIds([...new Set(rows.map((r) => r.officerId))])).map((o) => [
              o.id,
              o.mobile,
            ]),
          );
          return new Map(rows.map((r) => [`${mobiles.get(r.officerId)}/${r.subjectKind}:${r.subjectId}`, r]));
        },
        checkExisting: () => null,
        isUnchanged: (existing, value) => existing.isPrimary === value.isPrimary,
        async insertMany(tx, values) {
          const now = clock.now();
          await createLiaisonRepository(tx).insertAssignments(
            values.map((v) => ({
              officerId: v.officer.id,
              subjectKind: v.subject.kind,
              subjectId: v.subject.id,
              regionCode: v.subject.regionCode,
              isPrimary: v.isPrimary,
              startedOn: date,
              startedAt: now,
              startedBy: actor.name,
            })),
          );
        },
        async update(tx, existing, value) {
          const now = clock.now();
          const txRepo = createLiaisonRepository(tx);
          await txRepo.endAssignments([existing.id], {
            endedOn: date,
            endedAt: now,
            endedBy: actor.name,
            endReason: value.isPrimary ? '改为主责' : '改为协助',
          });
          await txRepo.insertAssignments([
            {
              officerId: value.officer.id,
              subjectKind: value.subject.kind,
              subjectId: value.subject.id,
              regionCode: value.subject.regionCode,
              isPrimary: value.isPrimary,
              startedOn: date,
              startedAt: now,
              startedBy: actor.name,
            },
          ]);
        },
      };
      await regions.warm();
      return runImport(
        platform,
        spec,
        { records: readSheet(filePath, assignmentColumns), fileName },
        mode,
        context,
      );
    },

    /** The coverage view in three sheets: by county, uncovered and overdue subjects, officers' workload. */
    async coverageXlsx(coverage: Coverage, context: AuditContext): Promise<Buffer> {
      const region = (await regions.find(coverage.regionCode))?.name ?? coverage.regionCode;
      const title = (what: string) => [
        `${region}联络员${what}（${coverage.date}）`,
        `导出时间：${formatShanghaiTime(clock.now())}`,
      ];
      type ByRegion = Coverage['byRegion'][number];
      type Brief = Coverage['uncovered'][number];
      type Overdue = Coverage['overdueContact'][number];
      type Workload = Coverage['officers'][number];
      const kindLabel = (kind: string) => (kind === 'enterprise' ? '企业' : '项目');
      const buffer = await writeWorkbookSheets([
        sheetOf<ByRegion>({
          sheetName: '覆盖情况',
          preamble: title('覆盖情况'),
          columns: [
            { header: '区县', value: (r) => r.regionName },
            { header: '在册对象', value: (r) => r.subjects },
            { header: '已覆盖', value: (r) => r.covered },
            { header: '未覆盖', value: (r) => r.uncovered },
            { header: '逾期未联系', value: (r) => r.overdue },
            { header: '联络员', value: (r) => r.officers },
          ],
          rows: coverage.byRegion,
        }),
        sheetOf<Brief>({
          sheetName: '未覆盖对象',
          preamble: title('未覆盖对象'),
          columns: [
            { header: '类型', width: 8, value: (r) => kindLabel(r.kind) },
            { header: '名称', width: 32, value: (r) => r.name },
            { header: '所属区县', value: (r) => r.regionName },
          ],
          rows: coverage.uncovered,
        }),
        sheetOf<Overdue>({
          sheetName: '逾期未联系',
          preamble: title('逾期未联系对象'),
          columns: [
            { header: '类型', width: 8, value: (r) => kindLabel(r.kind) },
            { header: '名称', width: 32, value: (r) => r.name },
            { header: '所属区县', value: (r) => r.regionName },
            { header: '主责联络员', value: (r) => r.primaryOfficer ?? '未指定' },
            { header: '最近走访', value: (r) => r.lastVisitDate ?? '无' },
            { header: '应联系日期', value: (r) => r.dueDate },
            { header: '逾期天数', value: (r) => r.daysOverdue },
          ],
          rows: coverage.overdueContact,
        }),
        sheetOf<Workload>({
          sheetName: '联络员工作量',
          preamble: title('工作量'),
          columns: [
            { header: '联络员', value: (r) => r.name },
            { header: '派出单位', width: 28, value: (r) => r.unitName },
            { header: '工作区域', value: (r) => r.regionName },
            { header: '联系对象', value: (r) => r.subjects },
            { header: '其中主责', value: (r) => r.primarySubjects },
            { header: '本周走访', value: (r) => r.visitsThisWeek },
            { header: '本周实地', value: (r) => r.onSiteThisWeek },
            { header: '未办结问题', value: (r) => r.openProblems },
            { header: '逾期未联系', value: (r) => r.overdueSubjects },
          ],
          rows: coverage.officers,
        }),
      ]);
      await audit.record(db, context, {
        action: 'liaison.coverage_exported',
        entityType: 'liaison_coverage',
        summary: `导出${region}联络覆盖情况（${coverage.date}）`,
      });
      return buffer;
    },

    async visitsXlsx(actor: Actor, query: Omit<VisitListQuery, 'page' | 'pageSize'>, context: AuditContext) {
      type Row = Awaited<ReturnType<VisitsService['list']>>['items'][number];
      const buffer = await writeWorkbook<Row>({
        sheetName: '走访记录',
        preamble: ['联络员走访记录', `导出时间：${formatShanghaiTime(clock.now())}`],
        columns: [
          { header: '走访日期', width: 12, value: (r) => r.visitDate },
          { header: '联络员', width: 12, value: (r) => r.officerName },
          { header: '对象', width: 30, value: (r) => r.subjectName },
          { header: '所属区县', width: 12, value: (r) => r.regionName },
          { header: '方式', width: 10, value: (r) => visitModeLabels[r.mode] },
          { header: '接待人员', width: 20, value: (r) => r.peopleMet },
          ...preventionItems.map((item) => ({
            header: preventionLabels[item],
            width: 10,
            value: (r: Row) => (r.prevention[item] ? '是' : '否'),
          })),
          { header: '走访情况', width: 40, value: (r) => r.observations },
          { header: '照片', width: 8, value: (r) => r.photoCount },
          { header: '提出问题', width: 8, value: (r) => r.problemCount },
        ],
        rows: visits.iterate(actor, query),
      });
      await audit.record(db, context, {
        action: 'liaison.visits_exported',
        entityType: 'liaison_visit',
        summary: '导出走访记录',
      });
      return buffer;
    },
  };
}

export type LiaisonFiles = ReturnType<typeof createLiaisonFiles>;
