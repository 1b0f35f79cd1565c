import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/dates';
import {
  capacityBand,
  categoryOfProjectLevel,
  computeFigures,
  emptyCounts,
  isLate,
  percent,
  reportDeadline,
  reportStatuses,
  type CategoryCounts,
  type CategoryFigures,
  type ResumptionCategory,
} from '../../domain/resumption';
import { generateEnterprises, generateProjects } from './registry-scenario';
import {
  generateReports,
  scenarioEnd,
  scenarioNow,
  scenarioStart,
  type ScenarioReport,
  type ScenarioSubject,
} from './report-scenario';

function buildSubjects(): ScenarioSubject[] {
  const enterprises = generateEnterprises().map((e, i): ScenarioSubject => ({
    kind: 'enterprise',
    id: i + 1,
    category: 'enterprise',
    regionCode: e.regionCode,
    isContinuousProcess: e.isContinuousProcess,
    workforce: e.workforce,
    name: e.name,
  }));
  const projects = generateProjects().map((p, i): ScenarioSubject => ({
    kind: 'project',
    id: i + 1,
    category: categoryOfProjectLevel(p.level),
    regionCode: p.regionCode,
    isContinuousProcess: false,
    workforce: Math.round(Math.min(1200, Math.max(40, Number(p.totalInvestment) / 300))),
    name: p.name,
  }));
  return [...enterprises, ...projects];
}

const dates: string[] = [];
for (let d = scenarioStart; d <= scenarioEnd; d = addDays(d, 1)) dates.push(d);

const key = (kind: string, id: number) => `${kind}:${id}`;

/** DOMAIN.md's figures for one category on one date, with carry-forward, written out here on purpose. */
function figuresOn(
  subjects: readonly ScenarioSubject[],
  bySubject: Map<string, ScenarioReport[]>,
  category: ResumptionCategory,
  date: string,
): CategoryFigures {
  const c: CategoryCounts = { ...emptyCounts };
  for (const subject of subjects) {
    if (subject.category !== category) continue;
    c.total++;
    const history = bySubject.get(key(subject.kind, subject.id)) ?? [];
    let latest: ScenarioReport | undefined;
    for (const r of history) if (r.date <= date && (!latest || r.date > latest.date)) latest = r;
    const today = history.find((r) => r.date === date);
    if (today) {
      c.received++;
      if (!isLate(date, new Date(today.filedAt))) c.onTime++;
    }
    if (!latest) {
      if (subject.isContinuousProcess) c.continuousUnreported++;
      continue;
    }
    if (latest.status === 'resumed') c.resumed++;
    else if (latest.status === 'partial') c.partial++;
    else if (latest.status === 'not_resumed') c.notResumed++;
    else c.suspended++;
    c.workforce += latest.workforce;
    c.onDuty += latest.onDuty;
    if ((latest.status === 'resumed' || latest.status === 'partial') && latest.capacityPct !== null) {
      c.capacitySum += latest.capacityPct;
      c.capacityCount++;
      const band = capacityBand(latest.capacityPct);
      if (band === 'high') c.capacityHigh++;
      else if (band === 'middle') c.capacityMiddle++;
      else c.capacityLow++;
    }
  }
  return computeFigures(c);
}

