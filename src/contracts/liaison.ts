import { z } from 'zod';
import { casePriorities } from '../domain/cases/workflow';
import { problemCategories } from '../domain/cases/problem';
import { mobilePattern, visitModes } from '../domain/liaison';
import { reportStatuses } from '../domain/resumption';
import { subjectKinds } from '../domain/subjects';
import {
  idSchema,
  isoDate,
  isoDateTime,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
  singleLineText,
} from './common';
import { preventionSchema } from './reports';

export const subjectKindSchema = z.enum(subjectKinds).describe('enterprise 企业 / project 项目');
const lightEnum = z.enum(['green', 'yellow', 'red']);

export const mobileSchema = z
  .string()
  .trim()
  .regex(mobilePattern, '请输入 11 位手机号')
  .describe('手机号（也是登录用户名）');

// ---------------------------------------------------------------- roster (联络员名册)

const officerFieldsSchema = z.strictObject({
  name: singleLineText(50).describe('姓名'),
  mobile: mobileSchema,
  unitDepartmentId: idSchema.nullish().describe('派出单位：部门（与 unitRegionCode 二选一）'),
  unitRegionCode: regionCodeSchema.nullish().describe('派出单位：区县人民政府（与 unitDepartmentId 二选一）'),
  post: z.string().trim().max(50, '不能超过 50 个字符').describe('职务'),
  regionCode: regionCodeSchema.describe('工作区域：可联系该区域及其下的企业和项目'),
  activeFrom: isoDate.describe('在岗起始日期'),
  activeTo: isoDate.nullish().describe('在岗结束日期，空为长期'),
});

export const createOfficerRequestSchema = officerFieldsSchema.extend({
  post: officerFieldsSchema.shape.post.default(''),
  password: z.string().min(1, '请设置初始密码').max(128).describe('初始密码，首次登录须修改'),
});
export type CreateOfficerRequest = z.infer<typeof createOfficerRequestSchema>;

/** One row of the roster import: the create request without the password (one initial password per file). */
export const officerRowSchema = createOfficerRequestSchema.omit({ password: true });

/** Only the fields sent change. The mobile (the user name) is changed by creating a new officer. */
export const updateOfficerRequestSchema = officerFieldsSchema.omit({ mobile: true }).partial();
export type UpdateOfficerRequest = z.infer<typeof updateOfficerRequestSchema>;

export const officerSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  mobile: z
    .string()
    .describe('列表中为掩码，如 138****5678（手机号即登录用户名）；完整号码见 /officers/:id/mobile'),
  unitDepartmentId: z.number().int().nullable(),
  unitRegionCode: z.string(),
  unitName: z.string().describe('派出单位名称'),
  post: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  activeFrom: z.string(),
  activeTo: z.string().nullable(),
  isActive: z.boolean().describe('今天在岗'),
  subjects: z.number().int().describe('当前联系的企业和项目数'),
  primarySubjects: z.number().int().describe('其中主责'),
  version: z.number().int(),
});
export type Officer = z.infer<typeof officerSchema>;

export const officerListQuerySchema = pageQuerySchema.extend({
  region: regionCodeSchema.optional().describe('工作区域或联系对象所在区域'),
  q: z.string().trim().max(50).optional().describe('姓名、单位或职务'),
  status: z.enum(['active', 'inactive']).optional(),
  unitDepartmentId: idSchema.optional(),
});
export const officerPageSchema = pageOf(officerSchema);
export const officerMobileSchema = z.object({ mobile: z.string() });

// ---------------------------------------------------------------- assignments (联系对象)

