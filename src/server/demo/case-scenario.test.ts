import { beforeAll, describe, expect, it } from 'vitest';
import { problemCategories, problemKind } from '../../domain/cases/problem';
import {
  caseNumber,
  checkAction,
  nextState,
  type CaseAction,
  type CaseParty,
  type CaseState,
} from '../../domain/cases/workflow';
import { shanghaiDate } from '../../domain/dates';
import { hengyangDepartments } from '../../domain/reference/hengyang';
import { endOfDay, lightOf, workingDayDeadline, type Light } from '../../domain/working-days';
import {
  caseScenarioNow,
  generateCases,
  type CaseScenarioInput,
  type ScenarioCase,
  type ScenarioCaseEvent,
} from './case-scenario';
import { generateEnterprises, generateProjects } from './registry-scenario';

function buildInput(): CaseScenarioInput {
  return {
    subjects: [
      ...generateEnterprises().map((e, i) => ({
        kind: 'enterprise' as const,
        id: i + 1,
        name: e.name,
        regionCode: e.regionCode,
      })),
      ...generateProjects().map((p, i) => ({
        kind: 'project' as const,
        id: i + 1,
        name: p.name,
        regionCode: p.regionCode,
      })),
    ],
    departments: hengyangDepartments().map((d, i) => ({ id: i + 1, ...d })),
    requesters: [
      { userId: 2, name: '周建国', role: 'dispatcher' },
      { userId: 4, name: '常宁调度员 王芳', role: 'county_dispatcher' },
      { userId: 6, name: '联络员 陈志强', role: 'liaison_officer' },
      { userId: 7, name: '隆源铜业 赵敏', role: 'enterprise_user' },
      { userId: null, name: '衡南调度员 李娟', role: 'county_dispatcher' },
    ],
  };
}

const now = new Date(caseScenarioNow);
const today = shanghaiDate(now);
const ms = (iso: string) => Date.parse(iso);
/** The Shanghai date a deadline (24:00 of that date) closes. */
const deadlineDateOf = (iso: string) => shanghaiDate(new Date(ms(iso) - 1));
/** When the running deadlines started: the last assignment or reopening (the server's fallback likewise). */
const timerStart = (c: ScenarioCase) =>
  c.events.filter((e) => e.action === 'assign' || (e.action === 'confirm' && e.toState === 'reopened')).at(-1)
    ?.at ?? c.createdAt;
// As the engine lights them: yellow with one working day or less left, once a working day has passed.
const light = (c: ScenarioCase, deadline: string): Light =>
  lightOf(now, today, new Date(deadline), deadlineDateOf(deadline), {
    reminderDays: problemKind.timeLimits.reminderDays,
    startDate: shanghaiDate(new Date(timerStart(c))),
  });

/** The open deadline's light: acceptance while not accepted, resolution while not resolved. */
function lights(c: ScenarioCase): { accept: Light | null; resolve: Light | null } {
  const awaitingAccept = c.state === 'assigned' || c.state === 'reopened';
  const awaitingResolve = awaitingAccept || c.state === 'accepted';
  return {
    accept: awaitingAccept && c.acceptDeadline ? light(c, c.acceptDeadline) : null,
    resolve: awaitingResolve && c.resolveDeadline ? light(c, c.resolveDeadline) : null,
  };
}
const worst = (c: ScenarioCase): Light | null => {
  const { accept, resolve } = lights(c);
  if (accept === 'red' || resolve === 'red') return 'red';
  if (accept === 'yellow' || resolve === 'yellow') return 'yellow';
  return accept ?? resolve;
};

const hasChinese = (text: string | null) => text !== null && /[\u4e00-\u9fff]/.test(text);

let input: CaseScenarioInput;
let cases: ScenarioCase[];

beforeAll(() => {
  input = buildInput();
  generateCases(input); // warm the calendar
  cases = generateCases(input);
});

