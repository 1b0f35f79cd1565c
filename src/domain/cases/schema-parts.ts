import { z } from 'zod';
import { isValidIsoDate } from '../dates';
import { hasControlCharacters } from '../text-rules';

/** The few schema pieces the action bodies and kind fields need (the domain does not import the contracts). */
export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, '不能为空')
    .max(max, `不能超过 ${max} 个字符`)
    .refine((v) => !hasControlCharacters(v), '不能包含控制字符');
}
export function longText(max: number, empty: string) {
  return z.string().trim().min(1, empty).max(max, `不能超过 ${max} 字`);
}
export const optionalNote = z.string().trim().max(500).nullish();
export const dateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isValidIsoDate, '日期不存在');
export const positiveId = z.coerce.number().int().positive();
export const regionCodeText = z.string().regex(/^\d{6}$/, '区划代码应为 6 位数字');
