import { z } from 'zod';
import type { CaseKindDefinition } from './case-kind';
import {
  accept,
  assign,
  backToUnits,
  closeAs,
  closeAsLabels,
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
import { dateText, line, positiveId, optionalNote } from './schema-parts';
import type { CaseFacts } from './workflow';
import { caseStateLabels } from './workflow';

/**
 * 隐患 found in flood-season inspections: rectified by the responsible unit, re-checked by inspectors and
 * closed (销号) after the re-checks its grade requires (DOMAIN.md: 一般 after one, 重大 after the superior
 * department's re-check and a second one).
 */
export const hazardGrades = ['general', 'major'] as const;
export type HazardGrade = (typeof hazardGrades)[number];
export const hazardGradeLabels: Record<HazardGrade, string> = { general: '一般隐患', major: '重大隐患' };

/** How many passed re-checks close a hazard of each grade, and whether the first must be by a superior unit. */
export const recheckRule: Record<HazardGrade, { rechecks: number; firstBySuperior: boolean }> = {
  general: { rechecks: 1, firstBySuperior: false },
  major: { rechecks: 2, firstBySuperior: true },
};

export const hazardFields = z.strictObject({
  grade: z.enum(hazardGrades).describe('general 一般隐患；major 重大隐患'),
  facilityId: positiveId.nullish().describe('所在设施（水库、在建工程等）'),
  campaignId: positiveId.nullish().describe('所属检查行动'),
  noticeId: positiveId.nullish().describe('整改通知单'),
  rectifyBy: dateText.describe('整改期限'),
  passedRechecks: z.number().int().min(0).default(0).describe('已通过的复查次数（系统填写）'),
  interimMeasure: z
    .object({ measure: z.string(), until: z.string(), on: z.string() })
    .nullish()
    .describe('应急措施（系统填写）'),
});
export type HazardFields = z.infer<typeof hazardFields>;
export const hazardCreateFields = hazardFields.omit({ passedRechecks: true, interimMeasure: true });

function gradeOf(facts: Pick<CaseFacts, 'kindFields'>): HazardGrade {
  return facts.kindFields?.grade === 'major' ? 'major' : 'general';
}
function passedOf(facts: Pick<CaseFacts, 'kindFields'>): number {
  return Number(facts.kindFields?.passedRechecks ?? 0);
}

export const interimMeasureBody = z
  .strictObject({ measure: line(1000).describe('应急措施'), until: dateText.describe('措施有效至') })
  .describe('应急措施');
const interimMeasure = defineAction({
  label: '应急措施',
  description: '汛前不能整改到位的隐患，牵头单位落实临时应急措施及其期限',
  from: ['accepted'],
  parties: ['lead'],
  body: interimMeasureBody,
  effect({ snapshot, body, context }) {
    if (body.until < context.today) return field('until', '措施期限不能早于今天');
    const text = `落实应急措施：${body.measure}（至 ${body.until}）`;
    return draft({
      changes: {
        kindFields: {
          ...snapshot.kindFields,
          interimMeasure: { measure: body.measure, until: body.until, on: context.today },
        },
      },
      text,
      notice: notice(['inspectors', 'dispatchers'], '隐患应急措施', snapshot, text),
    });
  },
});

export const recheckBody = z
  .strictObject({
    passed: z.boolean().describe('是否合格'),
    comment: optionalNote.describe('复查意见（不合格时必填）'),
  })
  .describe('复查');
const recheck = defineAction({
  label: '复查',
  description: '督查组成员复查整改：合格次数达到等级要求即销号，不合格退回整改（须写明意见）',
  from: ['resolved'],
  parties: ['inspector'],
  permission: 'hazards.recheck',
  to: (body, facts) =>
    !body.passed
      ? 'accepted'
      : passedOf(facts) + 1 >= recheckRule[gradeOf(facts)].rechecks
        ? 'closed'
        : 'resolved',
  body: recheckBody,
  guard(facts) {
    const rule = recheckRule[gradeOf(facts)];
    return rule.firstBySuperior && passedOf(facts) === 0 && !facts.actorIsSuperior
      ? `${hazardGradeLabels[gradeOf(facts)]}的首次复查须由上级部门进行`
      : null;
  },
  effect({ snapshot, body, context, to }) {
    if (!body.passed && !body.comment) return field('comment', '复查不合格时请写明意见');
    if (!body.passed)
      return {
        ...backToUnits(snapshot, '复查不合格', `复查不合格，退回整改：${body.comment}`),
        changes: { kindFields: { ...snapshot.kindFields, passedRechecks: 0 } },
      };
    const passed = Number(snapshot.kindFields.passedRechecks ?? 0) + 1;
    const note = body.comment ? `：${body.comment}` : '';
    const closed = to === 'closed';
    const text = closed
      ? `第 ${passed} 次复查合格，销号${note}`
      : `第 ${passed} 次复查合格，待再次复查${note}`;
    return draft({
      changes: {
        kindFields: { ...snapshot.kindFields, passedRechecks: passed },
        ...(closed ? { closedAt: context.now, closedAs: 'rechecked' } : {}),
      },
      text,
      notice: notice(
        closed ? ['lead', 'requester'] : ['inspectors'],
        closed ? '隐患已销号' : '隐患待再次复查',
        snapshot,
        text,
      ),
    });
  },
});

export const hazardKind: CaseKindDefinition = {
  kind: 'hazard',
  prefix: 'YH',
  label: '隐患',
  categories: [
    '责任制落实',
    '防汛队伍',
    '预案与演练',
    '病险水库',
    '在建水利工程',
    '物资储备',
    '值班巡查',
    '超汛限水位',
    '其他',
  ].map((c) => ({ code: c, label: c })),
  sources: [
    { code: 'inspection', label: '汛前检查' },
    { code: 'campaign', label: '专项行动' },
    { code: 'self_check', label: '单位自查' },
    { code: 'public_report', label: '群众举报' },
  ],
  states: (['submitted', 'assigned', 'accepted', 'resolved', 'closed', 'returned'] as const).map((state) => ({
    state,
    label: state === 'resolved' ? '待复查' : state === 'accepted' ? '整改中' : caseStateLabels[state],
  })),
  actions: {
    assign,
    accept,
    progress,
    'complete-part': completePart,
    'interim-measure': interimMeasure,
    resolve: resolveAction({
      label: '整改完成',
      description: '牵头单位报告整改完成（可附照片说明），等待复查',
      notify: ['inspectors'],
      noticeText: '隐患整改完成待复查',
    }),
    return: returnAction,
    'request-extension': requestExtension,
    'decide-extension': decideExtension,
    recheck,
    'close-as': closeAs,
    comment,
  },
  // Supervised hazards are due within 60 days, 90 at most (DOMAIN.md); the rectify-by date usually decides.
  timeLimits: { acceptDays: 1, resolveDays: { urgent: 10, normal: 40 }, reminderDays: 3 },
  fields: hazardFields,
  createFields: hazardCreateFields,
  createPermission: 'hazards.report',
  notices: { created: '新隐患待交办' },
  closedAsLabels: { rechecked: '复查合格，已销号', ...closeAsLabels },
  defaultDeadline: (snapshot) =>
    typeof snapshot.kindFields.rectifyBy === 'string' ? snapshot.kindFields.rectifyBy : null,
};
