import type { SortOrder } from 'antd/es/table/interface';

/** The table's controlled sort arrow for one column, from the list's sort parameters. */
export function sortOrderFor(
  column: string,
  sort: string | undefined,
  order: 'asc' | 'desc' | undefined,
): SortOrder {
  if (sort !== column || !order) return null;
  return order === 'asc' ? 'ascend' : 'descend';
}

export function toOrder(order: SortOrder | undefined): 'asc' | 'desc' | undefined {
  return order === 'ascend' ? 'asc' : order === 'descend' ? 'desc' : undefined;
}
