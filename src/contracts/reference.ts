import { z } from 'zod';
import { regionKinds } from '../domain/regions';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(regionKinds),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof regionSchema>;
export const regionListSchema = z.array(regionSchema);

export const departmentSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;
export const departmentListSchema = z.array(departmentSchema);

export const industrySchema = z.object({
  code: z.string(),
  name: z.string(),
  section: z.enum(['B', 'C', 'D']),
});
export const industryListSchema = z.array(industrySchema);
