import { z } from 'zod';
import { shanghaiDate } from '../dates';
import { endOfDay, workingDayDeadline } from '../working-days';
import type { CaseActionDefinition, CaseSnapshot, EffectDraft, NoticeRecipient, UnitRef } from './case-kind';
import { sameUnit } from './case-kind';
import { defineAction } from './define';
import { dateText, line, longText, optionalNote, positiveId, regionCodeText } from './schema-parts';
import type { CaseParty, CaseState, Refusal } from './workflow';

/** The actions every kind shares (API.md keeps their names); a kind picks those it uses and adds its own. */

const reason = line(500).describe('理由');
const field = (name: string, message: string): Refusal => ({ code: 'invalid_field', field: name, message });
/** The Shanghai date a deadline (24:00 of that day) belongs to. */
export const dateOfDeadline = (deadline: Date) => shanghaiDate(new Date(deadline.getTime() - 1));
export const noticeTitle = (what: string, s: CaseSnapshot) => `${what}：${s.number}「${s.title}」`;
const notice = (to: NoticeRecipient[], what: string, s: CaseSnapshot, body: string | null) => ({
  to,
  title: noticeTitle(what, s),
  body: body ?? s.title,
});
const draft = (d: Partial<EffectDraft>): EffectDraft => ({
  changes: {},
  units: null,
  text: null,
  notice: null,
  ...d,
});
/** Deadlines restart when a case goes back to its units (unsatisfied, reopened). */
const restartedClock = (now: Date, today: string, limits: { acceptDays: number; resolveDays: number }) => ({
  timerStartedAt: now,
  acceptDeadline: workingDayDeadline(today, limits.acceptDays),
  resolveDeadline: workingDayDeadline(today, limits.resolveDays),
});

export const assignBody = z
  .strictObject({
    leadDepartmentId: positiveId.optional().describe('牵头部门'),
    leadRegionCode: regionCodeText.optional().describe('牵头单位为区县政府时，该区县的区划代码'),
    coDepartments: z
      .array(z.strictObject({ departmentId: positiveId, part: line(200).describe('承担的部分') }))
      .max(10)
      .default([])
      .describe('协办部门'),
    deadline: dateText.nullish().describe('办结期限（默认按类型、类别和紧急程度的工作日）'),
    note: optionalNote.describe('交办意见'),
  })
  .describe('交办：牵头部门或区县政府（二选一）、协办部门、期限');

export const assign = defineAction({
  label: '交办',
  description: '调度员把事项交给牵头单位（部门或区县政府）和协办部门',
  from: ['submitted', 'returned'],
  parties: ['dispatcher'],
  to: 'assigned',
  body: assignBody,
  effect({ def, snapshot, body, context }) {
    if ((body.leadDepartmentId === undefined) === (body.leadRegionCode === undefined))
      return field('leadDepartmentId', '请选择一个牵头单位（部门或区县政府）');
    const lead: UnitRef =
      body.leadRegionCode !== undefined
        ? { type: 'region', code: body.leadRegionCode }
        : { type: 'department', id: body.leadDepartmentId! };
    const leadName = context.unitName(lead);
    if (!leadName)
      return field(lead.type === 'region' ? 'leadRegionCode' : 'leadDepartmentId', '牵头单位不存在');
    const co: { unit: UnitRef; part: string }[] = [];
    for (const [i, c] of body.coDepartments.entries()) {
      const unit: UnitRef = { type: 'department', id: c.departmentId };
      if (!context.unitName(unit)) return field(`coDepartments.${i}.departmentId`, '协办单位不存在');
      if (sameUnit(unit, lead)) return field(`coDepartments.${i}.departmentId`, '协办单位不能与牵头单位相同');
      co.push({ unit, part: c.part });
    }
    if (body.deadline && body.deadline <= context.today) return field('deadline', '办结期限须晚于今天');
    const fallback = def.defaultDeadline?.(snapshot);
    const until = body.deadline ?? (fallback && fallback > context.today ? fallback : null);
    const resolveDeadline = until
      ? endOfDay(until)
      : workingDayDeadline(context.today, context.limits.resolveDays);
    const text = `交办${leadName}牵头办理${co.length > 0 ? `，${co.length} 个单位协办` : ''}，${dateOfDeadline(resolveDeadline)} 前办结${body.note ? `。${body.note}` : ''}`;
    return draft({
      changes: {
        leadUnit: lead,
        assignedAt: context.now,
        timerStartedAt: context.now,
        acceptDeadline: workingDayDeadline(context.today, context.limits.acceptDays),
        resolveDeadline,
        pendingExtension: null,
      },
      units: { type: 'assign', lead, co, deadline: resolveDeadline },
      text,
      notice: notice(['units'], '新交办', snapshot, text),
    });
  },
});

