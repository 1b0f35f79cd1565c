import { beforeAll, describe, expect, it } from 'vitest';
import {
  contactStatus,
  defaultContactRule,
  mobilePattern,
  preventionItems,
  visitModes,
} from '../../domain/liaison';
import { hengyangDepartments, hengyangRegions } from '../../domain/reference/hengyang';
import {
  generateLiaisonScenario,
  liaisonScenarioEnd,
  type LiaisonScenario,
  type LiaisonScenarioInput,
  type ScenarioAssignment,
} from './liaison-scenario';
import { generateEnterprises, generateProjects } from './registry-scenario';

type Subject = LiaisonScenarioInput['subjects'][number];

const demoOfficer: LiaisonScenarioInput['demoOfficer'] = {
  name: '陈志强',
  mobile: '13907341234',
  regionCode: '430482',
  unitDepartmentCode: '430400-fgw',
  firstSubjectName: '常宁市隆源铜业有限公司',
};

/** The input as the demo loader builds it: registry rows and departments with ids 1..n. */
function buildInput(): LiaisonScenarioInput {
  const enterprises = generateEnterprises().map((e, i): Subject => ({
    kind: 'enterprise',
    id: i + 1,
    name: e.name,
    regionCode: e.regionCode,
  }));
  const projects = generateProjects().map((p, i): Subject => ({
    kind: 'project',
    id: i + 1,
    name: p.name,
    regionCode: p.regionCode,
  }));
  return {
    subjects: [...enterprises, ...projects],
    departments: hengyangDepartments().map((d, i) => ({ id: i + 1, ...d })),
    regions: hengyangRegions,
    demoOfficer,
  };
}

