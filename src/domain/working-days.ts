import chineseDays from 'chinese-days';
import { addDays } from './dates';

/**
 * Working days on the official Chinese calendar (public holidays off, 调休 weekend days on), from the
 * maintained `chinese-days` table (2004–2026, including 2020's extended Spring Festival). Outside the table's
 * years, Monday to Friday.
 */
const firstYear = 2004;
const lastYear = 2026;

function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWorkingDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (year < firstYear || year > lastYear) return weekday(date) !== 0 && weekday(date) !== 6;
  return chineseDays.isWorkday(date);
}

/** The `n`-th working day after `date` (n ≥ 1); n = 0 gives `date` itself if it is a working day, else the next one. */
export function addWorkingDays(date: string, n: number): string {
  let day = date;
  if (n === 0) {
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** Working days d with from < d ≤ to (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
  return count;
}

/** The end (24:00, Asia/Shanghai) of a date, as an instant. */
export function endOfDay(date: string): Date {
  return new Date(`${addDays(date, 1)}T00:00:00+08:00`);
}

/** A deadline `n` working days after the Shanghai date of `start`, at the end of that day. */
export function workingDayDeadline(startShanghaiDate: string, n: number): Date {
  return endOfDay(addWorkingDays(startShanghaiDate, n));
}

export type Light = 'green' | 'yellow' | 'red';

/**
 * Red when overdue. Yellow when at most `reminderDays` working days are left (Xi'an's rule, DOMAIN.md) and at
 * least one working day of the limit has passed since `startDate`, so a case is not yellow from the second it
 * is assigned with a one-day limit. Green otherwise.
 */
export function lightOf(
  now: Date,
  nowShanghaiDate: string,
  deadline: Date,
  deadlineShanghaiDate: string,
  policy: { reminderDays: number; startDate: string },
): Light {
  if (now.getTime() > deadline.getTime()) return 'red';
  const left = workingDaysBetween(nowShanghaiDate, deadlineShanghaiDate);
  const passed = workingDaysBetween(policy.startDate, nowShanghaiDate);
  return left <= policy.reminderDays && passed >= 1 ? 'yellow' : 'green';
}