export const acceptBody = z.strictObject({ note: optionalNote }).describe('签收（可附说明）');
export const accept = defineAction({
  label: '签收',
  description: '牵头单位签收，开始办理',
  from: ['assigned', 'reopened'],
  parties: ['lead'],
  to: 'accepted',
  body: acceptBody,
  effect: ({ snapshot, body, context }) =>
    draft({
      changes: { acceptedAt: context.now },
      text: body.note ?? null,
      notice: notice(['requester'], '已签收', snapshot, body.note ?? null),
    }),
});

export const progressBody = z.strictObject({ text: line(1000).describe('进展') }).describe('办理进展');
export const progress = defineAction({
  label: '报告进展',
  description: '牵头或协办单位报告办理进展',
  from: ['accepted'],
  parties: ['lead', 'co'],
  body: progressBody,
  effect: ({ snapshot, body }) =>
    draft({ text: body.text, notice: notice(['requester'], '办理进展', snapshot, body.text) }),
});

export const completePartBody = z
  .strictObject({ text: line(1000).describe('完成情况') })
  .describe('协办完成情况');
export const completePart = defineAction({
  label: '协办完成',
  description: '协办单位完成本单位承担的部分',
  from: ['accepted'],
  parties: ['co'],
  body: completePartBody,
  guard: (facts) => (facts.ownPartDone ? '本单位协办部分已完成' : null),
  effect: ({ snapshot, body, context }) =>
    draft({
      units: context.actor.unit ? { type: 'part-done', unit: context.actor.unit } : null,
      text: body.text,
      notice: notice(['lead'], '协办完成', snapshot, body.text),
    }),
});

export const resolveBody = z
  .strictObject({ resolution: longText(2000, '请填写办理结果').describe('办理结果、办结报告或整改情况') })
  .describe('办结');

/** 办结: each kind says who hears of it (the requester confirms, the dispatcher verifies, an inspector re-checks). */
export function resolveAction(options: {
  label: string;
  description: string;
  notify: NoticeRecipient[];
  noticeText: string;
}): CaseActionDefinition {
  return defineAction({
    label: options.label,
    description: options.description,
    from: ['accepted'],
    parties: ['lead'],
    to: 'resolved',
    body: resolveBody.describe(options.label),
    guard: (facts) => (facts.openParts > 0 ? `还有 ${facts.openParts} 个协办单位未完成，暂不能办结` : null),
    effect: ({ snapshot, body, context }) =>
      draft({
        changes: { resolution: body.resolution, resolvedAt: context.now },
        text: body.resolution,
        notice: notice(options.notify, options.noticeText, snapshot, body.resolution),
      }),
  });
}

export const returnBody = z.strictObject({ reason }).describe('退回理由');
export const returnAction = defineAction({
  label: '退回',
  description: '牵头单位认为不属于本单位，退回调度员重新交办',
  from: ['assigned', 'accepted', 'reopened'],
  parties: ['lead'],
  to: 'returned',
  body: returnBody,
  effect: ({ snapshot, body }) =>
    draft({ text: body.reason, notice: notice(['dispatchers'], '被退回', snapshot, body.reason) }),
});

export const requestExtensionBody = z
  .strictObject({ until: dateText.describe('延期至'), reason })
  .describe('延期申请');
export const requestExtension = defineAction({
  label: '申请延期',
  description: '牵头单位申请推迟办结期限',
  from: ['accepted'],
  parties: ['lead'],
  body: requestExtensionBody,
  guard: (facts) => (facts.hasPendingExtension ? '已有延期申请待审批' : null),
  effect({ snapshot, body, context }) {
    const current = snapshot.resolveDeadline ? dateOfDeadline(snapshot.resolveDeadline) : context.today;
    if (body.until <= current) return field('until', `延期后的期限须晚于当前期限 ${current}`);
    const text = `申请延期至 ${body.until}：${body.reason}`;
    return draft({
      changes: {
        pendingExtension: { until: body.until, reason: body.reason, requestedBy: context.actor.name },
      },
      text,
      notice: notice(['dispatchers'], '延期申请', snapshot, text),
    });
  },
});

export const decideExtensionBody = z
  .strictObject({ approve: z.boolean().describe('是否同意'), reason: optionalNote.describe('理由') })
  .describe('延期审批');