export const assignmentSchema = z.object({
  id: z.number().int(),
  officerId: z.number().int(),
  officerName: z.string(),
  officerUnit: z.string(),
  subjectKind: subjectKindSchema,
  subjectId: z.number().int(),
  subjectName: z.string(),
  regionCode: z.string(),
  isPrimary: z.boolean().describe('主责联络员'),
  startedOn: z.string(),
  endedOn: z.string().nullable().describe('结束日期；空为当前'),
  startedBy: z.string(),
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const subjectRefSchema = z.strictObject({ kind: subjectKindSchema, id: idSchema });

export const assignRequestSchema = z.strictObject({
  officerId: idSchema.describe('联络员'),
  subjects: z.array(subjectRefSchema).min(1, '请选择企业或项目').max(500, '一次最多 500 个'),
  isPrimary: z.boolean().default(false).describe('设为主责联络员'),
  replacePrimary: z
    .boolean()
    .default(false)
    .describe('已有主责联络员时改派（原主责结束，留存历史）；否则返回 409'),
});
export type AssignRequest = z.infer<typeof assignRequestSchema>;
export const assignResultSchema = z.object({ items: z.array(assignmentSchema) });

export const endAssignmentRequestSchema = z.strictObject({
  reason: singleLineText(200).describe('结束原因'),
});

export const coveredSubjectSchema = z.object({
  kind: subjectKindSchema,
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  officers: z.array(
    z.object({
      assignmentId: z.number().int(),
      officerId: z.number().int(),
      name: z.string(),
      unitName: z.string(),
      isPrimary: z.boolean(),
      startedOn: z.string(),
    }),
  ),
});
export const subjectAssignmentsQuerySchema = pageQuerySchema.extend({
  region: regionCodeSchema.optional(),
  kind: subjectKindSchema.optional(),
  q: z.string().trim().max(50).optional().describe('名称或代码'),
  coverage: z.enum(['uncovered', 'covered']).optional().describe('uncovered 无主责联络员'),
  officerId: idSchema.optional(),
});
export const subjectAssignmentsPageSchema = pageOf(coveredSubjectSchema);

export const subjectHistoryParamsSchema = z.strictObject({ kind: subjectKindSchema, id: idSchema });
export const subjectHistorySchema = z.object({ items: z.array(assignmentSchema) });

// ---------------------------------------------------------------- contact rule and coverage

export const contactRuleSchema = z
  .strictObject({
    everyDays: z.number().int().min(1, '至少 1 天').max(90, '不超过 90 天').describe('每多少天'),
    minVisits: z.number().int().min(1, '至少 1 次').max(10, '不超过 10 次').describe('至少联系几次'),
    modes: z.array(z.enum(visitModes)).min(1, '至少选择一种计入的方式').describe('计入的联系方式'),
    campaignFrom: isoDate.describe('攻坚期开始'),
    campaignTo: isoDate.nullable().describe('攻坚期结束，空为持续'),
  })
  .refine((r) => r.campaignTo === null || r.campaignTo >= r.campaignFrom, {
    path: ['campaignTo'],
    message: '结束日期不能早于开始日期',
  });
export type ContactRuleDto = z.infer<typeof contactRuleSchema>;

const subjectBriefSchema = z.object({
  kind: subjectKindSchema,
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});

export const overdueSubjectSchema = subjectBriefSchema.extend({
  lastVisitDate: z.string().nullable().describe('最近一次计入规则的走访'),
  dueDate: z.string(),
  daysOverdue: z.number().int(),
  primaryOfficerId: z.number().int().nullable(),
  primaryOfficer: z.string().nullable(),
});

export const officerWorkloadSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  regionName: z.string(),
  subjects: z.number().int(),
  primarySubjects: z.number().int(),
  visitsThisWeek: z.number().int(),
  onSiteThisWeek: z.number().int(),
  openProblems: z.number().int().describe('所联系企业和项目的未办结问题'),
  overdueSubjects: z.number().int().describe('主责对象中逾期未联系的'),
});

export const coverageQuerySchema = z.strictObject({
  region: regionCodeSchema.optional(),
  date: isoDate.optional().describe('默认今天'),
});
export const coverageSchema = z.object({
  date: z.string(),
  regionCode: z.string(),
  rule: contactRuleSchema,
  subjects: z.number().int().describe('在册且在统计期内的企业和项目'),
  covered: z.number().int().describe('有在岗主责联络员的'),
  officersActive: z.number().int(),
  uncovered: z.array(subjectBriefSchema),
  overdueContact: z.array(overdueSubjectSchema),
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      subjects: z.number().int(),
      covered: z.number().int(),
      uncovered: z.number().int(),
      overdue: z.number().int(),
      officers: z.number().int(),
    }),
  ),
  officers: z.array(officerWorkloadSchema),
});
export type Coverage = z.infer<typeof coverageSchema>;

