const shanghaiOffsetMillis = 8 * 3600_000;

/**
 * The date in Asia/Shanghai (YYYY-MM-DD) of an instant: report dates and deadlines are Shanghai dates. China
 * has kept UTC+8 without daylight saving since 1992, so a fixed offset is exact (and far cheaper than Intl).
 */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + shanghaiOffsetMillis).toISOString().slice(0, 10);
}

/** True for a real calendar date in YYYY-MM-DD form (no 2020-02-30). */
export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
