/** The liaison scenario's shapes, its fixed figures and the date and pick helpers its parts share. */
import { addDays } from '../../../domain/dates';
import { defaultContactRule, type PreventionItem, type VisitMode } from '../../../domain/liaison';
import type { SubjectKind } from '../../../domain/subjects';
import type { Random } from '../random';

export interface LiaisonScenarioInput {
  subjects: { kind: SubjectKind; id: number; name: string; regionCode: string }[];
  /** City departments (region 430400, codes like '430400-fgw') and county ones ('430482-fgj'). */
  departments: { id: number; code: string; name: string; regionCode: string }[];
  regions: { code: string; name: string; kind: string; parentCode: string | null }[];
  /** The demo account `liaison` (陈志强): generated as officer 0. */
  demoOfficer: {
    name: string;
    mobile: string;
    regionCode: string;
    unitDepartmentCode: string;
    firstSubjectName: string;
  };
}

export interface ScenarioOfficer {
  name: string;
  /** Unique, synthetic 11-digit mainland mobile. */
  mobile: string;
  /** The dispatching unit (派出单位): a department, or a county government (null id, the county's code). */
  unitDepartmentId: number | null;
  unitRegionCode: string;
  /** 职务 */
  post: string;
  /** Work region: the county of its subjects, or the city for officers covering several counties. */
  regionCode: string;
  activeFrom: string;
  activeTo: string | null;
}

export interface ScenarioAssignment {
  /** Index into `officers`. */
  officer: number;
  kind: SubjectKind;
  subjectId: number;
  regionCode: string;
  isPrimary: boolean;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
}

export interface ScenarioVisit {
  officer: number;
  kind: SubjectKind;
  subjectId: number;
  regionCode: string;
  visitDate: string;
  mode: VisitMode;
  peopleMet: string;
  prevention: Record<PreventionItem, boolean>;
  observations: string;
  /** ISO instant with +08:00, on the visit date during working hours. */
  createdAt: string;
}

export interface LiaisonScenario {
  officers: ScenarioOfficer[];
  assignments: ScenarioAssignment[];
  visits: ScenarioVisit[];
}

export const liaisonScenarioEnd = '2020-03-08';

export const campaignStart = defaultContactRule.campaignFrom;
export const officerCount = 1859;
export const transferredCount = 10;
export const handoverCount = 30;
/** Rows beyond one per active officer: the room that lets some officers cover two to five subjects. */
export const spareRows = 110;

export type Subject = LiaisonScenarioInput['subjects'][number];
export type Department = LiaisonScenarioInput['departments'][number];
export type UnitKind = 'city' | 'county' | 'government';

export interface Slot {
  subject: number;
  isPrimary: boolean;
}

export interface Draft {
  name: string;
  mobile: string;
  unitDepartmentId: number | null;
  unitRegionCode: string;
  post: string;
  regionCode: string;
  activeFrom: string;
  activeTo: string | null;
  /** Current assignments. */
  slots: Slot[];
}

export interface Row {
  officer: Draft;
  subject: number;
  isPrimary: boolean;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
}

export interface Profile {
  subject: Subject;
  isProject: boolean;
  workforce: number;
  /** null: not resumed by the end of the period (a few projects). */
  resumeOn: string | null;
  /** null: still partly working at the end. */
  fullOn: string | null;
  capacity: number;
  /** People the officer deals with, e.g. '生产副总 王建军'. */
  cast: string[];
  readyOn: Record<PreventionItem, string>;
  maskDays: number;
  issue: { text: string; until: string } | null;
  issueClosed: boolean;
  works: string;
}

// The dates around the campaign, precomputed: the generator moves dates some 15,000 times.
export const calendar: string[] = [];
for (let d = '2020-01-27'; d <= '2020-03-31'; d = addDays(d, 1)) calendar.push(d);
export const dayIndex = new Map(calendar.map((d, i) => [d, i]));

export function shift(date: string, days: number): string {
  const i = dayIndex.get(date);
  return (i === undefined ? undefined : calendar[i + days]) ?? addDays(date, days);
}

export function randomDate(random: Random, from: string, to: string): string {
  return shift(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/** Code-unit order: ISO dates and instants sort as text, and localeCompare is far slower. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysBetween(from: string, to: string): number {
  const a = dayIndex.get(from);
  const b = dayIndex.get(to);
  if (a !== undefined && b !== undefined) return b - a;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

export function clockTime(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

export function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return items.at(-1)![0];
}

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
