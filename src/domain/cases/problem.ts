import { z } from 'zod';
import type { CaseKindDefinition } from './case-kind';
import {
  accept,
  assign,
  closeAs,
  closeAsLabels,
  comment,
  completePart,
  confirm,
  decideExtension,
  progress,
  reopen,
  requestExtension,
  resolveAction,
  returnAction,
} from './common-actions';
import { caseStateLabels } from './workflow';

/** 问题协调解决: raised by enterprises, liaison officers, the hotline; confirmed (and rated) by the requester. */
export const problemCategories = [
  '用工',
  '原材料供应',
  '物流运输',
  '资金融资',
  '防疫物资',
  '能源要素保障',
  '审批手续',
  '政策兑现',
  '其他',
] as const;
export type ProblemCategory = (typeof problemCategories)[number];

export const problemSources = [
  'enterprise',
  'liaison_visit',
  'hotline_12345',
  'dispatcher',
  'daily_report',
] as const;
export type ProblemSource = (typeof problemSources)[number];
export const problemSourceLabels: Record<ProblemSource, string> = {
  enterprise: '企业反映',
  liaison_visit: '联络员走访',
  hotline_12345: '12345 热线转办',
  dispatcher: '调度员发现',
  daily_report: '日报困难',
};

export const problemKind: CaseKindDefinition = {
  kind: 'problem',
  prefix: 'WT',
  label: '问题',
  categories: problemCategories.map((c) => ({ code: c, label: c })),
  sources: problemSources.map((s) => ({ code: s, label: problemSourceLabels[s] })),
  states: (Object.keys(caseStateLabels) as (keyof typeof caseStateLabels)[]).map((state) => ({
    state,
    label: caseStateLabels[state],
  })),
  actions: {
    assign,
    accept,
    progress,
    'complete-part': completePart,
    resolve: resolveAction({
      label: '办结',
      description: '牵头单位办结，等待提出人确认',
      notify: ['requester'],
      noticeText: '已办结，请确认',
    }),
    return: returnAction,
    'request-extension': requestExtension,
    'decide-extension': decideExtension,
    confirm,
    reopen,
    'close-as': closeAs,
    comment,
  },
  // Zhejiang's platform answered within 1 working day for simple and 3 for complex questions (DOMAIN.md).
  timeLimits: { acceptDays: 1, resolveDays: { urgent: 3, normal: 10 }, reminderDays: 1 },
  fields: z.strictObject({}),
  createFields: z.strictObject({}),
  createPermission: 'problems.raise',
  notices: { created: '新问题待交办' },
  closedAsLabels: { satisfied: '提出人确认满意，已销号', ...closeAsLabels },
};

/** The problem's default working-day limits (the routing table may override them per category). */
export const problemTimeLimits = problemKind.timeLimits;