describe('report scenario', () => {
  let subjects: ScenarioSubject[];
  let reports: ScenarioReport[];
  let bySubject: Map<string, ScenarioReport[]>;
  const fig = (category: ResumptionCategory, date: string) => figuresOn(subjects, bySubject, category, date);

  beforeAll(() => {
    subjects = buildSubjects();
    reports = generateReports(subjects);
    bySubject = new Map();
    for (const r of reports) {
      const k = key(r.kind, r.subjectId);
      const list = bySubject.get(k) ?? [];
      list.push(r);
      bySubject.set(k, list);
    }
  });

  it('covers the registry: 1,049 enterprises, 12 provincial and 135 municipal projects, 28 days', () => {
    expect(subjects.filter((s) => s.category === 'enterprise')).toHaveLength(1049);
    expect(subjects.filter((s) => s.category === 'provincial_project')).toHaveLength(12);
    expect(subjects.filter((s) => s.category === 'municipal_project')).toHaveLength(135);
    expect(dates).toHaveLength(28);
  });

  it('lands exactly on the article on 2020-03-08', () => {
    const enterprise = fig('enterprise', scenarioEnd);
    expect(enterprise.resumed + enterprise.partial).toBe(1049);
    expect(enterprise.applicable).toBe(1049);
    expect(enterprise.notResumed + enterprise.notApplicable + enterprise.notReported).toBe(0);
    expect(enterprise.resumptionRate).toBe(100.0);
    const provincial = fig('provincial_project', scenarioEnd);
    expect(provincial.resumed + provincial.partial).toBe(12);
    expect(provincial.resumptionRate).toBe(100.0);
    const municipal = fig('municipal_project', scenarioEnd);
    expect(municipal.resumed + municipal.partial).toBe(121);
    expect(municipal.notResumed).toBe(14);
    expect(municipal.applicable).toBe(135);
    expect(municipal.resumptionRate).toBe(percent(121, 135));
    expect(municipal.resumptionRate).toBe(89.6);
  });

  it('gives every subject reports on most days, at least one on or before the last day', () => {
    for (const subject of subjects) {
      const history = bySubject.get(key(subject.kind, subject.id)) ?? [];
      expect(history.length).toBeGreaterThanOrEqual(14);
      expect(new Set(history.map((r) => r.date)).size).toBe(history.length);
      expect(history.every((r) => r.date >= scenarioStart && r.date <= scenarioEnd)).toBe(true);
    }
    const counts = [...bySubject.values()].map((h) => h.length).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeGreaterThanOrEqual(26);
  });

  it('rises along an S-curve to about Hunan’s 25 February figures', () => {
    const rates = dates.map((d) => fig('enterprise', d).resumptionRate!);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThanOrEqual(rates[i - 1]! - 1);
    expect(rates[0]!).toBeLessThan(50);
    const feb25 = fig('enterprise', '2020-02-25');
    expect(feb25.resumptionRate!).toBeGreaterThanOrEqual(85);
    expect(feb25.resumptionRate!).toBeLessThanOrEqual(95);
    expect(feb25.workforceReturnRate!).toBeGreaterThanOrEqual(70);
    expect(feb25.workforceReturnRate!).toBeLessThanOrEqual(80);
    // Construction sites lag the factories.
    expect(fig('municipal_project', '2020-02-25').resumptionRate!).toBeLessThan(feb25.resumptionRate!);
  });

  it('has gaps: completeness below 100% on most days, 85–95% today', () => {
    const completeness = dates.map((d) => fig('enterprise', d).completenessRate!);
    for (const c of completeness) expect(c).toBeGreaterThanOrEqual(85);
    expect(completeness.filter((c) => c < 100).length).toBeGreaterThanOrEqual(20);
    const today = percent(reports.filter((r) => r.date === scenarioEnd).length, subjects.length)!;
    expect(today).toBeGreaterThanOrEqual(85);
    expect(today).toBeLessThanOrEqual(95);
    expect(fig('enterprise', scenarioEnd).completenessRate!).toBeGreaterThanOrEqual(85);
    expect(fig('enterprise', scenarioEnd).completenessRate!).toBeLessThanOrEqual(95);
    // Some only start reporting after a few days: not reported on the first day, not resumed either.
    expect(fig('enterprise', scenarioStart).notReported).toBeGreaterThan(0);
  });

  it('files a few reports late, and nothing after the demo clock', () => {
    const now = new Date(scenarioNow).getTime();
    const late = reports.filter((r) => isLate(r.date, new Date(r.filedAt)));
    expect(late.length / reports.length).toBeGreaterThanOrEqual(0.03);
    expect(late.length / reports.length).toBeLessThanOrEqual(0.06);
    // Late ones are really after the deadline, some by more than a day.
    expect(late.every((r) => new Date(r.filedAt) > reportDeadline(r.date))).toBe(true);
    expect(
      late.some((r) => new Date(r.filedAt).getTime() > reportDeadline(r.date).getTime() + 86_400_000),
    ).toBe(true);
    expect(late.some((r) => r.date === addDays(scenarioEnd, -1))).toBe(true);
    const badFormat = reports.filter((r) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(r.filedAt));
    expect(badFormat).toEqual([]);
    const afterNow = reports.filter((r) => new Date(r.filedAt).getTime() >= now);
    expect(afterNow).toEqual([]);
    // Not filed before the morning of the day it describes.
    const tooEarly = reports.filter((r) => new Date(r.filedAt) < new Date(`${r.date}T08:00:00+08:00`));
    expect(tooEarly).toEqual([]);
    const todays = reports.filter((r) => r.date === scenarioEnd);
    expect(todays.every((r) => r.filedAt.startsWith(scenarioEnd))).toBe(true);
    expect(reports.some((r) => r.isOnBehalf)).toBe(true);
    expect(reports.some((r) => r.revisions === 2)).toBe(true);
    expect(reports.every((r) => r.revisions === 1 || r.revisions === 2)).toBe(true);
  });

  it('suspends a handful of plants mid-period, and none on the last day', () => {
    const suspendedDays = dates.filter((d) => fig('enterprise', d).notApplicable > 0);
    expect(suspendedDays.length).toBeGreaterThanOrEqual(5);
    expect(reports.some((r) => r.status === 'suspended' && r.note?.includes('检修'))).toBe(true);
    expect(fig('enterprise', scenarioEnd).notApplicable).toBe(0);
  });

  it('keeps continuous-process plants resumed from the start, with high capacity', () => {
    const continuous = new Set(subjects.filter((s) => s.isContinuousProcess).map((s) => s.id));
    expect(continuous.size).toBeGreaterThan(0);
    const theirs = reports.filter((r) => r.kind === 'enterprise' && continuous.has(r.subjectId));
    expect(theirs.every((r) => r.status === 'resumed' || r.status === 'suspended')).toBe(true);
    const first = theirs.filter((r) => r.date === scenarioStart);
    expect(first.length).toBeGreaterThan(continuous.size * 0.9);
    expect(first.filter((r) => r.capacityPct! >= 70).length / first.length).toBeGreaterThan(0.8);
  });

  it('keeps the numbers consistent', () => {
    const byId = new Map(subjects.map((s) => [key(s.kind, s.id), s]));
    const problems: string[] = [];
    for (const r of reports) {
      const s = byId.get(key(r.kind, r.subjectId))!;
      const share = r.onDuty / r.workforce;
      const check = (ok: boolean, what: string) => {
        if (!ok) problems.push(`${r.kind} ${r.subjectId} ${r.date}: ${what}`);
      };
      check(reportStatuses.includes(r.status), 'status');
      check(Number.isInteger(r.onDuty) && r.onDuty >= 0 && r.onDuty <= r.workforce, 'onDuty ≤ workforce');
      check(Math.abs(r.workforce - s.workforce) <= Math.ceil(s.workforce * 0.05), 'workforce ≈ registry');
      if (r.status === 'not_resumed') check(share <= 0.1, 'not resumed: 0–10% on duty');
      if (r.status === 'partial') check(share >= 0.25 && share <= 0.8, 'partial: 30–80% on duty');
      if (r.status === 'resumed') check(share >= 0.7 && share <= 1, 'resumed: 75–100% on duty');
      if (r.kind === 'enterprise') {
        check(Number.isInteger(r.capacityPct) && r.capacityPct! >= 0 && r.capacityPct! <= 100, 'capacity');
        check(r.workersOnSite === null && r.investmentThisMonth === null, 'no project fields');
      } else {
        check(r.capacityPct === null, 'no capacity');
        check(r.workersOnSite !== null && r.workersOnSite <= r.onDuty, 'workers on site ≤ on duty');
        check(/^\d+\.\d{2}$/.test(r.investmentThisMonth ?? ''), 'investment 万元 with 2 decimals');
        if (r.status === 'resumed' || r.status === 'partial') check(r.workersOnSite! > 0, 'workers on site');
      }
    }
    expect(problems).toEqual([]);
  });

  it('accumulates project investment within the month and restarts it on 1 March', () => {
    const problems: string[] = [];
    for (const history of bySubject.values()) {
      if (history[0]!.kind !== 'project') continue;
      const sorted = [...history].sort((a, b) => a.date.localeCompare(b.date));
      for (let i = 1; i < sorted.length; i++) {
        const a = sorted[i - 1]!;
        const b = sorted[i]!;
        if (
          a.date.slice(0, 7) === b.date.slice(0, 7) &&
          Number(b.investmentThisMonth) < Number(a.investmentThisMonth)
        )
          problems.push(`${b.subjectId} ${b.date}`);
      }
    }
    expect(problems).toEqual([]);
    const total = (date: string) =>
      reports
        .filter((r) => r.kind === 'project' && r.date === date)
        .reduce((sum, r) => sum + Number(r.investmentThisMonth), 0);
    expect(total('2020-02-29')).toBeGreaterThan(0);
    expect(total('2020-03-01')).toBeLessThan(total('2020-02-29') * 0.2);
    expect(total(scenarioEnd)).toBeGreaterThan(total('2020-03-01'));
  });

  it('shows all three capacity bands on the last day, averaging 75–85%', () => {
    const enterprise = fig('enterprise', scenarioEnd);
    expect(enterprise.capacityBands.high).toBeGreaterThan(0);
    expect(enterprise.capacityBands.middle).toBeGreaterThan(0);
    expect(enterprise.capacityBands.low).toBeGreaterThan(0);
    expect(enterprise.capacityAverage!).toBeGreaterThanOrEqual(75);
    expect(enterprise.capacityAverage!).toBeLessThanOrEqual(85);
    expect(fig('enterprise', '2020-02-15').capacityAverage!).toBeLessThan(enterprise.capacityAverage!);
  });

  it('reports difficulties for a minority, more early on, and prevention gaps early', () => {
    const share = (date: string, test: (r: ScenarioReport) => boolean) => {
      const day = reports.filter((r) => r.date === date);
      return day.filter(test).length / day.length;
    };
    const early = share('2020-02-12', (r) => r.difficulty !== null);
    const late = share('2020-03-05', (r) => r.difficulty !== null);
    expect(early).toBeGreaterThan(late);
    expect(early).toBeLessThan(0.5);
    expect(late).toBeGreaterThan(0);
    const gap = (r: ScenarioReport) => Object.values(r.prevention).some((v) => !v);
    expect(share('2020-02-12', gap)).toBeGreaterThan(share('2020-03-05', gap));
    expect(share('2020-03-05', gap)).toBeLessThan(0.05);
    expect(reports.every((r) => r.difficulty === null || /[\u4e00-\u9fff]/.test(r.difficulty))).toBe(true);
  });

  it('is deterministic', () => {
    expect(generateReports(subjects)).toEqual(reports);
    expect(generateReports(subjects, 1)).not.toEqual(reports);
  });
});