// ---------------------------------------------------------------- visits (走访记录)

export const visitProblemInputSchema = z.strictObject({
  title: singleLineText(100).describe('问题标题'),
  description: z.string().trim().min(1, '请描述问题').max(2000, '不能超过 2000 字'),
  category: z.enum(problemCategories).describe('问题类别'),
  priority: z.enum(casePriorities).default('normal'),
});

/** The JSON field `visit` of `POST /api/liaison/visits`; the photos come as `photos` file parts. */
export const createVisitRequestSchema = z.strictObject({
  subjectKind: subjectKindSchema,
  subjectId: idSchema,
  visitDate: isoDate.describe('走访日期，不能晚于今天'),
  mode: z.enum(visitModes).describe('on_site 实地 / phone 电话 / video 视频'),
  peopleMet: singleLineText(200).describe('接待人员'),
  prevention: preventionSchema.describe('防疫五项检查'),
  observations: z.string().trim().max(2000, '不能超过 2000 字').default('').describe('走访情况'),
  problems: z.array(visitProblemInputSchema).max(10, '一次最多提出 10 个问题').default([]),
});
export type CreateVisitRequest = z.infer<typeof createVisitRequestSchema>;

export const visitPhotoSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string(),
  thumbUrl: z.string(),
});

export const visitSchema = z.object({
  id: z.number().int(),
  officerId: z.number().int(),
  officerName: z.string(),
  subjectKind: subjectKindSchema,
  subjectId: z.number().int(),
  subjectName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  visitDate: z.string(),
  mode: z.enum(visitModes),
  peopleMet: z.string(),
  prevention: preventionSchema,
  observations: z.string(),
  photoCount: z.number().int(),
  problemCount: z.number().int(),
  createdAt: isoDateTime,
});
export type Visit = z.infer<typeof visitSchema>;

export const visitDetailSchema = visitSchema.extend({
  photos: z.array(visitPhotoSchema),
  problems: z.array(
    z.object({ caseId: z.number().int(), number: z.string(), title: z.string(), state: z.string() }),
  ),
});
export type VisitDetail = z.infer<typeof visitDetailSchema>;

export const visitListQuerySchema = pageQuerySchema.extend({
  region: regionCodeSchema.optional(),
  officerId: idSchema.optional(),
  subjectKind: subjectKindSchema.optional(),
  subjectId: idSchema.optional(),
  mode: z.enum(visitModes).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type VisitListQuery = z.infer<typeof visitListQuerySchema>;
export const visitPageSchema = pageOf(visitSchema);

// ---------------------------------------------------------------- officer home (联络员工作台)

export const mySubjectSchema = subjectBriefSchema.extend({
  isPrimary: z.boolean(),
  reportStatus: z.enum(reportStatuses).nullable().describe('今日日报状态；未报为空'),
  reportFiledOnBehalf: z.boolean(),
  lastVisitDate: z.string().nullable().describe('最近一次联系（任何方式，任何联络员）'),
  dueDate: z.string().nullable().describe('下次联系最晚日期（仅主责）'),
  isOverdue: z.boolean(),
  daysOverdue: z.number().int(),
  openProblems: z.number().int(),
});

export const myHomeSchema = z.object({
  date: z.string(),
  officer: officerSchema,
  rule: contactRuleSchema,
  subjects: z.array(mySubjectSchema),
  overdue: z.number().int(),
  reportsMissing: z.number().int(),
  visitsThisWeek: z.number().int(),
  openProblems: z.array(
    z.object({
      id: z.number().int(),
      number: z.string(),
      title: z.string(),
      state: z.string(),
      light: lightEnum.nullable(),
      lightStage: z.enum(['accept', 'resolve']).nullable().describe('灯所对应的时限：签收或办结'),
      subjectName: z.string().nullable(),
      deadline: isoDateTime.nullable(),
    }),
  ),
});
export type MyHome = z.infer<typeof myHomeSchema>;
