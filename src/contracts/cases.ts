import { z } from 'zod';
import { caseActions, casePriorities, caseStates } from '../domain/cases/workflow';
import { caseKindEnum } from './case-kinds';
import { idSchema, isoDate, isoDateTime, pageOf, pageQuerySchema, regionCodeSchema } from './common';

export { caseActionBodies, type CaseActionBodies, type CaseActionBody } from './case-actions';
export {
  caseKindListSchema,
  caseKindSchema,
  createCaseRequestSchema,
  createProblemRequestSchema,
  type CaseKindDescription,
  type CreateCaseRequest,
  type CreateProblemRequest,
} from './case-kinds';

const lightEnum = z.enum(['green', 'yellow', 'red']);

/** The lead unit: a department, or a county-level government. */
export const caseLeadUnitSchema = z
  .object({
    type: z.enum(['department', 'region']),
    id: z.number().int().nullable().describe('部门 ID（type 为 department 时）'),
    code: z.string().nullable().describe('区划代码（type 为 region 时）'),
    name: z.string(),
  })
  .describe('牵头单位');

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
    kindLabel: z.string().describe('类型名称'),
    number: z.string(),
    title: z.string(),
    category: z.string(),
    priority: z.enum(casePriorities),
    source: z.string().describe('来源（代码见 GET /api/case-kinds）'),
    sourceLabel: z.string(),
    state: z.enum(caseStates),
    stateLabel: z.string().describe('按类型的状态名称'),
    regionCode: z.string(),
    regionName: z.string(),
    subjectName: z.string().nullable().describe('关联企业或项目'),
    leadDepartmentName: z.string().nullable().describe('牵头单位名称（部门或区县政府）'),
    leadUnit: caseLeadUnitSchema.nullable(),
    kindFields: z
      .record(z.string(), z.unknown())
      .describe('类型自有字段（按 GET /api/case-kinds 的 fields）'),
    requesterName: z.string(),
    acceptDeadline: isoDateTime.nullable(),
    resolveDeadline: isoDateTime.nullable(),
    acceptLight: lightEnum.nullable().describe('签收时限灯（签收后为 null）'),
    resolveLight: lightEnum.nullable().describe('办结时限灯（办结后为 null）'),
    feedbackLight: lightEnum.nullable().describe('督办事项进展反馈灯（办理中才有）'),
    feedbackDue: isoDate.nullable().describe('下次进展反馈的日期'),
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
  closedAsLabel: z.string().nullable().describe('销号方式（中文）'),
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
  category: z.string().trim().max(50).optional(),
  department: idSchema.optional(),
  region: regionCodeSchema.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
  box: z.enum(['todo', 'mine', 'all']).default('all').describe('todo：待我处理；mine：我提出的'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;
export const casePageSchema = pageOf(caseSummarySchema);

export const routingRuleSchema = z.object({
  kind: caseKindEnum,
  category: z.string(),
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
  kind: caseKindEnum.default('problem'),
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
