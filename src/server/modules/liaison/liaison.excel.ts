import type { ColumnSpec } from '../../platform/excel-reader';
import type { RegionsService } from '../regions/index';

export function headerOf<K extends string>(columns: readonly ColumnSpec<K>[], key: K): string {
  return columns.find((c) => c.key === key)!.header;
}

/** 2020/2/5, 2020.2.5 and 2020年2月5日 as typed in Excel → 2020-02-05 (other text is left to fail the check). */
export function cleanDate(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : text.trim();
}

/** A mobile as typed in a sheet (139 0734 2002, 139-0734-2002) → its 11 digits. */
export const cleanMobile = (text: string) => text.replace(/[\s-]/g, '');

/** Region names by code and department names by id, for the columns of exported sheets. */
export async function sheetNames(regions: RegionsService) {
  const tree = await regions.tree();
  const departments = await regions.departmentsIn(tree.map((n) => n.code));
  return {
    regions: new Map(tree.map((n) => [n.code, n.name])),
    units: new Map(departments.map((d) => [d.id, d.name])),
  };
}
