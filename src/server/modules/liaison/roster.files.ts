import type { ImportResult, ImportRowError } from '../../../contracts/common';
import { officerRowSchema } from '../../../contracts/liaison';
import { hasPermission } from '../../../domain/permissions';
import { maskPhone } from '../../../domain/registry';
import { checkPasswordStrength } from '../../../domain/password-rule';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { fieldError } from '../../platform/errors';
import { formatShanghaiTime, writeWorkbook } from '../../platform/excel';
import { readSheet, type ColumnSpec, type SheetRecord } from '../../platform/excel-reader';
import { runImport, type ImportSpec } from '../../platform/import-engine';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { hashPassword } from '../users/index';
import { cleanDate, cleanMobile, headerOf, sheetNames } from './liaison.excel';
import { createRosterRepository, type OfficerRow, type OfficerVisibility } from './roster.repository';
import type { NewOfficer, RosterService } from './roster.service';

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

/** The column that holds each field of the create request (both unit ids come from 派出单位). */
const columnOfField: Record<string, OfficerColumn> = {
  name: 'name',
  mobile: 'mobile',
  unitDepartmentId: 'unit',
  unitRegionCode: 'unit',
  post: 'post',
  regionCode: 'region',
  activeFrom: 'activeFrom',
  activeTo: 'activeTo',
};

const officerGuide =
  '填写说明：手机号 11 位，也是联络员的登录用户名；派出单位填部门全称（如 衡阳市发展和改革委员会）或区县名称（表示该区县人民政府）；' +
  '工作区域填区县名称或 6 位代码，联络员可联系该区域内的企业和项目；日期格式 2020-02-10，结束日期可空。按手机号新增或更新。';

/** The roster as a workbook: its template, export and all-or-nothing import. */
export function createRosterFiles(
  platform: Platform,
  regions: RegionsService,
  roster: RosterService,
  today: () => string,
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
    const h = (key: OfficerColumn) => headerOf(officerColumns, key);
    const now = clock.now();
    return {
      entityType: 'liaison_officer',
      label: '联络员名册',
      columns: officerColumns,
      keyColumn: 'mobile',
      async parseRow(record: SheetRecord<OfficerColumn>, tx) {
        const c = record.cells;
        const errors: ImportRowError[] = [];
        const error = (key: OfficerColumn, message: string) => {
          // One error per cell: the lookup's (unknown unit) says more than the contract's (empty id).
          if (!errors.some((e) => e.column === h(key)))
            errors.push({ row: record.row, column: h(key), value: c[key], message });
        };
        // Names in the sheet become the ids the contract takes; then the row is the create request's fields.
        const unitText = c.unit.trim();
        const department = lookup.byDepartment.get(unitText);
        const unitRegion = department ? undefined : lookup.byRegion.get(unitText);
        if (!department && !unitRegion)
          error('unit', `未知的派出单位：${unitText || '（空）'}，请填写部门全称或区县名称`);
        const region = lookup.byRegion.get(c.region.trim());
        if (!region) error('region', `未知的工作区域：${c.region || '（空）'}`);
        else if (!scopeCodes.has(region.code)) error('region', `${region.name}超出您的管理范围`);
        const parsed = officerRowSchema.safeParse({
          name: c.name,
          mobile: cleanMobile(c.mobile),
          unitDepartmentId: department?.id ?? null,
          unitRegionCode: department?.regionCode ?? unitRegion?.code ?? null,
          post: c.post,
          regionCode: region?.code ?? '',
          activeFrom: cleanDate(c.activeFrom),
          activeTo: cleanDate(c.activeTo) || null,
        });
        if (!parsed.success)
          for (const issue of parsed.error.issues) {
            const column = columnOfField[String(issue.path[0])];
            if (column) error(column, issue.message);
          }
        const row = parsed.data;
        if (row?.activeTo && row.activeTo < row.activeFrom) error('activeTo', '结束日期不能早于起始日期');
        if (errors.length > 0 || !row) return { errors };
        if (await roster.isMobileTakenByOtherAccount(row.mobile, tx))
          return {
            errors: [
              {
                row: record.row,
                column: h('mobile'),
                value: c.mobile,
                message: '该手机号已被其他账号用作用户名',
              },
            ],
          };
        return {
          key: row.mobile,
          value: {
            ...row,
            unitDepartmentId: row.unitDepartmentId ?? null,
            unitRegionCode: row.unitRegionCode!,
            activeTo: row.activeTo ?? null,
          },
        };
      },
      async loadExisting(tx, keys) {
        const rows = await createRosterRepository(tx).findOfficersByMobile(keys);
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
        await roster.insertOfficers(tx, values, passwordHash, context, { mustChangePassword: true });
      },
      async update(tx, existing, value) {
        await createRosterRepository(tx).updateOfficer(existing.id, { ...value, updatedAt: now });
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

  return {
    async officerTemplate(): Promise<Buffer> {
      const n = await sheetNames(regions);
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
      const n = await sheetNames(regions);
      const fullMobile = hasPermission(actor.role, 'liaison.contact.view');
      const visibility: OfficerVisibility = { regionCodes: actor.scope.regionCodes };
      const rows = createRosterRepository(db).iterateOfficers(visibility, {
        q: query.q,
        regionCodes: query.region ? await regions.subtree(query.region) : undefined,
        status: query.status,
        date: today(),
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
  };
}