describe('the problem scenario', () => {
  it('has about 300 problems from 10 February to 8 March, more in the first two weeks', () => {
    expect(cases.length).toBeGreaterThanOrEqual(280);
    expect(cases.length).toBeLessThanOrEqual(320);
    for (const c of cases) {
      expect(c.createdAt >= '2020-02-10T00:00:00+08:00').toBe(true);
      expect(ms(c.createdAt)).toBeLessThanOrEqual(ms(caseScenarioNow));
    }
    const firstTwoWeeks = cases.filter((c) => c.createdAt < '2020-02-24').length;
    expect(firstTwoWeeks).toBeGreaterThan(cases.length - firstTwoWeeks);
  });

  it('numbers per day from 1, unique, in order of creation', () => {
    const numbers = new Set(cases.map((c) => c.number));
    expect(numbers.size).toBe(cases.length);
    const byDay = new Map<string, ScenarioCase[]>();
    for (const c of cases) {
      expect(c.number).toMatch(/^WT-2020\d{4}-\d{4}$/);
      const day = shanghaiDate(new Date(c.createdAt));
      byDay.set(day, [...(byDay.get(day) ?? []), c]);
    }
    for (const [day, list] of byDay) {
      list.sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
      list.forEach((c, i) => expect(c.number).toBe(caseNumber(problemKind, day, i + 1)));
    }
  });

  it('covers every category, with Chinese titles, descriptions naming the subject and concrete resolutions', () => {
    for (const category of problemCategories)
      expect(cases.filter((c) => c.category === category).length).toBeGreaterThanOrEqual(8);
    const subjects = new Map(input.subjects.map((s) => [`${s.kind}:${s.id}`, s]));
    for (const c of cases) {
      expect(hasChinese(c.title)).toBe(true);
      expect(c.title.length).toBeLessThanOrEqual(40);
      expect(hasChinese(c.description)).toBe(true);
      const subject = subjects.get(
        c.enterpriseId ? `enterprise:${c.enterpriseId}` : `project:${c.projectId}`,
      )!;
      expect(subject).toBeDefined();
      expect(c.description).toContain(subject.name);
      expect(c.regionCode).toBe(subject.regionCode);
      if (c.state === 'resolved' || c.closedAs === 'satisfied') expect(hasChinese(c.resolution)).toBe(true);
      for (const e of c.events) if (e.text !== null) expect(e.text.length).toBeGreaterThan(0);
    }
    expect(new Set(cases.map((c) => c.title)).size).toBeGreaterThan(cases.length * 0.9);
    expect(cases.filter((c) => c.title.length <= 30).length).toBeGreaterThan(cases.length * 0.95);
  });

  it('routes by category to the right departments, some to the county bureaus, ~20% with a co-department', () => {
    const code = new Map(input.departments.map((d) => [d.id, d.code]));
    const leadCodes = (category: string) =>
      new Set(
        cases
          .filter((c) => c.category === category && c.leadDepartmentId)
          .map((c) => code.get(c.leadDepartmentId!)!),
      );
    const city = (category: string) => [...leadCodes(category)].filter((c) => c.startsWith('430400-'));
    expect(city('用工')).toEqual(['430400-rsj']);
    expect(city('原材料供应')).toEqual(['430400-gxj']);
    expect(city('物流运输')).toEqual(['430400-jtj']);
    expect(city('资金融资').every((c) => ['430400-rhzx', '430400-czj', '430400-jrb'].includes(c))).toBe(true);
    expect(city('防疫物资').every((c) => ['430400-gxj', '430400-wjw'].includes(c))).toBe(true);
    expect(city('能源要素保障').every((c) => ['430400-gwgd', '430400-gas'].includes(c))).toBe(true);
    expect(city('审批手续').every((c) => ['430400-zrj', '430400-fgw'].includes(c))).toBe(true);
    expect(city('政策兑现').every((c) => ['430400-fgw', '430400-czj', '430400-rsj'].includes(c))).toBe(true);
    expect(city('其他')).toEqual(['430400-fgw']);
    for (const c of cases) {
      if (!c.leadDepartmentId) continue;
      const lead = input.departments.find((d) => d.id === c.leadDepartmentId)!;
      if (lead.regionCode !== '430400') expect(lead.regionCode).toBe(c.regionCode);
      expect(c.departments.filter((d) => d.role === 'lead').map((d) => d.departmentId)).toEqual([lead.id]);
    }
    const routed = cases.filter((c) => c.leadDepartmentId);
    const county = routed.filter((c) => !code.get(c.leadDepartmentId!)!.startsWith('430400-'));
    expect(county.length / routed.length).toBeGreaterThan(0.05);
    expect(county.length / routed.length).toBeLessThan(0.3);
    const withCo = routed.filter((c) => c.departments.some((d) => d.role === 'co' && d.part));
    expect(withCo.length / routed.length).toBeGreaterThan(0.14);
    expect(withCo.length / routed.length).toBeLessThan(0.28);
  });

  it('has about a quarter urgent', () => {
    const urgent = cases.filter((c) => c.priority === 'urgent').length / cases.length;
    expect(urgent).toBeGreaterThan(0.17);
    expect(urgent).toBeLessThan(0.35);
  });

  it('lays out every timeline in order, as the state machine allows, and nothing after now', () => {
    const roles: Record<string, CaseParty> = { dispatcher: 'dispatcher', county_dispatcher: 'dispatcher' };
    for (const c of cases) {
      const [first, ...rest] = c.events;
      expect(first!.action).toBe('create');
      expect(first!.fromState).toBeNull();
      expect(first!.toState).toBe('submitted');
      expect(first!.at).toBe(c.createdAt);
      expect(first!.actorName).toBe(c.requesterName);
      let state: CaseState = 'submitted';
      let previous = first!;
      let lead: number | null = null;
      let openParts = new Set<number>();
      let pendingExtension = false;
      for (const e of rest) {
        expect(ms(e.at)).toBeGreaterThanOrEqual(ms(previous.at));
        expect(ms(e.at)).toBeLessThanOrEqual(ms(caseScenarioNow));
        expect(e.at).toMatch(/^2020-0[23]-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
        expect(e.fromState).toBe(state);
        const action = e.action as CaseAction;
        const facts = { state, openParts: openParts.size, hasPendingExtension: pendingExtension };
        expect(e.toState).toBe(nextState(problemKind, action, facts, e.body));
        const parties: CaseParty[] = [];
        if (roles[e.actorRole]) parties.push(roles[e.actorRole]!);
        if (e.actorName === c.requesterName) parties.push('requester');
        if (e.actorRole === 'department_officer') parties.push(e.departmentId === lead ? 'lead' : 'co');
        const refusal = checkAction(problemKind, action, facts, parties);
        expect(refusal, `${c.number} ${e.action} by ${e.actorName} in ${state}`).toBeNull();
        if (action === 'assign') {
          lead = e.departmentId;
          openParts = new Set(
            (e.body.coDepartments as { departmentId: number }[]).map((d) => d.departmentId),
          );
        }
        if (action === 'complete-part') openParts.delete(e.departmentId!);
        if (action === 'request-extension') pendingExtension = true;
        if (action === 'decide-extension') pendingExtension = false;
        if (['return', 'resolve', 'close-as', 'request-extension', 'decide-extension'].includes(action))
          expect(hasChinese(e.text)).toBe(true);
        state = e.toState!;
        previous = e;
      }
      expect(c.state).toBe(state);
    }
  });

  it('keeps the case fields in line with its timeline', () => {
    for (const c of cases) {
      const last = (action: string) => c.events.filter((e) => e.action === action).at(-1);
      if (c.state === 'closed') {
        expect(c.closedAt).toBe(c.events.at(-1)!.at);
        if (c.closedAs === 'satisfied') {
          expect(c.satisfied).toBe(true);
          expect(c.rating).toBeGreaterThanOrEqual(3);
          expect(c.rating).toBeLessThanOrEqual(5);
          expect(c.resolvedAt).toBe(last('resolve')!.at);
          // Co-departments finish their parts before the lead resolves (the engine refuses otherwise).
          expect(c.departments.filter((d) => d.role === 'co').every((d) => d.doneAt !== null)).toBe(true);
        } else {
          expect(['duplicate', 'out_of_remit']).toContain(c.closedAs);
          expect(c.events.map((e) => e.action)).toEqual(['create', 'close-as']);
          expect(c.leadDepartmentId).toBeNull();
          expect(c.rating).toBeNull();
        }
      } else {
        expect(c.closedAt).toBeNull();
        expect(c.closedAs).toBeNull();
      }
      if (c.state === 'accepted' || c.state === 'resolved') expect(c.acceptedAt).toBe(last('accept')!.at);
      if (c.state === 'resolved') expect(c.resolution).toBe(last('resolve')!.text);
      if (c.closedAs === 'duplicate') {
        const original = /WT-\d{8}-\d{4}/.exec(c.events[1]!.text!)![0];
        expect(cases.find((o) => o.number === original)!.enterpriseId).toBe(c.enterpriseId);
        expect(original < c.number || original.slice(3, 11) < c.number.slice(3, 11)).toBe(true);
      }
    }
  });

  it('computes deadlines in working days from the assignment (or the reopening), moved by approved extensions', () => {
    let checked = 0;
    for (const c of cases) {
      if (!c.assignedAt) continue;
      const anchors = c.events.filter(
        (e) => e.action === 'assign' || (e.action === 'confirm' && e.toState === 'reopened'),
      );
      const anchor = anchors.at(-1)!;
      const date = shanghaiDate(new Date(anchor.at));
      const days = c.priority === 'urgent' ? 3 : 10;
      expect(ms(c.acceptDeadline!)).toBe(workingDayDeadline(date, 1).getTime());
      const extension = c.events.filter(
        (e) => e.action === 'decide-extension' && e.body.approve === true && e.at > anchor.at,
      );
      // The decision carries no date: the extension is to the date the lead asked for.
      const requested = c.events.filter(
        (e) => e.action === 'request-extension' && extension.length > 0 && e.at <= extension.at(-1)!.at,
      );
      const expected = extension.length
        ? endOfDay(requested.at(-1)!.body.until as string).getTime()
        : workingDayDeadline(date, days).getTime();
      expect(ms(c.resolveDeadline!)).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);

    // Friday 6 March: accept by the end of Monday 9 March (the weekend does not count).
    const friday = cases.find(
      (c) =>
        c.assignedAt?.startsWith('2020-03-06') && c.events.filter((e) => e.action === 'assign').length === 1,
    )!;
    expect(friday).toBeDefined();
    expect(ms(friday.acceptDeadline!)).toBe(ms('2020-03-10T00:00:00+08:00'));
    expect(ms(friday.acceptDeadline!)).toBe(workingDayDeadline('2020-03-06', 1).getTime());
    expect(deadlineDateOf(friday.acceptDeadline!)).toBe('2020-03-09');
    if (friday.priority === 'normal') expect(deadlineDateOf(friday.resolveDeadline!)).toBe('2020-03-20');
    else expect(deadlineDateOf(friday.resolveDeadline!)).toBe('2020-03-11');
  });

  it('has the variety of a real month: returns, extensions, unsatisfied confirmations, closing at the start', () => {
    const count = (test: (e: ScenarioCaseEvent) => boolean) =>
      cases.filter((c) => c.events.some(test)).length;
    expect(count((e) => e.action === 'return')).toBeGreaterThanOrEqual(3);
    expect(count((e) => e.action === 'request-extension')).toBeGreaterThanOrEqual(3);
    expect(count((e) => e.action === 'decide-extension' && e.body.approve === true)).toBeGreaterThanOrEqual(
      2,
    );
    expect(count((e) => e.action === 'decide-extension' && e.body.approve === false)).toBeGreaterThanOrEqual(
      1,
    );
    expect(count((e) => e.action === 'confirm' && e.body.satisfied === false)).toBeGreaterThanOrEqual(3);
    expect(count((e) => e.action === 'complete-part')).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.closedAs === 'duplicate').length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((c) => c.closedAs === 'out_of_remit').length).toBeGreaterThanOrEqual(2);
    const lateAccepts = cases.filter((c) => {
      const assign = c.events.filter((e) => e.action === 'assign').at(-1);
      const accept = c.events.find((e) => e.action === 'accept' && assign && e.at > assign.at);
      return accept && c.acceptDeadline && ms(accept.at) > ms(c.acceptDeadline);
    });
    expect(lateAccepts.length).toBeGreaterThanOrEqual(3);
    // The enterprise with a demo account follows its own problems.
    const own = cases.filter((c) => c.requesterUserId === 7);
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(own.every((c) => c.enterpriseId === 1 || c.description.includes('隆源铜业'))).toBe(true);
  });

  it('on 8 March 18:00 most are closed and rated, some open, a few red and some yellow', () => {
    const closed = cases.filter((c) => c.state === 'closed');
    expect(closed.length / cases.length).toBeGreaterThanOrEqual(0.8);
    expect(closed.length / cases.length).toBeLessThanOrEqual(0.88);
    for (const state of ['assigned', 'accepted', 'resolved'] as const)
      expect(cases.filter((c) => c.state === state).length).toBeGreaterThanOrEqual(3);
    for (const c of closed.filter((c) => c.closedAs === 'satisfied')) expect(c.rating).not.toBeNull();
    const red = cases.filter((c) => worst(c) === 'red');
    expect(red.length).toBeGreaterThanOrEqual(3);
    expect(red.length).toBeLessThanOrEqual(8);
    expect(red.some((c) => lights(c).resolve === 'red' && c.state === 'accepted')).toBe(true);
    // Few yellow: most open cases still have days left, and those assigned on Friday have had no working day yet.
    const yellow = cases.filter((c) => worst(c) === 'yellow').length;
    expect(yellow).toBeGreaterThanOrEqual(1);
    expect(yellow).toBeLessThan(red.length + 5);
    const confirms = cases.flatMap((c) => c.events.filter((e) => e.action === 'confirm'));
    const satisfied = confirms.filter((e) => e.body.satisfied === true).length / confirms.length;
    expect(satisfied).toBeGreaterThan(0.85);
    expect(satisfied).toBeLessThan(0.99);
    const rated = cases.filter((c) => c.rating !== null);
    const good = rated.filter((c) => c.rating! >= 4).length / rated.length;
    expect(good).toBeGreaterThan(0.8);
    expect(good).toBeLessThan(0.97);
  });

  // Its speed is part of the start-up benchmark (npm run bench), not a timed test that a busy machine fails.
  it('is deterministic', () => {
    expect(generateCases(buildInput())).toEqual(cases);
    expect(generateCases(input, 7)).not.toEqual(cases);
  });
});
