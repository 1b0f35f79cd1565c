import { problemKind, type ProblemCategory, type ProblemSource } from '../../../domain/cases/problem';
import { caseNumber, type CaseState } from '../../../domain/cases/workflow';
import { addDays } from '../../../domain/dates';
import { addWorkingDays } from '../../../domain/working-days';
import { apportion, createRandom } from '../random';
import { Directory } from './people';
import { planCase, planOutOfRemit, requesterFor, sourcePrefix, type Draft, type Plan } from './plan';
import { categoryTexts, categoryWeights, pickWeighted } from './texts/index';
import { isRed, layOut, resolveDays, upToNow, type Step } from './timeline';
import { MINUTE, dateOf, instant, iso, minuteOfDay, office } from './time';
import {
  caseScenarioEnd,
  caseScenarioStart,
  type CaseScenarioInput,
  type ScenarioCase,
  type ScenarioCaseEvent,
} from './types';

/** About 300 problems with their routing and timelines up to 8 March 2020 18:00, deterministic for a seed. */
export function generateCases(input: CaseScenarioInput, seed = 20200311): ScenarioCase[] {
  const r = createRandom(seed);
  const directory = new Directory(input, createRandom(seed ^ 0x5bd1e995));
  const enterprises = input.subjects.filter((s) => s.kind === 'enterprise');
  const projects = input.subjects.filter((s) => s.kind === 'project');
  if (input.subjects.length === 0) throw new Error('generateCases: no subjects');

  const dayCount = 28;
  const dates = Array.from({ length: dayCount }, (_, d) => addDays(caseScenarioStart, d));
  const dayWeights = dates.map((date, d) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 0.55 : 1;
    const phase = d < 7 ? 1.5 : d < 14 ? 1.25 : d < 21 ? 0.8 : 0.6;
    return phase * weekend * (date === caseScenarioEnd ? 0.6 : 1);
  });

  const drafts: (Draft & { special?: 'forced' | 'out_of_remit' })[] = [];
  const createdAt = (date: string): number => {
    const last = date === caseScenarioEnd ? 15 * 60 + 30 : 20 * 60 + 30;
    const minute = r.chance(0.6) ? r.int(8 * 60, 12 * 60) : r.int(12 * 60, last);
    return instant(date, minute, r.int(0, 59));
  };

  // The enterprises whose users have accounts raise a few of their own problems (early, middle, recent).
  for (const firm of directory.linkedEnterprises()) {
    const subject = enterprises.find((s) => s.id === firm);
    if (!subject) continue;
    for (const [date, category] of [
      ['2020-02-11', '用工'],
      ['2020-02-24', '物流运输'],
      ['2020-03-05', '资金融资'],
    ] as const)
      drafts.push({ createdMs: createdAt(date), category, subject, source: 'enterprise', special: 'forced' });
  }

  const total = r.int(292, 304);
  const duplicates = 4;
  const perDay = apportion(total - duplicates - drafts.length, dayWeights);
  let outOfRemitLeft = 3;
  for (const [d, date] of dates.entries()) {
    const t = d / (dayCount - 1);
    const weights = (Object.entries(categoryWeights) as [ProblemCategory, [number, number]][]).map(
      ([category, [early, late]]) => [category, early * (1 - t) + late * t] as const,
    );
    for (let k = 0; k < perDay[d]!; k++) {
      const category = pickWeighted(r, weights);
      const hasProjectTemplate = categoryTexts[category].templates.some((x) => x.for !== 'enterprise');
      const pool =
        projects.length > 0 && hasProjectTemplate && (r.chance(0.2) || enterprises.length === 0)
          ? projects
          : enterprises.length > 0
            ? enterprises
            : projects;
      const special =
        outOfRemitLeft > 0 && enterprises.length > 0 && d % 7 === 4 && k === 0 ? 'out_of_remit' : undefined;
      if (special) outOfRemitLeft--;
      const subject = r.pick(special ? enterprises : pool);
      drafts.push({ createdMs: createdAt(date), category, subject, special });
    }
  }

  let outIndex = 0;
  const plans: Plan[] = drafts.map((draft) =>
    draft.special === 'out_of_remit'
      ? planOutOfRemit(directory, r, draft, outIndex++)
      : planCase(directory, r, draft),
  );

  // Duplicates: the same problem raised again through another channel a day or two later.
  const originals = plans.filter(
    (p) => !p.closeAs && p.createdMs < instant('2020-03-05', 0) && p.source !== 'hotline_12345',
  );
  for (let k = 0; k < duplicates && originals.length > 0; k++) {
    const original = originals.splice(r.int(0, originals.length - 1), 1)[0]!;
    const createdMs = Math.min(
      original.createdMs + r.int(3 * 60, 50 * 60) * MINUTE,
      instant(caseScenarioEnd, 15 * 60),
    );
    const source: ProblemSource =
      original.source === 'enterprise' ? r.pick(['liaison_visit', 'hotline_12345'] as const) : 'enterprise';
    plans.push({
      ...original,
      createdMs: office(r, createdMs),
      source,
      reportDate: null,
      requester: requesterFor(directory, r, source, original.subject, false),
      assigner: directory.cityDispatcher,
      lead: null,
      co: null,
      misroutedTo: null,
      closeAs: { as: 'duplicate', reason: '' },
      duplicateOf: original,
    });
  }

  // Numbers: per day in order of creation.
  plans.sort((a, b) => a.createdMs - b.createdMs);
  const serials = new Map<string, number>();
  for (const [i, plan] of plans.entries()) {
    const date = dateOf(plan.createdMs);
    const serial = (serials.get(date) ?? 0) + 1;
    serials.set(date, serial);
    plan.number = caseNumber(problemKind, date, serial);
    plan.seed = (seed + (i + 1) * 7919) >>> 0;
  }
  for (const plan of plans)
    if (plan.duplicateOf)
      plan.closeAs = {
        as: 'duplicate',
        reason: `与${plan.duplicateOf.number}反映的是同一问题，已并入该事项办理`,
      };

  // A handful stay overdue on 8 March: unresolved past the resolution deadline, or not even accepted.
  const workable = (p: Plan) => !p.closeAs && !p.misroutedTo && !p.unsatisfied && p.extension !== 'approve';
  const latestDate = (p: Plan) => addDays(dateOf(p.createdMs), 1);
  const stuckResolve = plans.filter(
    (p) =>
      workable(p) &&
      p.createdMs >= instant('2020-02-17', 0) &&
      ['审批手续', '资金融资', '原材料供应', '能源要素保障', '用工', '其他'].includes(p.category) &&
      addWorkingDays(latestDate(p), resolveDays(p.priority)) >= '2020-02-28' &&
      addWorkingDays(latestDate(p), resolveDays(p.priority)) <= '2020-03-05',
  );
  const stuckAccept = plans.filter(
    (p) =>
      workable(p) &&
      !p.co &&
      ['2020-03-03', '2020-03-04'].includes(dateOf(p.createdMs)) &&
      minuteOfDay(p.createdMs) < 17 * 60,
  );
  for (const [pool, count, how] of [
    [stuckResolve, r.int(3, 4), 'resolve'],
    [stuckAccept, r.int(1, 2), 'accept'],
  ] as const) {
    const candidates = [...pool];
    for (let k = 0; k < count && candidates.length > 0; k++) {
      const plan = candidates.splice(r.int(0, candidates.length - 1), 1)[0]!;
      plan.stuck = how;
      plan.lateAccept = false;
      if (how === 'resolve' && plan.extension === null && r.chance(0.5)) plan.extension = 'refuse';
    }
  }

  return plans.map((plan) => {
    let steps = upToNow(layOut(plan, directory, false));
    // Only the chosen few are overdue on 8 March; everyone else was late, if at all, only in the past.
    if (!plan.stuck && isRed(steps.at(-1)!.fields)) steps = upToNow(layOut(plan, directory, true));
    return toCase(plan, steps);
  });
}

