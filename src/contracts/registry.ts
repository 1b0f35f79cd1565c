import { z } from 'zod';
import { validateCreditCode } from '../domain/credit-code';
import { findIndustryClass } from '../domain/reference/industries';
import {
  amountPattern,
  phonePattern,
  projectLevels,
  projectStages,
  subjectStatuses,
} from '../domain/registry';
import { isoDate, isoDateTime, pageOf, pageQuerySchema, regionCodeSchema, singleLineText } from './common';

const amount = z
  .string()
  .trim()
  .regex(amountPattern, '金额应为非负数，最多两位小数（单位：万元）')
  .describe('金额（万元），两位小数的十进制字符串');

export const creditCodeSchema = z
  .string()
  .trim()
  .min(1, '请填写统一社会信用代码')
  .max(40)
  .describe('统一社会信用代码（18 位）');

/** Enterprise fields without defaults: the base of both the create and the update contract. */
const enterpriseFieldsSchema = z.strictObject({
  creditCode: creditCodeSchema,
  name: singleLineText(100).describe('企业名称'),
  regionCode: regionCodeSchema.describe('所属区县或园区'),
  industryCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => findIndustryClass(v) !== null, '行业代码应为 B、C、D 门类的小类代码，如 C3251')
    .describe('行业代码（GB/T 4754-2017 小类）'),
  workforce: z.number().int().min(0, '不能为负数').max(1_000_000).describe('从业人员数'),
  annualOutput: amount.describe('年产值（万元）'),
  address: z.string().trim().max(200),
  contactName: z.string().trim().max(50),
  contactPhone: z
    .string()
    .trim()
    .regex(phonePattern, '请输入正确的手机号或座机号（如 0734-8888888）')
    .or(z.literal('')),
  isContinuousProcess: z.boolean().describe('连续生产型'),
  activeFrom: isoDate.optional().describe('纳入统计日期，默认今天'),
});

/** Creating: the optional fields default to empty; the server normalises the credit code and checks it. */
export const enterpriseInputSchema = enterpriseFieldsSchema.extend({
  address: enterpriseFieldsSchema.shape.address.default(''),
  contactName: enterpriseFieldsSchema.shape.contactName.default(''),
  contactPhone: enterpriseFieldsSchema.shape.contactPhone.default(''),
  isContinuousProcess: enterpriseFieldsSchema.shape.isContinuousProcess.default(false),
});
export type EnterpriseInput = z.infer<typeof enterpriseInputSchema>;

/** Updating: only the fields sent change (no defaults, or a one-field PATCH would blank the others). */
export const enterpriseUpdateSchema = enterpriseFieldsSchema.partial();
export type EnterpriseUpdate = z.infer<typeof enterpriseUpdateSchema>;

export const enterpriseSchema = z
  .object({
    id: z.number().int(),
    creditCode: z.string(),
    name: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    industryCode: z.string(),
    industryName: z.string(),
    workforce: z.number().int(),
    annualOutput: z.string(),
    address: z.string(),
    contactName: z.string(),
    contactPhone: z.string().describe('无权查看时为掩码，如 138****5678'),
    isContinuousProcess: z.boolean(),
    activeFrom: z.string(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
    updatedAt: isoDateTime,
  })
  .describe('规模以上工业企业');
export type Enterprise = z.infer<typeof enterpriseSchema>;
export const enterprisePageSchema = pageOf(enterpriseSchema);

export const sortOrderSchema = z.enum(['asc', 'desc']).default('asc');

export const enterpriseFilterSchema = z.object({
  region: regionCodeSchema.optional(),
  industry: z.string().trim().toUpperCase().max(5).optional().describe('行业代码前缀，如 C32'),
  q: z.string().trim().max(100).optional().describe('名称、信用代码或联系人关键字'),
  status: z.enum(subjectStatuses).optional(),
  continuous: z.enum(['true', 'false']).optional(),
});
export const enterpriseListQuerySchema = pageQuerySchema.extend(enterpriseFilterSchema.shape).extend({
  sort: z
    .enum(['name', 'creditCode', 'regionCode', 'industryCode', 'workforce', 'annualOutput', 'updatedAt'])
    .default('name'),
  order: sortOrderSchema,
});
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuerySchema>;

export const projectInputSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, '请填写项目编号')
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, '项目编号只能包含字母、数字和 -')
    .transform((v) => v.toUpperCase()),
  name: singleLineText(100).describe('项目名称'),
  level: z.enum(projectLevels).describe('项目级别'),
  regionCode: regionCodeSchema,
  ownerUnit: singleLineText(100).describe('建设单位'),
  category: singleLineText(30).describe('项目类别'),
  totalInvestment: amount.describe('总投资（万元）'),
  annualPlannedInvestment: amount.describe('年度计划投资（万元）'),
  plannedStart: isoDate.describe('计划开工'),
  plannedEnd: isoDate.describe('计划竣工'),
  stage: z.enum(projectStages).describe('建设阶段'),
  activeFrom: isoDate.optional(),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;
export const projectUpdateSchema = projectInputSchema.partial();
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;

export const projectSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    level: z.enum(projectLevels),
    regionCode: z.string(),
    regionName: z.string(),
    ownerUnit: z.string(),
    category: z.string(),
    totalInvestment: z.string(),
    annualPlannedInvestment: z.string(),
    plannedStart: z.string(),
    plannedEnd: z.string(),
    stage: z.enum(projectStages),
    activeFrom: z.string(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
    updatedAt: isoDateTime,
  })
  .describe('重点项目');
export type Project = z.infer<typeof projectSchema>;
export const projectPageSchema = pageOf(projectSchema);

export const projectFilterSchema = z.object({
  region: regionCodeSchema.optional(),
  level: z.enum(projectLevels).optional(),
  stage: z.enum(projectStages).optional(),
  q: z.string().trim().max(100).optional(),
  status: z.enum(subjectStatuses).optional(),
});
export const projectListQuerySchema = pageQuerySchema.extend(projectFilterSchema.shape).extend({
  sort: z
    .enum(['name', 'code', 'level', 'regionCode', 'totalInvestment', 'plannedStart', 'stage', 'updatedAt'])
    .default('code'),
  order: sortOrderSchema,
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

export const closeRequestSchema = z.strictObject({
  closedAt: isoDate.optional().describe('关停/退出日期，默认今天'),
  reason: singleLineText(200).describe('原因'),
});
export const reopenRequestSchema = z.strictObject({ reason: singleLineText(200) });

export {
  importModeSchema,
  importRowErrorSchema,
  importResultSchema,
  type ImportResult,
  type ImportRowError,
} from './common';

export const creditCodeExceptionRequestSchema = z.strictObject({
  creditCode: creditCodeSchema,
  reason: singleLineText(500).describe('接受理由（如：2015 年前试点期间赋码）'),
});
export const creditCodeExceptionSchema = z.object({
  creditCode: z.string(),
  reason: z.string(),
  problem: z.string(),
  approvedBy: z.string(),
  approvedAt: isoDateTime,
});
export const creditCodeExceptionListSchema = z.array(creditCodeExceptionSchema);

export const creditCodeCheckSchema = z.object({
  ok: z.boolean(),
  code: z.string(),
  message: z.string().nullable(),
});

/** Exposed for forms: the same check the server applies. */
export function describeCreditCode(raw: string): string | null {
  const result = validateCreditCode(raw);
  return result.ok ? null : result.message;
}
