import { z } from 'zod';
import type { CaseKindDefinition } from './case-kind';
import {
  accept,
  assign,
  backToUnits,
  comment,
  completePart,
  decideExtension,
  draft,
  field,
  notice,
  progress,
  requestExtension,
  resolveAction,
  returnAction,
} from './common-actions';
import { defineAction } from './define';
import { line, optionalNote, positiveId } from './schema-parts';
import { caseStateLabels } from './workflow';

/**
 * 督办事项: a leader's instruction (often from a visit) goes to a lead unit, which reports progress every
 * `feedbackEvery` working days and a final report (办结报告); the supervision office checks it (审核) and closes
 * it (销号) or sends it back (DOMAIN.md).
 */
export const directiveFields = z.strictObject({
  visitId: positiveId.nullish().describe('来源走访（领导走访记录）'),
  leaderName: line(50).nullish().describe('批示领导'),
  instruction: z.string().trim().max(2000).nullish().describe('领导批示原文'),
  feedbackEvery: z.number().int().min(1).max(30).default(5).describe('每隔几个工作日报送一次进展'),
  lastFeedbackOn: z.string().nullish().describe('最近一次进展反馈的日期（系统填写）'),
});
export type DirectiveFields = z.infer<typeof directiveFields>;
export const directiveCreateFields = directiveFields.omit({ lastFeedbackOn: true });

export const feedbackBody = z.strictObject({ text: line(2000).describe('进展情况') }).describe('进展反馈');
const feedback = defineAction({
  label: '进展反馈',
  description: '牵头单位定期报送督办事项的进展（每 feedbackEvery 个工作日一次）',
  from: ['accepted'],
  parties: ['lead'],
  body: feedbackBody,
  effect: ({ snapshot, body, context }) =>
    draft({
      changes: { kindFields: { ...snapshot.kindFields, lastFeedbackOn: context.today } },
      text: body.text,
      notice: notice(['dispatchers', 'requester'], '督办进展', snapshot, body.text),
    }),
});

export const verifyBody = z
  .strictObject({
    passed: z.boolean().describe('是否通过'),
    comment: optionalNote.describe('审核意见（不通过时必填）'),
  })
  .describe('审核办结报告');
const verify = defineAction({
  label: '审核',
  description: '调度员审核办结报告：通过则销号，不通过则退回重办（须写明意见）',
  from: ['resolved'],
  parties: ['dispatcher'],
  to: (body) => (body.passed ? 'closed' : 'accepted'),
  body: verifyBody,
  effect({ snapshot, body, context }) {
    if (!body.passed && !body.comment) return field('comment', '审核不通过时请写明意见');
    if (!body.passed) return backToUnits(snapshot, '审核未通过', `审核未通过，退回重办：${body.comment}`);
    const text = `审核通过，销号${body.comment ? `：${body.comment}` : ''}`;
    return draft({
      changes: { closedAt: context.now, closedAs: 'verified' },
      text,
      notice: notice(['lead', 'requester'], '已销号', snapshot, text),
    });
  },
});

export const directiveKind: CaseKindDefinition = {
  kind: 'directive',
  prefix: 'DB',
  label: '督办事项',
  categories: ['项目建设', '复工复产', '要素保障', '政策落实', '民生保障', '其他'].map((c) => ({
    code: c,
    label: c,
  })),
  sources: [
    { code: 'leader_visit', label: '领导走访' },
    { code: 'leader_instruction', label: '领导批示' },
    { code: 'meeting', label: '会议议定' },
  ],
  states: (['submitted', 'assigned', 'accepted', 'resolved', 'closed', 'returned'] as const).map((state) => ({
    state,
    label: state === 'resolved' ? '待审核' : caseStateLabels[state],
  })),
  actions: {
    assign,
    accept,
    progress,
    feedback,
    'complete-part': completePart,
    resolve: resolveAction({
      label: '办结报告',
      description: '牵头单位报送办结报告，等待调度员审核',
      notify: ['dispatchers'],
      noticeText: '办结报告待审核',
    }),
    return: returnAction,
    'request-extension': requestExtension,
    'decide-extension': decideExtension,
    verify,
    comment,
  },
  // Xi'an's supervision system reminds three days before a deadline (DOMAIN.md).
  timeLimits: { acceptDays: 1, resolveDays: { urgent: 5, normal: 15 }, reminderDays: 3 },
  fields: directiveFields,
  createFields: directiveCreateFields,
  createPermission: 'directives.issue',
  notices: { created: '新督办事项待交办' },
  closedAsLabels: { verified: '办结报告审核通过，已销号' },
};