export const decideExtension = defineAction({
  label: '审批延期',
  description: '调度员同意或不同意延期（不同意须说明理由）',
  from: ['accepted'],
  parties: ['dispatcher'],
  body: decideExtensionBody,
  guard: (facts) => (facts.hasPendingExtension ? null : '没有待审批的延期申请'),
  effect({ snapshot, body }) {
    const pending = snapshot.pendingExtension!;
    if (!body.approve && !body.reason) return field('reason', '不同意延期时请说明理由');
    const text = body.approve
      ? `同意延期至 ${pending.until}${body.reason ? `：${body.reason}` : ''}`
      : `不同意延期：${body.reason}`;
    return draft({
      changes: {
        pendingExtension: null,
        ...(body.approve ? { resolveDeadline: endOfDay(pending.until) } : {}),
      },
      text,
      notice: notice(['lead'], `延期${body.approve ? '已同意' : '未同意'}`, snapshot, text),
    });
  },
});

export const confirmBody = z
  .strictObject({
    satisfied: z.boolean().describe('是否满意'),
    rating: z.number().int().min(1).max(5).nullish().describe('评价星级 1–5'),
    comment: optionalNote.describe('意见（不满意时必填）'),
  })
  .describe('确认办理结果');
export const confirm = defineAction({
  label: '确认结果',
  description: '提出人（或调度员）确认办理结果：满意则销号，不满意则重新办理（须说明原因）',
  from: ['resolved'],
  parties: ['requester', 'dispatcher'],
  to: (body) => (body.satisfied ? 'closed' : 'reopened'),
  body: confirmBody,
  effect({ snapshot, body, context }) {
    if (!body.satisfied && !body.comment) return field('comment', '不满意时请说明原因');
    const text = body.satisfied
      ? `满意，销号${body.rating ? `（评价 ${body.rating} 星）` : ''}${body.comment ? `：${body.comment}` : ''}`
      : `不满意，重新办理：${body.comment}`;
    return draft({
      changes: body.satisfied
        ? { closedAt: context.now, closedAs: 'satisfied', satisfied: true, rating: body.rating ?? null }
        : { satisfied: false, ...restartedClock(context.now, context.today, context.limits) },
      text,
      notice: notice(['lead'], body.satisfied ? '已销号' : '要求重新办理', snapshot, text),
    });
  },
});

export const reopenBody = z.strictObject({ reason }).describe('重新办理的理由');
export const reopen = defineAction({
  label: '重新办理',
  description: '办结后、销号前，提出人或调度员要求重新办理',
  from: ['resolved'],
  parties: ['requester', 'dispatcher'],
  to: 'reopened',
  body: reopenBody,
  effect: ({ snapshot, body, context }) =>
    draft({
      changes: restartedClock(context.now, context.today, context.limits),
      text: body.reason,
      notice: notice(['lead'], '重新办理', snapshot, body.reason),
    }),
});

export const closeAsReasons = { duplicate: '重复事项', out_of_remit: '不属于政府职责范围' } as const;
/** How a case closed without being handled reads on its detail page. */
export const closeAsLabels = {
  duplicate: '重复事项，不予受理',
  out_of_remit: '不属于政府职责范围，不予受理',
} as const;
export const closeAsBody = z
  .strictObject({
    as: z.enum(['duplicate', 'out_of_remit']).describe('duplicate 重复事项；out_of_remit 不属于政府职责范围'),
    reason,
  })
  .describe('不予受理');
export const closeAs = defineAction({
  label: '不予受理',
  description: '交办前，调度员把重复或不属于政府职责的事项关闭',
  from: ['submitted', 'returned'],
  parties: ['dispatcher'],
  to: 'closed',
  body: closeAsBody,
  effect({ snapshot, body, context }) {
    const text = `${closeAsReasons[body.as]}：${body.reason}`;
    return draft({
      changes: { closedAt: context.now, closedAs: body.as },
      text,
      notice: notice(['requester'], '不予受理', snapshot, text),
    });
  },
});

const everyone: CaseParty[] = ['dispatcher', 'lead', 'co', 'requester', 'inspector', 'viewer'];
export const commentBody = z.strictObject({ text: line(1000).describe('留言') }).describe('留言');
export const comment = defineAction({
  label: '留言',
  description: '任何能看到事项的人留言',
  from: 'any',
  parties: everyone,
  body: commentBody,
  effect: ({ body }) => draft({ text: body.text }),
});

/** Back to the lead unit after a failed check (verify, re-check): the case is handled again, deadlines kept. */
export function backToUnits(snapshot: CaseSnapshot, what: string, text: string): EffectDraft {
  return draft({ text, notice: notice(['lead'], what, snapshot, text) });
}
export { draft, field, notice };
export type { CaseState };
