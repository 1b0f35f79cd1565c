import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import { hasControlCharacters } from '../domain/text-rules';

// Validation messages in Chinese for every schema, on the server and in the browser alike.
z.config(z.locales.zhCN());

/** RFC 9457 problem details, the body of every error response. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string().describe('错误类别（中文）'),
    status: z.number().int(),
    detail: z.string().describe('说明（中文）'),
    code: z.string().describe('机器可读的错误码'),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string().describe('出错的字段'), message: z.string() })).optional(),
  })
  .describe('错误（application/problem+json）');
export type Problem = z.infer<typeof problemSchema>;

/** A single-line human text (names, titles): trimmed, bounded, no control characters. */
export function singleLineText(max: number) {
  return z
    .string()
    .trim()
    .min(1, '不能为空')
    .max(max, `不能超过 ${max} 个字符`)
    .refine((v) => !hasControlCharacters(v), '不能包含控制字符');
}

export const regionCodeSchema = z.string().regex(/^\d{6}$/, '区划代码应为 6 位数字');
export const idSchema = z.coerce.number().int().positive();
export const idParamsSchema = z.strictObject({ id: idSchema });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const isoDateTime = z.string().describe('ISO 8601 时间，带时区');
export const isoDate = z
  .string()
  // abort: text that is not a date gets one message, not also 日期不存在.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD', abort: true })
  .refine(isValidIsoDate, '日期不存在');

/** Excel imports: validate first, then commit all or nothing. */
export const importModeSchema = z.strictObject({ mode: z.enum(['validate', 'commit']) });
export const importRowErrorSchema = z.object({
  row: z.number().int().describe('表格中的行号'),
  column: z.string().describe('列名'),
  value: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;
export const importResultSchema = z.object({
  mode: z.enum(['validate', 'commit']),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(importRowErrorSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;
