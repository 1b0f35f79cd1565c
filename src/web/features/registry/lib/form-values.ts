import dayjs, { type Dayjs } from 'dayjs';
import { amountPattern, normaliseAmount } from '../../../../domain/registry';

/** '' from cleared inputs → undefined; other text trimmed. */
export function text(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** What people type into an amount box: full-width digits, thousands separators, spaces. */
export function cleanAmountText(value: string | null | undefined): string | undefined {
  const cleaned = text(value)
    ?.replace(/[\uff10-\uff19\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  return cleaned === '' ? undefined : cleaned;
}

/** Two amounts are the same when they normalise to the same two-decimal text. */
export function sameAmount(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (amountPattern.test(a) && amountPattern.test(b)) return normaliseAmount(a) === normaliseAmount(b);
  return a === b;
}

export function toDay(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value, 'YYYY-MM-DD') : undefined;
}

export function fromDay(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** The fields whose value differs from the record's (so a save sends, and audits, only real changes). */
export function changedFields<T extends Record<string, unknown>>(
  candidate: T,
  original: Record<string, unknown>,
  same: (key: string, a: unknown, b: unknown) => boolean = (_k, a, b) => a === b,
): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(candidate)) {
    if (value === undefined) continue;
    if (!same(key, value, original[key])) out[key] = value;
  }
  return out as Partial<T>;
}
