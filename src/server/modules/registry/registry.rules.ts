import type { ImportRowError } from '../../../contracts/registry';
import type { RegionNode } from '../../../domain/regions';
import type { Scope } from '../../platform/access';
import type { RegionsService } from '../regions/index';

/** Regions an enterprise or project can belong to: county-level units, parks and towns, not the city itself. */
const subjectRegionKinds = new Set(['district', 'county', 'county_city', 'park', 'town']);

export interface RegionLookup {
  byCode: Map<string, RegionNode>;
  byName: Map<string, RegionNode>;
  scopeCodes: Set<string>;
}

export async function loadRegionLookup(regions: RegionsService, scope: Scope): Promise<RegionLookup> {
  const tree = await regions.tree();
  return {
    byCode: new Map(tree.map((n) => [n.code, n])),
    byName: new Map(tree.map((n) => [n.name, n])),
    scopeCodes: new Set(scope.regionCodes),
  };
}

/** A region given by code or by name → its code, or a Chinese message saying what is wrong. */
export function resolveSubjectRegion(
  lookup: RegionLookup,
  text: string,
): { code: string } | { message: string } {
  const value = text.trim();
  const node = lookup.byCode.get(value) ?? lookup.byName.get(value);
  if (!node) return { message: `未知的区县：${value || '（空）'}，请填写区县名称或 6 位代码` };
  if (!subjectRegionKinds.has(node.kind)) return { message: `请填写具体的区县或园区，而不是${node.name}` };
  if (!lookup.scopeCodes.has(node.code)) return { message: `${node.name}超出您的管理范围` };
  return { code: node.code };
}

/** Full-width digits and letters to half-width, thousands separators removed: how numbers arrive from Excel. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s\u3000]/g, '');
}

/** 2020/3/8, 2020.03.08, 2020年3月8日 and 2020-3-8 all mean 2020-03-08; other text is left for the schema to reject. */
export function normaliseDateText(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(normaliseNumberText(text));
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : text;
}

/** A subject closed (关停) on a day cannot start counting after it; the import says so on the row. */
export function activeFromAfterClosing(
  existing: { closedAt: string | null },
  activeFrom: string | undefined,
  row: number,
  column: string,
): ImportRowError | null {
  if (activeFrom === undefined || existing.closedAt === null || activeFrom <= existing.closedAt) return null;
  return { row, column, value: activeFrom, message: `纳入统计日期不能晚于关停日期 ${existing.closedAt}` };
}

/** The apostrophe an export put before formula-like text (see platform/excel.ts) comes off again on import. */
export function stripFormulaGuard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
