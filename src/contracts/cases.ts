import { z } from 'zod';
import {
  caseActions,
  caseKinds,
  casePriorities,
  caseSources,
  caseStates,
  problemCategories,
} from '../domain/case-workflow';
import {
  idSchema,
  isoDate,
  isoDateTime,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
  singleLineText,
} from './common';

const caseKindEnum = z.enum(
  Object.keys(caseKinds) as [keyof typeof caseKinds, ...(keyof typeof caseKinds)[]],
);
const lightEnum = z.enum(['green', 'yellow', 'red']);

export const createCaseRequestSchema = z.strictObject({
  kind: z.literal('problem').describe('事项类型（现阶段为 problem）'),
  title: singleLineText(100).describe('标题'),
  description: z.string().trim().min(1, '请描述问题').max(2000, '不能超过 2000 字').describe('问题描述'),
  category: z.enum(problemCategories).describe('问题类别'),
  enterpriseId: idSchema.nullish(),
  projectId: idSchema.nullish(),
  regionCode: regionCodeSchema.nullish().describe('不关联企业或项目时必填'),
  priority: z.enum(casePriorities).default('normal'),
  source: z.enum(caseSources).describe('来源'),
  reportDate: isoDate.nullish().describe('来源为日报困难时，日报日期'),
});
export type CreateCaseRequest = z.infer<typeof createCaseRequestSchema>;

export const caseDepartmentSchema = z.object({
  departmentId: z.number().int(),
  departmentName: z.string(),
  role: z.enum(['lead', 'co']),
  part: z.string().nullable().describe('协办单位承担的部分'),
  deadline: isoDateTime.nullable(),
  doneAt: isoDateTime.nullable(),
});

export const caseEventSchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  action: z.string(),
  actionLabel: z.string(),
  fromState: z.enum(caseStates).nullable(),
  toState: z.enum(caseStates).nullable(),
  actorName: z.string(),
  actorRole: z.string(),
  departmentName: z.string().nullable(),
  text: z.string().nullable(),
});

export const caseSummarySchema = z
  .object({
    id: z.number().int(),
    kind: caseKindEnum,
    number: z.string(),
    title: z.string(),
    category: z.string(),
    priority: z.enum(casePriorities),
    source: z.enum(caseSources),
    state: z.enum(caseStates),
    regionCode: z.string(),
    regionName: z.string(),
    subjectName: z.string().nullable().describe('关联企业或项目'),
    leadDepartmentName: z.string().nullable(),
    requesterName: z.string(),
    acceptDeadline: isoDateTime.nullable(),
    resolveDeadline: isoDateTime.nullable(),
    acceptLight: lightEnum.nullable().describe('签收时限灯（签收后为 null）'),
    resolveLight: lightEnum.nullable().describe('办结时限灯（办结后为 null）'),
    createdAt: isoDateTime,
    resolvedAt: isoDateTime.nullable(),
    closedAt: isoDateTime.nullable(),
    rating: z.number().int().nullable(),
    version: z.number().int(),
  })
  .describe('事项');
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseDetailSchema = caseSummarySchema.extend({
  description: z.string(),
  enterpriseId: z.number().int().nullable(),
  projectId: z.number().int().nullable(),
  resolution: z.string().nullable(),
  closedAs: z.string().nullable(),
  satisfied: z.boolean().nullable(),
  pendingExtension: z.object({ until: z.string(), reason: z.string(), requestedBy: z.string() }).nullable(),
  departments: z.array(caseDepartmentSchema),
  events: z.array(caseEventSchema),
  allowedActions: z.array(z.enum(caseActions)).describe('当前用户可执行的操作'),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseListQuerySchema = pageQuerySchema.extend({
  kind: caseKindEnum.optional(),
  state: z.enum(caseStates).optional(),
  light: lightEnum.optional(),
  category: z.enum(problemCategories).optional(),
  department: idSchema.optional(),
  region: regionCodeSchema.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
  box: z.enum(['todo', 'mine', 'all']).default('all').describe('todo：待我处理；mine：我提出的'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;
export const casePageSchema = pageOf(caseSummarySchema);

export const caseActionParamsSchema = z.strictObject({ id: idSchema, action: z.enum(caseActions) });

const reason = singleLineText(500);
/** One body schema per action; the route picks the one named in the path. */
export const caseActionBodies = {
  assign: z.strictObject({
    leadDepartmentId: idSchema,
    coDepartments: z
      .array(z.strictObject({ departmentId: idSchema, part: singleLineText(200) }))
      .max(10)
      .default([]),
    deadline: isoDate.nullish().describe('办结期限（默认按类别和紧急程度的工作日）'),
    note: z.string().trim().max(500).nullish(),
  }),
  accept: z.strictObject({ note: z.string().trim().max(500).nullish() }),
  progress: z.strictObject({ text: singleLineText(1000) }),
  'complete-part': z.strictObject({ text: singleLineText(1000) }),
  resolve: z.strictObject({ resolution: z.string().trim().min(1, '请填写办理结果').max(2000) }),
  return: z.strictObject({ reason }),
  'request-extension': z.strictObject({ until: isoDate, reason }),
  'decide-extension': z.strictObject({ approve: z.boolean(), reason: z.string().trim().max(500).nullish() }),
  confirm: z.strictObject({
    satisfied: z.boolean(),
    rating: z.number().int().min(1).max(5).nullish(),
    comment: z.string().trim().max(500).nullish(),
  }),
  reopen: z.strictObject({ reason }),
  'close-as': z.strictObject({ as: z.enum(['duplicate', 'out_of_remit']), reason }),
  comment: z.strictObject({ text: singleLineText(1000) }),
} as const;

export const routingRuleSchema = z.object({
  category: z.enum(problemCategories),
  leadDepartmentId: z.number().int().nullable(),
  leadDepartmentName: z.string().nullable(),
  acceptDays: z.number().int(),
  resolveDaysNormal: z.number().int(),
  resolveDaysUrgent: z.number().int(),
  version: z.number().int(),
});
export const routingRuleListSchema = z.array(routingRuleSchema);
export const updateRoutingRuleSchema = z.strictObject({
  leadDepartmentId: idSchema.nullable().optional(),
  acceptDays: z.number().int().min(1).max(30).optional(),
  resolveDaysNormal: z.number().int().min(1).max(90).optional(),
  resolveDaysUrgent: z.number().int().min(1).max(30).optional(),
});

export const caseStatsQuerySchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  region: regionCodeSchema.optional(),
  by: z.enum(['department', 'category']).default('department'),
});
export const caseStatsRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  received: z.number().int(),
  accepted: z.number().int(),
  acceptedOnTimeRate: z.number().nullable(),
  resolved: z.number().int(),
  resolvedOnTimeRate: z.number().nullable(),
  averageWorkingDaysToResolve: z.number().nullable(),
  rated: z.number().int(),
  satisfactionRate: z.number().nullable(),
  open: z.number().int(),
  red: z.number().int(),
});
export const caseStatsSchema = z.object({ rows: z.array(caseStatsRowSchema) });