const key = (kind: string, id: number) => `${kind}:${id}`;
const city = '430400';
const campaignStart = defaultContactRule.campaignFrom;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('liaison scenario', () => {
  let input: LiaisonScenarioInput;
  let scenario: LiaisonScenario;
  let subjects: Map<string, Subject>;
  let current: ScenarioAssignment[];
  let bySubject: Map<string, ScenarioAssignment[]>;
  let overdueOnLastDay: Set<string>;

  beforeAll(() => {
    input = buildInput();
    scenario = generateLiaisonScenario(input);
    subjects = new Map(input.subjects.map((s) => [key(s.kind, s.id), s]));
    current = scenario.assignments.filter((a) => a.endedOn === null);
    bySubject = new Map();
    for (const a of scenario.assignments) {
      const k = key(a.kind, a.subjectId);
      bySubject.set(k, [...(bySubject.get(k) ?? []), a]);
    }
    const onSite = new Map<string, string[]>();
    for (const v of scenario.visits) {
      if (v.mode !== 'on_site') continue;
      const k = key(v.kind, v.subjectId);
      onSite.set(k, [...(onSite.get(k) ?? []), v.visitDate]);
    }
    overdueOnLastDay = new Set(
      [...subjects.keys()].filter(
        (k) => contactStatus(defaultContactRule, onSite.get(k) ?? [], liaisonScenarioEnd).isOverdue,
      ),
    );
  });

  it('stations 1,859 officers with unique, valid mobiles and names, the demo officer first', () => {
    const { officers } = scenario;
    expect(officers).toHaveLength(1859);
    expect(officers.filter((o) => !mobilePattern.test(o.mobile))).toEqual([]);
    expect(new Set(officers.map((o) => o.mobile)).size).toBe(1859);
    expect(officers.filter((o) => !/^[\u4e00-\u9fff]{2,3}$/.test(o.name))).toEqual([]);
    expect(new Set(officers.map((o) => o.name)).size).toBe(1859);
    expect(officers.every((o) => /^[\u4e00-\u9fff]{2,6}$/.test(o.post))).toBe(true);

    const fgw = input.departments.find((d) => d.code === demoOfficer.unitDepartmentCode)!;
    expect(officers[0]).toMatchObject({
      name: demoOfficer.name,
      mobile: demoOfficer.mobile,
      regionCode: demoOfficer.regionCode,
      unitDepartmentId: fgw.id,
      unitRegionCode: fgw.regionCode,
      activeTo: null,
    });
    expect(officers[0]!.activeFrom <= campaignStart).toBe(true);

    const sentEarly = officers.filter((o) => o.activeFrom >= '2020-02-03' && o.activeFrom <= '2020-02-10');
    expect(sentEarly.length / officers.length).toBeGreaterThan(0.97);
    expect(officers.every((o) => o.activeFrom >= '2020-02-03' && o.activeFrom <= liaisonScenarioEnd)).toBe(
      true,
    );
    const left = officers.filter((o) => o.activeTo !== null);
    expect(left.length).toBeGreaterThanOrEqual(5);
    expect(left.length).toBeLessThanOrEqual(15);
    expect(left.every((o) => o.activeTo! < liaisonScenarioEnd && o.activeTo! > o.activeFrom)).toBe(true);
  });

  it('names each officer’s unit: a department of its region, or a county government', () => {
    const departments = new Map(input.departments.map((d) => [d.id, d]));
    const countyLevel = new Set(hengyangRegions.filter((r) => r.parentCode === city).map((r) => r.code));
    for (const o of scenario.officers) {
      if (o.unitDepartmentId === null) expect(countyLevel.has(o.unitRegionCode)).toBe(true);
      else expect(departments.get(o.unitDepartmentId)?.regionCode).toBe(o.unitRegionCode);
      // County units work in their own county; only city departments work across the city or elsewhere.
      if (o.unitRegionCode !== city) expect(o.regionCode).toBe(o.unitRegionCode);
    }
  });

  it('gives every subject one current primary, active on 8 March, and a third or so assistants', () => {
    const officers = scenario.officers;
    let withAssistants = 0;
    for (const k of subjects.keys()) {
      const rows = (bySubject.get(k) ?? []).filter((a) => a.endedOn === null);
      const primaries = rows.filter((a) => a.isPrimary);
      expect(primaries, k).toHaveLength(1);
      const officer = officers[primaries[0]!.officer]!;
      expect(officer.activeFrom <= liaisonScenarioEnd && officer.activeTo === null).toBe(true);
      const assisting = rows.length - 1;
      expect(assisting).toBeLessThanOrEqual(2);
      if (assisting > 0) withAssistants++;
    }
    expect(withAssistants / subjects.size).toBeGreaterThanOrEqual(0.3);
    expect(withAssistants / subjects.size).toBeLessThanOrEqual(0.4);

    const pairs = current.map((a) => `${a.officer}/${key(a.kind, a.subjectId)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const covered = new Set(scenario.assignments.map((a) => a.officer));
    expect(covered.size).toBe(officers.length);
    const coveredNow = new Set(current.map((a) => a.officer));
    expect(officers.every((o, i) => o.activeTo !== null || coveredNow.has(i))).toBe(true);
  });

  it('keeps every assignment inside its officer’s work region and active period', () => {
    const problems: string[] = [];
    for (const a of scenario.assignments) {
      const subject = subjects.get(key(a.kind, a.subjectId));
      const officer = scenario.officers[a.officer]!;
      const where = `${a.officer} ${a.kind} ${a.subjectId}`;
      if (!subject) problems.push(`${where}: unknown subject`);
      else if (a.regionCode !== subject.regionCode) problems.push(`${where}: region is not the subject's`);
      if (officer.regionCode !== a.regionCode && officer.regionCode !== city)
        problems.push(`${where}: outside`);
      if (officer.regionCode === city && officer.unitRegionCode !== city)
        problems.push(`${where}: not a city unit`);
      if (a.startedOn < officer.activeFrom) problems.push(`${where}: starts before the officer`);
      if (a.endedOn !== null && a.endedOn <= a.startedOn) problems.push(`${where}: ends before it starts`);
      if (officer.activeTo !== null && (a.endedOn === null || a.endedOn > officer.activeTo))
        problems.push(`${where}: outlives the officer`);
    }
    expect(problems).toEqual([]);
    // Officers of the whole city really cover several counties.
    const cityWide = scenario.officers.flatMap((o, i) => (o.regionCode === city ? [i] : []));
    expect(cityWide.length).toBeGreaterThan(0);
    for (const i of cityWide) {
      const regions = new Set(scenario.assignments.filter((a) => a.officer === i).map((a) => a.regionCode));
      expect(regions.size).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws about 40% of officers from city departments, and keeps workloads small', () => {
    const { officers } = scenario;
    const fromCity = officers.filter((o) => o.unitRegionCode === city);
    expect(fromCity.length / officers.length).toBeGreaterThanOrEqual(0.33);
    expect(fromCity.length / officers.length).toBeLessThanOrEqual(0.47);
    const codeOf = new Map(input.departments.map((d) => [d.id, d.code]));
    const cityUnits = new Set(fromCity.map((o) => codeOf.get(o.unitDepartmentId!)));
    for (const code of ['430400-fgw', '430400-gxj', '430400-zsj', '430400-swj'])
      expect(cityUnits).toContain(code);
    expect(cityUnits.size).toBeGreaterThanOrEqual(10);
    expect(
      officers.filter((o) => o.unitRegionCode !== city && o.unitDepartmentId !== null).length,
    ).toBeGreaterThan(400);
    expect(officers.filter((o) => o.unitDepartmentId === null).length).toBeGreaterThan(200);

    const load = new Map<number, { all: number; primary: number }>();
    for (const a of current) {
      const l = load.get(a.officer) ?? { all: 0, primary: 0 };
      l.all++;
      if (a.isPrimary) l.primary++;
      load.set(a.officer, l);
    }
    expect(Math.max(...[...load.values()].map((l) => l.all))).toBeLessThanOrEqual(8);
    const primaryOfficers = [...load.values()].filter((l) => l.primary > 0);
    expect(primaryOfficers.filter((l) => l.all <= 3).length / primaryOfficers.length).toBeGreaterThan(0.9);
    expect([...load.values()].some((l) => l.all >= 3)).toBe(true);
  });

  it('hands about thirty assignments over, each to a new primary on the day it ended', () => {
    const ended = scenario.assignments.filter((a) => a.endedOn !== null);
    expect(ended.length).toBeGreaterThanOrEqual(20);
    expect(ended.length).toBeLessThanOrEqual(40);
    for (const a of ended) {
      expect(a.endReason).toMatch(/改派|调岗/);
      expect(a.endedOn! < liaisonScenarioEnd).toBe(true);
      const next = current.find(
        (c) => c.kind === a.kind && c.subjectId === a.subjectId && c.isPrimary && c.startedOn === a.endedOn,
      );
      expect(next, `${a.kind} ${a.subjectId}`).toBeDefined();
      expect(next!.officer).not.toBe(a.officer);
    }
    expect(current.every((a) => a.endReason === null)).toBe(true);
    expect(ended.some((a) => a.endReason!.includes('调岗'))).toBe(true);
    expect(ended.some((a) => a.endReason!.includes('工作调整'))).toBe(true);

    scenario.officers.forEach((o, i) => {
      if (o.activeTo === null) return;
      const theirs = scenario.assignments.filter((a) => a.officer === i);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((a) => a.endedOn !== null && a.endedOn <= o.activeTo!)).toBe(true);
    });
  });

  it('gives the demo officer five to seven subjects in 常宁市, primary on most, one overdue', () => {
    const theirs = current.filter((a) => a.officer === 0);
    expect(theirs.length).toBeGreaterThanOrEqual(5);
    expect(theirs.length).toBeLessThanOrEqual(7);
    expect(theirs.every((a) => a.regionCode === demoOfficer.regionCode)).toBe(true);
    const first = theirs[0]!;
    expect(subjects.get(key(first.kind, first.subjectId))!.name).toBe(demoOfficer.firstSubjectName);
    expect(first.isPrimary).toBe(true);
    const primaries = theirs.filter((a) => a.isPrimary);
    expect(primaries.length).toBeGreaterThan(theirs.length / 2);
    const overdue = primaries.filter((a) => overdueOnLastDay.has(key(a.kind, a.subjectId)));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.subjectId).not.toBe(first.subjectId);
    expect(scenario.visits.filter((v) => v.officer === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('records visits by the subject’s own officers, within their assignments, about weekly on site', () => {
    const { visits, officers } = scenario;
    expect(visits.length).toBeGreaterThanOrEqual(5000);
    expect(visits.length).toBeLessThanOrEqual(9000);
    const problems: string[] = [];
    for (const v of visits) {
      const where = `${v.officer} ${v.kind} ${v.subjectId} ${v.visitDate}`;
      const subject = subjects.get(key(v.kind, v.subjectId));
      if (!subject || subject.regionCode !== v.regionCode) problems.push(`${where}: subject or region`);
      if (v.visitDate < campaignStart || v.visitDate > liaisonScenarioEnd) problems.push(`${where}: date`);
      if (!visitModes.includes(v.mode)) problems.push(`${where}: mode`);
      const covering = (bySubject.get(key(v.kind, v.subjectId)) ?? []).some(
        (a) =>
          a.officer === v.officer &&
          a.startedOn <= v.visitDate &&
          (a.endedOn === null || v.visitDate < a.endedOn),
      );
      if (!covering) problems.push(`${where}: not the officer's subject on that date`);
      const officer = officers[v.officer]!;
      if (v.visitDate < officer.activeFrom || (officer.activeTo !== null && v.visitDate >= officer.activeTo))
        problems.push(`${where}: officer not active`);
      if (!/^\d{4}-\d{2}-\d{2}T(0[89]|1[0-7]):[0-5]\d:[0-5]\d\+08:00$/.test(v.createdAt))
        problems.push(where);
      if (!v.createdAt.startsWith(v.visitDate)) problems.push(`${where}: created on another day`);
    }
    expect(problems).toEqual([]);

    const isPrimaryVisit = (v: LiaisonScenario['visits'][number]) =>
      (bySubject.get(key(v.kind, v.subjectId)) ?? []).some((a) => a.officer === v.officer && a.isPrimary);
    const onSiteByPrimary = new Map<string, number>();
    for (const v of visits)
      if (v.mode === 'on_site' && isPrimaryVisit(v)) {
        const k = key(v.kind, v.subjectId);
        onSiteByPrimary.set(k, (onSiteByPrimary.get(k) ?? 0) + 1);
      }
    expect(onSiteByPrimary.size).toBe(subjects.size);
    const counts = [...onSiteByPrimary.values()];
    expect(median(counts)).toBeGreaterThanOrEqual(4);
    expect(median(counts)).toBeLessThanOrEqual(6);
    const remote = visits.filter((v) => v.mode !== 'on_site').length / visits.length;
    expect(remote).toBeGreaterThan(0.08);
    expect(remote).toBeLessThan(0.35);
    expect(visits.some((v) => v.mode === 'video')).toBe(true);

    const assistingRows = current.filter((a) => !a.isPrimary).length;
    const assistingVisits = visits.filter((v) => !isPrimaryVisit(v)).length;
    expect(assistingVisits).toBeGreaterThan(0);
    expect(assistingVisits / assistingRows).toBeLessThan(2.5);
    // Past officers visited before they handed over.
    const left = new Set(officers.flatMap((o, i) => (o.activeTo !== null ? [i] : [])));
    expect(visits.some((v) => left.has(v.officer))).toBe(true);
  });

  it('leaves a handful of subjects overdue on 8 March under the contact rule', () => {
    expect(overdueOnLastDay.size).toBeGreaterThanOrEqual(5);
    expect(overdueOnLastDay.size).toBeLessThanOrEqual(12);
    // Each of them was last visited on site more than a week before, and only called since.
    for (const k of overdueOnLastDay) {
      const theirs = scenario.visits.filter((v) => key(v.kind, v.subjectId) === k);
      expect(theirs.some((v) => v.mode === 'on_site')).toBe(true);
      expect(theirs.some((v) => v.mode !== 'on_site' && v.visitDate >= '2020-03-01')).toBe(true);
    }
  });

  it('writes prevention checks and notes the way a government officer would', () => {
    const { visits } = scenario;
    const allTrue = (v: LiaisonScenario['visits'][number]) =>
      preventionItems.every((item) => v.prevention[item]);
    const share = (list: typeof visits, test: (v: (typeof visits)[number]) => boolean) =>
      list.filter(test).length / list.length;
    expect(share(visits, allTrue)).toBeGreaterThan(0.85);
    expect(share(visits, allTrue)).toBeLessThan(1);
    const early = visits.filter((v) => v.visitDate <= '2020-02-16');
    const late = visits.filter((v) => v.visitDate >= '2020-03-01');
    expect(share(early, (v) => !allTrue(v))).toBeGreaterThan(share(late, (v) => !allTrue(v)));
    expect(share(late, (v) => !allTrue(v))).toBeLessThan(0.02);
    const shortBy = (item: (typeof preventionItems)[number]) =>
      visits.filter((v) => !v.prevention[item]).length;
    expect(Math.max(...preventionItems.map(shortBy))).toBe(shortBy('supplies'));
    expect(
      visits
        .filter((v) => !v.prevention.supplies && v.mode === 'on_site')
        .every((v) => v.observations.includes('储备仅够')),
    ).toBe(true);

    const person = '[\u4e00-\u9fff]{2,5} [\u4e00-\u9fff]{2,3}';
    const peopleMet = new RegExp(`^${person}(、${person})?$`);
    expect(visits.filter((v) => !peopleMet.test(v.peopleMet))).toEqual([]);
    expect(visits.some((v) => v.peopleMet.includes('、'))).toBe(true);

    const badNotes = visits.filter(
      (v) =>
        !/^[\u4e00-\u9fff]/.test(v.observations) ||
        !v.observations.endsWith('。') ||
        /[A-Za-z]/.test(v.observations),
    );
    expect(badNotes).toEqual([]);
    expect(visits.every((v) => v.observations.length >= 15 && v.observations.length <= 200)).toBe(true);
    expect(new Set(visits.map((v) => v.observations)).size / visits.length).toBeGreaterThan(0.8);
    expect(visits.some((v) => /在岗\d+人/.test(v.observations))).toBe(true);
    expect(visits.some((v) => v.kind === 'project' && v.observations.includes('现场施工人员'))).toBe(true);
    expect(visits.some((v) => v.observations.includes('交接'))).toBe(true);
    // Notes follow the campaign: nobody is still preparing to resume at the end.
    expect(late.filter((v) => v.kind === 'enterprise' && v.observations.includes('尚未复工'))).toEqual([]);
  });

  // Its speed is part of the start-up benchmark (npm run bench), not a timed test that a busy machine fails.
  it('is deterministic', () => {
    expect(generateLiaisonScenario(input)).toEqual(scenario);
    expect(generateLiaisonScenario(input, 1)).not.toEqual(scenario);
  });
});
