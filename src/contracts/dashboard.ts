import { z } from 'zod';
import { reportStatuses, resumptionCategories } from '../domain/resumption';
import { isoDate, regionCodeSchema } from './common';

const rate = z.number().nullable().describe('百分比，一位小数；分母为 0 时为 null');

export const categoryFiguresSchema = z.object({
  category: z.enum(resumptionCategories),
  total: z.number().int(),
  applicable: z.number().int(),
  resumed: z.number().int(),
  partial: z.number().int(),
  notResumed: z.number().int(),
  notApplicable: z.number().int(),
  notReported: z.number().int(),
  resumptionRate: rate,
  fullResumptionRate: rate,
  workforceReturnRate: rate,
  expected: z.number().int(),
  received: z.number().int(),
  onTime: z.number().int(),
  completenessRate: rate,
  timelinessRate: rate,
  capacityAverage: rate,
  capacityBands: z.object({ high: z.number().int(), middle: z.number().int(), low: z.number().int() }),
});
export type CategoryFiguresDto = z.infer<typeof categoryFiguresSchema>;

export const resumptionQuerySchema = z.strictObject({
  date: isoDate.optional().describe('默认：最近一个有日报的日期'),
  region: regionCodeSchema.optional(),
});

export const resumptionSchema = z.object({
  date: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  latestDate: z.string().nullable().describe('有日报的最近日期'),
  categories: z.array(categoryFiguresSchema),
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      hasChildren: z.boolean(),
      categories: z.array(categoryFiguresSchema),
    }),
  ),
});
export type Resumption = z.infer<typeof resumptionSchema>;

export const trendQuerySchema = z.strictObject({
  from: isoDate,
  to: isoDate,
  region: regionCodeSchema.optional(),
});
export const trendSchema = z.object({
  regionCode: z.string(),
  points: z.array(z.object({ date: z.string(), categories: z.array(categoryFiguresSchema) })),
});

export const missingQuerySchema = z.strictObject({
  date: isoDate,
  region: regionCodeSchema.optional(),
  kind: z.enum(['enterprise', 'project']).optional(),
  category: z.enum(resumptionCategories).optional(),
});
export const missingItemSchema = z.object({
  kind: z.enum(['enterprise', 'project']),
  id: z.number().int(),
  name: z.string(),
  category: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  lastReportDate: z.string().nullable(),
  lastStatus: z.enum(reportStatuses).nullable(),
  liaisonOfficerId: z
    .number()
    .int()
    .nullable()
    .describe('主责联络员（完整手机号见 /api/liaison/officers/:id/mobile）'),
  liaisonOfficer: z.string().nullable().describe('主责联络员'),
  liaisonPhone: z.string().nullable().describe('联络员手机号（掩码）'),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable().describe('按角色掩码'),
});
export const missingListSchema = z.object({
  date: z.string(),
  total: z.number().int(),
  items: z.array(missingItemSchema),
});

export const subjectListQuerySchema = z.strictObject({
  date: isoDate,
  region: regionCodeSchema,
  category: z.enum(resumptionCategories),
  status: z.enum([...reportStatuses, 'not_reported', 'inactive']).optional(),
});
export const subjectStatusSchema = z.object({
  kind: z.enum(['enterprise', 'project']),
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum([...reportStatuses, 'not_reported', 'inactive']),
  reportDate: z.string().nullable().describe('生效日报的日期（向前结转）'),
  workforce: z.number().int().nullable(),
  onDuty: z.number().int().nullable(),
  capacityPct: z.number().int().nullable(),
  isLate: z.boolean().nullable(),
  difficulty: z.string().nullable(),
});
export const subjectStatusListSchema = z.object({ items: z.array(subjectStatusSchema) });
