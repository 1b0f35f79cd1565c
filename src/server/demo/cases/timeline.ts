import { problemKind } from '../../../domain/cases/problem';
import type { CaseAction, CasePriority } from '../../../domain/cases/workflow';
import { addWorkingDays, endOfDay } from '../../../domain/working-days';
import { createRandom, type Random } from '../random';
import type { Department, Directory, Person } from './people';
import type { Plan } from './plan';
import { applyStep, submitted, type Fields } from './replay';
import { HOUR, MINUTE, deadlineDate, nowMs, office, wholeSecond } from './time';
import type { ScenarioCaseEvent } from './types';

// Timelines: each plan laid out as the actions the API would have taken; what each action changes (state,
// fields, deadlines, the timeline's text) is the engine's `applyCaseAction`, replayed in replay.ts.

export type { Fields } from './replay';

export interface Step {
  at: number;
  event: Omit<ScenarioCaseEvent, 'at' | 'fromState' | 'toState'>;
  fields: Fields;
}

export function resolveDays(priority: CasePriority): number {
  return problemKind.timeLimits.resolveDays[priority];
}

/**
 * A fraction of the way from `from` to `to`, in working hours: when the working-hours instant would not come
 * before `to`, a point nearer `from` is tried, and the raw instant is the last resort.
 */
export function between(r: Random, from: number, to: number, fraction: number): number {
  const span = Math.max(0, to - from);
  for (let f = fraction; f > fraction / 16; f /= 2) {
    const moved = office(r, wholeSecond(from + span * f));
    if (moved > from && moved < to) return moved;
  }
  return wholeSecond(from + span * fraction);
}

