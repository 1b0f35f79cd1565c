import { addDays } from '../../../domain/dates';
import type { Random } from '../random';
import { caseScenarioNow } from './types';

// Time in Asia/Shanghai, in whole seconds.

export const nowMs = Date.parse(caseScenarioNow);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const OFFSET = 8 * HOUR;

export function instant(date: string, minutes: number, seconds = 0): number {
  return Date.parse(`${date}T00:00:00+08:00`) + minutes * MINUTE + seconds * 1000;
}

export function iso(ms: number): string {
  return `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`;
}

export function dateOf(ms: number): string {
  return new Date(ms + OFFSET).toISOString().slice(0, 10);
}

export function minuteOfDay(ms: number): number {
  return Math.floor(((((ms + OFFSET) % DAY) + DAY) % DAY) / MINUTE);
}

export function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** Moves an instant into working hours (08:00 to `until`), to the next morning when it is too late. */
export function office(r: Random, ms: number, until = 21 * 60): number {
  const minute = minuteOfDay(ms);
  const date = dateOf(ms);
  if (minute < 8 * 60) return instant(date, 8 * 60 + r.int(0, 50), r.int(0, 59));
  if (minute >= until) return instant(addDays(date, 1), 8 * 60 + r.int(0, 70), r.int(0, 59));
  return wholeSecond(ms);
}

/** The Shanghai date a deadline instant (24:00) closes. */
export function deadlineDate(ms: number): string {
  return dateOf(ms - 1);
}

export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
