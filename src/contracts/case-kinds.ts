import { z } from 'zod';
import { caseKindList } from '../domain/cases/kinds';
import { directiveCreateFields, directiveKind } from '../domain/cases/directive';
import { hazardCreateFields, hazardKind } from '../domain/cases/hazard';
import { problemCategories, problemSources } from '../domain/cases/problem';
import { caseActions, caseParties, casePriorities, caseStates } from '../domain/cases/workflow';
import type { CaseKindDefinition } from '../domain/cases/case-kind';
import { idSchema, isoDate, regionCodeSchema, singleLineText } from './common';

export const caseKindEnum = z.enum(caseKindList).describe('problem 问题；directive 督办事项；hazard 隐患');

const codes = (list: CaseKindDefinition['categories']) => list.map((c) => c.code) as [string, ...string[]];

/** What every kind's create request shares; each kind adds its category, source and `kindFields`. */
const common = {
  title: singleLineText(100).describe('标题'),
  description: z.string().trim().min(1, '请描述情况').max(2000, '不能超过 2000 字').describe('情况描述'),
  enterpriseId: idSchema.nullish().describe('关联企业'),
  projectId: idSchema.nullish().describe('关联项目'),
  regionCode: regionCodeSchema.nullish().describe('不关联企业或项目时必填：所属区县'),
  priority: z.enum(casePriorities).default('normal').describe('normal 一般；urgent 紧急'),
};

export const createProblemRequestSchema = z
  .strictObject({
    kind: z.literal('problem'),
    ...common,
    category: z.enum(problemCategories).describe('问题类别'),
    source: z.enum(problemSources).describe('来源'),
    reportDate: isoDate.nullish().describe('来源为日报困难时，日报日期'),
    kindFields: z.strictObject({}).optional(),
  })
  .describe('提出问题');

export const createDirectiveRequestSchema = z
  .strictObject({
    kind: z.literal('directive'),
    ...common,
    category: z.enum(codes(directiveKind.categories)).describe('督办类别'),
    source: z.enum(codes(directiveKind.sources)).describe('来源'),
    kindFields: directiveCreateFields.default({ feedbackEvery: 5 }).describe('督办事项的字段'),
  })
  .describe('下达督办事项');

export const createHazardRequestSchema = z
  .strictObject({
    kind: z.literal('hazard'),
    ...common,
    category: z.enum(codes(hazardKind.categories)).describe('隐患类别（检查项）'),
    source: z.enum(codes(hazardKind.sources)).describe('来源'),
    kindFields: hazardCreateFields.describe('隐患的字段：等级、整改期限、设施、检查行动、整改通知单'),
  })
  .describe('登记隐患');

/** The create request: one schema per kind, told apart by `kind`. */
export const createCaseRequestSchema = z.discriminatedUnion('kind', [
  createProblemRequestSchema,
  createDirectiveRequestSchema,
  createHazardRequestSchema,
]);
export type CreateCaseRequest = z.infer<typeof createCaseRequestSchema>;
export type CreateProblemRequest = z.infer<typeof createProblemRequestSchema>;

const labelled = z.object({ code: z.string(), label: z.string() });
export const caseKindSchema = z
  .object({
    kind: caseKindEnum,
    prefix: z.string().describe('编号前缀'),
    label: z.string(),
    categories: z.array(labelled),
    sources: z.array(labelled),
    states: z.array(z.object({ state: z.enum(caseStates), label: z.string() })),
    actions: z.array(
      z.object({
        action: z.enum(caseActions),
        label: z.string(),
        description: z.string(),
        parties: z.array(z.enum(caseParties)).describe('可执行的当事方'),
        body: z.record(z.string(), z.unknown()).describe('请求体的 JSON Schema'),
      }),
    ),
    timeLimits: z.object({
      acceptDays: z.number().int(),
      resolveDays: z.object({ normal: z.number().int(), urgent: z.number().int() }),
      reminderDays: z.number().int().describe('剩余工作日不超过此数时亮黄灯'),
    }),
    fields: z.record(z.string(), z.unknown()).describe('kindFields 的 JSON Schema'),
    closedAs: z.array(labelled).describe('销号方式'),
    createPermission: z.string(),
  })
  .describe('事项类型的配置');
export const caseKindListSchema = z.array(caseKindSchema);
export type CaseKindDescription = z.infer<typeof caseKindSchema>;