/** The whole planned timeline of a case (also past the demo's now; the caller cuts it). */
export function layOut(plan: Plan, directory: Directory, prompt: boolean): Step[] {
  const r = createRandom(plan.seed);
  const steps: Step[] = [];
  const fields = submitted();
  let last = plan.createdMs;
  // Events never go back in time: a step planned before the previous one happens right after it.
  const record = (at: number) => {
    const time = Math.max(wholeSecond(at), last);
    last = time;
    return time;
  };
  const push = (
    at: number,
    action: CaseAction,
    actor: Person,
    departmentId: number | null,
    body: Record<string, unknown> = {},
  ): number => {
    const time = record(at);
    const text = applyStep(plan, fields, directory, { at: time, action, actor, departmentId, body });
    steps.push({
      at: time,
      event: { action, actorName: actor.name, actorRole: actor.role, departmentId, text, body },
      fields: { ...fields, departments: fields.departments.map((d) => ({ ...d })) },
    });
    return time;
  };

  steps.push({
    at: record(plan.createdMs),
    event: {
      action: 'create',
      actorName: plan.requester.name,
      actorRole: plan.requester.role,
      departmentId: null,
      text: null,
      body: {},
    },
    fields: { ...fields, departments: [] },
  });
  if (plan.closeAs) {
    const { as, reason } = plan.closeAs;
    push(office(r, plan.createdMs + r.int(20, 240) * MINUTE), 'close-as', plan.assigner, null, {
      as,
      reason,
    });
    return steps;
  }
  const lead = plan.lead!;
  const leadOfficer = directory.officer(lead);

  const assign = (at: number, department: Department, co: Plan['co']): number =>
    push(at, 'assign', plan.assigner, department.id, {
      leadDepartmentId: department.id,
      coDepartments: co ? [{ departmentId: co.department.id, part: co.part }] : [],
    });

  let assignedAt = office(r, plan.createdMs + r.int(10, 240) * MINUTE);
  if (plan.misroutedTo) {
    const wrong = plan.misroutedTo;
    assign(assignedAt, wrong, null);
    const reason = `经核实，该问题主要涉及${lead.name}职责，非本单位职能范围，请改派`;
    const returnedAt = push(
      office(r, assignedAt + r.int(60, 360) * MINUTE),
      'return',
      directory.officer(wrong),
      wrong.id,
      { reason },
    );
    assignedAt = office(r, returnedAt + r.int(20, 180) * MINUTE);
  }
  assignedAt = assign(assignedAt, lead, plan.co);
  if (plan.stuck === 'accept') return steps;

  const accept = (from: number, late: boolean, note: string | null): number => {
    const deadline = fields.acceptDeadline!;
    let at = late ? office(r, deadline + r.int(60, 900) * MINUTE) : office(r, from + r.int(10, 300) * MINUTE);
    if (!late && at >= deadline) at = Math.max(from + 5 * MINUTE, deadline - r.int(20, 180) * MINUTE);
    return push(at, 'accept', leadOfficer, lead.id, note ? { note } : {});
  };
  const acceptedAt = accept(
    assignedAt,
    plan.lateAccept && !prompt,
    r.pick([null, '已签收，安排专人对接企业', '已签收，今日联系企业', null]),
  );

  // Work: extension, progress and the co-department's part, then the resolution (or none when stuck).
  const pending: { at: number; run: () => void }[] = [];
  const originalDeadline = fields.resolveDeadline!;
  let anchor = acceptedAt;
  let deadline = originalDeadline;
  if (plan.extension) {
    const requestedAt = between(r, acceptedAt, originalDeadline - 2 * HOUR, 0.45 + r.next() * 0.4);
    const until = addWorkingDays(deadlineDate(originalDeadline), r.int(3, 6));
    const decidedAt = Math.min(
      office(r, requestedAt + r.int(40, 360) * MINUTE),
      Math.max(requestedAt + 20 * MINUTE, originalDeadline - 20 * MINUTE),
    );
    const approve = plan.extension === 'approve';
    const reason = plan.extensionReason;
    pending.push({
      at: requestedAt,
      run: () => push(requestedAt, 'request-extension', leadOfficer, lead.id, { until, reason }),
    });
    pending.push({
      at: decidedAt,
      run: () =>
        push(
          decidedAt,
          'decide-extension',
          plan.assigner,
          lead.id,
          approve ? { approve } : { approve, reason: '请加大协调力度，按原期限办结' },
        ),
    });
    anchor = approve ? Math.max(decidedAt, originalDeadline - 4 * HOUR) : decidedAt;
    if (approve) deadline = endOfDay(until).getTime();
  }

  let resolvedAt: number | null = null;
  if (plan.stuck !== 'resolve') {
    const end = deadline - 20 * MINUTE;
    const start = anchor + Math.min(HOUR, Math.max(0, end - anchor) / 3);
    if (plan.lateResolve && !prompt) resolvedAt = office(r, deadline + r.int(2, 40) * HOUR);
    else {
      const u = r.next();
      const fraction = plan.priority === 'urgent' ? 0.1 + 0.8 * u ** 1.2 : 0.04 + 0.8 * u ** 1.7;
      resolvedAt = start >= end ? start : between(r, start, end, fraction);
    }
  }
  const workEnd = resolvedAt ?? Math.max(acceptedAt + HOUR, nowMs - r.int(2, 30) * HOUR);
  const progress = [...plan.progress];
  for (let k = 0; k < plan.progressCount + (plan.stuck ? 1 : 0); k++) {
    const at = between(r, acceptedAt, workEnd, 0.1 + r.next() * 0.8);
    const text = progress.splice(r.int(0, progress.length - 1), 1)[0] ?? '正在协调办理';
    pending.push({ at, run: () => push(at, 'progress', leadOfficer, lead.id, { text }) });
  }
  if (plan.co && resolvedAt !== null) {
    const co = plan.co.department;
    const coDeadline = fields.departments.find((d) => d.role === 'co')!.deadline!;
    const at = between(r, acceptedAt, Math.min(resolvedAt, coDeadline) - 10 * MINUTE, 0.3 + r.next() * 0.6);
    const text = plan.coDone!;
    pending.push({ at, run: () => push(at, 'complete-part', directory.officer(co), co.id, { text }) });
  }
  pending.sort((a, b) => a.at - b.at);
  for (const p of pending) p.run();
  if (resolvedAt === null) return steps;

  const resolve = (at: number, resolution: string) =>
    push(at, 'resolve', leadOfficer, lead.id, { resolution });
  const requesterIsDispatcher =
    plan.requester.role === 'dispatcher' || plan.requester.role === 'county_dispatcher';
  const confirm = (from: number, satisfied: boolean, rating: number, said: string) => {
    const comment = satisfied && requesterIsDispatcher ? `经电话回访企业：${said}` : said;
    return push(office(r, from + r.int(60, 40 * 60) * MINUTE, 22 * 60), 'confirm', plan.requester, null, {
      satisfied,
      rating,
      comment,
    });
  };
  const praise = (stars: number) =>
    stars >= 5
      ? r.pick(['办理及时，非常满意', '问题已解决，感谢相关部门', '对办理结果满意'])
      : stars === 4
        ? r.pick(['对办理结果满意', '问题已解决', '基本满意'])
        : '问题基本解决，希望后续继续关注';

  resolve(resolvedAt, plan.resolution);
  if (!plan.unsatisfied) {
    confirm(resolvedAt, true, plan.rating, praise(plan.rating));
    return steps;
  }
  // Unsatisfied: the engine restarts the deadlines from the reopening; accepted and resolved again.
  const reopenedAt = confirm(resolvedAt, false, r.int(1, 2), plan.complaint[0]);
  const again = accept(reopenedAt, false, '已重新签收，再次对接企业');
  const secondEnd = fields.resolveDeadline! - 20 * MINUTE;
  const secondAt = between(r, again + HOUR, secondEnd, 0.1 + r.next() * 0.5);
  resolve(secondAt, `${plan.resolution}；针对企业反映的“${plan.complaint[0]}”，${plan.complaint[1]}`);
  confirm(secondAt, true, plan.secondRating, praise(plan.secondRating));
  return steps;
}

export function isRed(fields: Fields): boolean {
  const overdue = (deadline: number | null) => deadline !== null && nowMs > deadline;
  if (fields.state === 'assigned' || fields.state === 'reopened')
    return overdue(fields.acceptDeadline) || overdue(fields.resolveDeadline);
  if (fields.state === 'accepted') return overdue(fields.resolveDeadline);
  return false;
}

export function upToNow(steps: Step[]): Step[] {
  return steps.filter((s) => s.at <= nowMs);
}
