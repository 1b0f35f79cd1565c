/** One field a revision can change, as a reader names it (在岗人数) and shows its value (37人). */
export interface ChangeField<T> {
  label: string;
  value: (record: T) => string | number | boolean | null;
  /** How a value reads; null and '' read as （空）. */
  format?: (value: string | number | boolean) => string;
  /** The whole change in words, when "from → to" does not read well (防疫消毒 已落实). */
  describe?: (previous: T, next: T) => string;
}

const blank = '（空）';

/** What changed between two versions of a record, one phrase per field, in the fields' order. */
export function describeChanges<T>(fields: readonly ChangeField<T>[], previous: T, next: T): string[] {
  const out: string[] = [];
  for (const field of fields) {
    const a = field.value(previous);
    const b = field.value(next);
    if (a === b) continue;
    if (field.describe) {
      out.push(field.describe(previous, next));
      continue;
    }
    const show = (v: string | number | boolean | null) =>
      v === null || v === '' ? blank : field.format ? field.format(v) : String(v);
    out.push(`${field.label} ${show(a)} → ${show(b)}`);
  }
  return out;
}
