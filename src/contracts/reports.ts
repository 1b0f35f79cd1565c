import { z } from 'zod';
import { reportStatuses, resumptionCategories } from '../domain/resumption';
import { idSchema, isoDate, isoDateTime, pageOf, pageQuerySchema, regionCodeSchema } from './common';

const count = z.number().int('应为整数').min(0, '不能为负数').max(1_000_000);

export const preventionSchema = z.strictObject({
  supplies: z.boolean().describe('防疫物资储备'),
  temperatureChecks: z.boolean().describe('测温登记'),
  disinfection: z.boolean().describe('消毒'),
  staffHealth: z.boolean().describe('返岗人员健康管理'),
  emergencyPlan: z.boolean().describe('应急预案'),
});
export type Prevention = z.infer<typeof preventionSchema>;

/** The body of `PUT /api/enterprises/:id/reports/:date` and `PUT /api/projects/:id/reports/:date`. */
export const reportInputSchema = z
  .strictObject({
    status: z.enum(reportStatuses).describe('复工状态'),
    workforce: count.describe('职工总数（正常用工）'),
    onDuty: count.describe('在岗人数'),
    capacityPct: z
      .number()
      .int('应为整数')
      .min(0, '应在 0–100 之间')
      .max(100, '应在 0–100 之间')
      .nullish()
      .describe('产能利用率 %（企业）'),
    workersOnSite: count.nullish().describe('在场施工人数（项目）'),
    investmentThisMonth: z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,2})?$/, '金额应为非负数，最多两位小数（万元）')
      .nullish()
      .describe('本月完成投资（万元，项目）'),
    prevention: preventionSchema,
    difficulty: z.string().trim().max(500, '不能超过 500 字').nullish().describe('主要困难'),
    note: z.string().trim().max(500, '不能超过 500 字').nullish(),
    reason: z.string().trim().max(200).nullish().describe('截止后修改的理由'),
  })
  .refine((r) => r.onDuty <= r.workforce, { path: ['onDuty'], message: '在岗人数不能大于职工总数' });
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reportParamsSchema = z.strictObject({ id: idSchema, date: isoDate });

export const reportSchema = z
  .object({
    subjectKind: z.enum(['enterprise', 'project']),
    subjectId: z.number().int(),
    subjectName: z.string(),
    regionCode: z.string(),
    date: z.string(),
    status: z.enum(reportStatuses),
    workforce: z.number().int(),
    onDuty: z.number().int(),
    capacityPct: z.number().int().nullable(),
    workersOnSite: z.number().int().nullable(),
    investmentThisMonth: z.string().nullable(),
    prevention: preventionSchema,
    difficulty: z.string().nullable(),
    note: z.string().nullable(),
    isLate: z.boolean(),
    revision: z.number().int().describe('修订号，即版本号（If-Match）'),
    filedBy: z.string().describe('填报人'),
    filedByRole: z.string(),
    isOnBehalf: z.boolean().describe('由联络员或调度员代报'),
    filedAt: isoDateTime,
    firstFiledAt: isoDateTime,
  })
  .describe('复工日报');
export type Report = z.infer<typeof reportSchema>;

export const reportRevisionSchema = reportSchema
  .pick({
    status: true,
    workforce: true,
    onDuty: true,
    capacityPct: true,
    workersOnSite: true,
    investmentThisMonth: true,
    prevention: true,
    difficulty: true,
    note: true,
    isLate: true,
    revision: true,
    filedBy: true,
    filedByRole: true,
    isOnBehalf: true,
    filedAt: true,
  })
  .extend({ reason: z.string().nullable() });
export const reportHistorySchema = z.object({
  report: reportSchema.nullable(),
  revisions: z.array(reportRevisionSchema),
});

export const reportRangeQuerySchema = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });
export const reportListSchema = z.array(reportSchema);

export const reportSearchQuerySchema = pageQuerySchema.extend({
  date: isoDate,
  region: regionCodeSchema.optional(),
  kind: z.enum(['enterprise', 'project']).optional(),
  category: z.enum(resumptionCategories).optional(),
  status: z.enum(reportStatuses).optional(),
});
export const reportPageSchema = pageOf(reportSchema);

/** What a filer sees on "today's report": the subject, the date due, yesterday's report to prefill from. */
export const myDueItemSchema = z.object({
  subjectKind: z.enum(['enterprise', 'project']),
  subjectId: z.number().int(),
  subjectName: z.string(),
  regionCode: z.string(),
  date: z.string().describe('应填报日期'),
  deadline: isoDateTime,
  isOverdue: z.boolean(),
  report: reportSchema.nullable().describe('已填报的当天日报'),
  previous: reportSchema.nullable().describe('最近一次日报，用于预填'),
});
export const myDueListSchema = z.array(myDueItemSchema);