function toCase(plan: Plan, steps: Step[]): ScenarioCase {
  const f = steps.at(-1)!.fields;
  const at = (ms: number | null) => (ms === null ? null : iso(ms));
  let state: CaseState | null = null;
  const events = steps.map((s): ScenarioCaseEvent => {
    const fromState = s.event.action === 'create' ? null : state;
    state = s.fields.state;
    return { at: iso(s.at), ...s.event, fromState, toState: s.fields.state };
  });
  return {
    number: plan.number,
    title: plan.title,
    description: sourcePrefix(plan.source, plan.reportDate) + plan.core,
    category: plan.category,
    priority: plan.priority,
    source: plan.source,
    regionCode: plan.subject.regionCode,
    enterpriseId: plan.subject.kind === 'enterprise' ? plan.subject.id : null,
    projectId: plan.subject.kind === 'project' ? plan.subject.id : null,
    reportDate: plan.reportDate,
    requesterUserId: plan.requester.userId,
    requesterName: plan.requester.name,
    state: f.state,
    leadDepartmentId: f.leadDepartmentId,
    createdAt: iso(plan.createdMs),
    assignedAt: at(f.assignedAt),
    acceptDeadline: at(f.acceptDeadline),
    resolveDeadline: at(f.resolveDeadline),
    acceptedAt: at(f.acceptedAt),
    resolvedAt: at(f.resolvedAt),
    closedAt: at(f.closedAt),
    closedAs: f.closedAs,
    resolution: f.resolution,
    satisfied: f.satisfied,
    rating: f.rating,
    departments: f.departments.map((d) => ({
      departmentId: d.departmentId,
      role: d.role,
      part: d.part,
      deadline: at(d.deadline),
      doneAt: at(d.doneAt),
    })),
    events,
  };
}
