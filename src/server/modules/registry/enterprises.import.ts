import { enterpriseInputSchema, type ImportRowError } from '../../../contracts/registry';
import { validateCreditCode } from '../../../domain/credit-code';
import { shanghaiDate } from '../../../domain/dates';
import { normaliseAmount } from '../../../domain/registry';
import type { ColumnSpec, SheetRecord } from '../../platform/excel-reader';
import {
  createEnterprisesRepository,
  type EnterpriseRow,
  type NewEnterpriseRow,
} from './enterprises.repository';
import { zodRowErrors, type ImportSpec } from '../../platform/import-engine';
import {
  activeFromAfterClosing,
  normaliseDateText,
  normaliseNumberText,
  resolveSubjectRegion,
  stripFormulaGuard,
  type RegionLookup,
} from './registry.rules';

export type EnterpriseColumn =
  | 'creditCode'
  | 'name'
  | 'region'
  | 'industryCode'
  | 'workforce'
  | 'annualOutput'
  | 'address'
  | 'contactName'
  | 'contactPhone'
  | 'continuous'
  | 'activeFrom';

/** The sheet's columns, in API.md's order; the template, the export and the import share them. */
export const enterpriseColumns: readonly ColumnSpec<EnterpriseColumn>[] = [
  { key: 'creditCode', header: '统一社会信用代码', required: true },
  { key: 'name', header: '企业名称', required: true },
  { key: 'region', header: '所属区县', required: true },
  { key: 'industryCode', header: '行业代码', required: true },
  { key: 'workforce', header: '从业人员数', required: true },
  { key: 'annualOutput', header: '年产值(万元)', required: true },
  { key: 'address', header: '地址', required: false },
  { key: 'contactName', header: '联系人', required: false },
  { key: 'contactPhone', header: '联系电话', required: false },
  { key: 'continuous', header: '连续生产型', required: false },
  // After API.md's columns, and optional so that older templates still import (blank = the import's day).
  { key: 'activeFrom', header: '纳入统计日期', required: false },
];

const fieldToColumn: Partial<Record<string, EnterpriseColumn>> = {
  regionCode: 'region',
  isContinuousProcess: 'continuous',
};

const yes = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√']);
const no = new Set(['否', 'N', 'NO', 'FALSE', '0', '']);

/** `activeFrom` is absent when the cell is blank: a new enterprise starts today, an existing one keeps its date. */
export type EnterpriseImportValue = Omit<NewEnterpriseRow, 'createdAt' | 'updatedAt' | 'activeFrom'> & {
  activeFrom?: string;
};

function headerOf(key: EnterpriseColumn): string {
  return enterpriseColumns.find((c) => c.key === key)!.header;
}

/** Cells of one row → the values to store, or the row's errors with the sheet's row number and column. */
export function parseEnterpriseRecord(
  record: SheetRecord<EnterpriseColumn>,
  lookup: RegionLookup,
  acceptedExceptions: ReadonlySet<string>,
): { value: EnterpriseImportValue; key: string } | { errors: ImportRowError[] } {
  const cells = Object.fromEntries(
    Object.entries(record.cells).map(([k, v]) => [k, stripFormulaGuard(v as string)]),
  ) as Record<EnterpriseColumn, string>;
  const errors: ImportRowError[] = [];
  const error = (key: EnterpriseColumn, message: string) =>
    errors.push({ row: record.row, column: headerOf(key), value: cells[key], message });

  const code = validateCreditCode(cells.creditCode);
  if (!code.ok && !acceptedExceptions.has(code.code)) error('creditCode', code.message);
  const region = resolveSubjectRegion(lookup, cells.region);
  if ('message' in region) error('region', region.message);
  const workforceText = normaliseNumberText(cells.workforce);
  const workforce = /^\d+$/.test(workforceText) ? Number(workforceText) : Number.NaN;
  if (Number.isNaN(workforce)) error('workforce', '从业人员数应为非负整数');
  const continuousText = normaliseNumberText(cells.continuous).toUpperCase();
  if (!yes.has(continuousText) && !no.has(continuousText)) error('continuous', '连续生产型请填写“是”或“否”');

  const parsed = enterpriseInputSchema.safeParse({
    creditCode: code.code || cells.creditCode,
    name: cells.name,
    regionCode: 'code' in region ? region.code : '000000',
    industryCode: normaliseNumberText(cells.industryCode),
    workforce: Number.isNaN(workforce) ? 0 : workforce,
    annualOutput: normaliseNumberText(cells.annualOutput),
    address: cells.address,
    contactName: cells.contactName,
    contactPhone: normaliseNumberText(cells.contactPhone).replace(/^(0\d{2,3})(\d{7,8})$/, '$1-$2'),
    isContinuousProcess: yes.has(continuousText),
    activeFrom: cells.activeFrom ? normaliseDateText(cells.activeFrom) : undefined,
  });
  if (!parsed.success) errors.push(...zodRowErrors(parsed.error, record, enterpriseColumns, fieldToColumn));
  if (errors.length > 0 || !parsed.success) return { errors };
  const value = parsed.data;
  return { key: code.code, value: { ...value, annualOutput: normaliseAmount(value.annualOutput) } };
}

function sameAs(existing: EnterpriseRow, value: EnterpriseImportValue): boolean {
  return (
    existing.name === value.name &&
    existing.regionCode === value.regionCode &&
    existing.industryCode === value.industryCode &&
    existing.workforce === value.workforce &&
    existing.annualOutput === value.annualOutput &&
    existing.address === (value.address ?? '') &&
    existing.contactName === (value.contactName ?? '') &&
    existing.contactPhone === (value.contactPhone ?? '') &&
    existing.isContinuousProcess === (value.isContinuousProcess ?? false) &&
    (value.activeFrom === undefined || existing.activeFrom === value.activeFrom)
  );
}

/** The enterprise import for one caller: their regions, and the codes administrators accepted. */
export function enterpriseImportSpec(
  lookup: RegionLookup,
  acceptedExceptions: ReadonlySet<string>,
  now: Date,
): ImportSpec<EnterpriseColumn, EnterpriseImportValue, EnterpriseRow> {
  return {
    entityType: 'enterprise',
    label: '企业名录',
    columns: enterpriseColumns,
    keyColumn: 'creditCode',
    parseRow: (record) => parseEnterpriseRecord(record, lookup, acceptedExceptions),
    async loadExisting(db, keys) {
      const rows = await createEnterprisesRepository(db).findByCreditCodes(keys);
      return new Map(rows.map((r) => [r.creditCode, r]));
    },
    checkExisting(existing, parsed) {
      if (!lookup.scopeCodes.has(existing.regionCode))
        return {
          row: parsed.row,
          column: headerOf('creditCode'),
          value: parsed.key,
          message: '该信用代码已登记在您管理范围以外的区县，不能修改',
        };
      return activeFromAfterClosing(existing, parsed.value.activeFrom, parsed.row, headerOf('activeFrom'));
    },
    isUnchanged: sameAs,
    async insertMany(db, values) {
      await createEnterprisesRepository(db).insertMany(
        values.map((v) => ({
          ...v,
          activeFrom: v.activeFrom ?? shanghaiDate(now),
          createdAt: now,
          updatedAt: now,
        })),
      );
    },
    async update(db, existing, value) {
      await createEnterprisesRepository(db).update(existing.id, { ...value, updatedAt: now });
    },
  };
}
