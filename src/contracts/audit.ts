import { z } from 'zod';
import { isoDate, isoDateTime, pageOf, pageQuerySchema } from './common';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: isoDateTime,
    userId: z.number().int().nullable(),
    username: z.string().nullable(),
    role: z.string().nullable(),
    ip: z.string().nullable(),
    action: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    summary: z.string(),
    requestId: z.string().nullable(),
  })
  .describe('审计记录');
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);

export const auditFilterSchema = z.object({
  username: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const auditQuerySchema = pageQuerySchema.extend(auditFilterSchema.shape);
export type AuditQuery = z.infer<typeof auditQuerySchema>;
