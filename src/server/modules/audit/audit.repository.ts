import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { escapeLike } from '../../platform/db/like';
import { auditLog } from '../../platform/audit.table';

export interface AuditFilter {
  username?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export type AuditRow = typeof auditLog.$inferSelect;

function conditionsOf(filter: AuditFilter): SQL | undefined {
  const c: SQL[] = [];
  if (filter.username) c.push(ilike(auditLog.username, `%${escapeLike(filter.username)}%`));
  if (filter.action) c.push(ilike(auditLog.action, `${escapeLike(filter.action)}%`));
  if (filter.entityType) c.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) c.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) c.push(gte(auditLog.at, filter.from));
  if (filter.to) c.push(lt(auditLog.at, filter.to));
  return c.length > 0 ? and(...c) : undefined;
}

export function createAuditRepository(db: Db) {
  return {
    async search(filter: AuditFilter, page: number, pageSize: number) {
      const where = conditionsOf(filter);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    /** Pages through matching records newest first, for exports. */
    async *iterate(filter: AuditFilter, limit: number, batch = 2000): AsyncGenerator<AuditRow> {
      const where = conditionsOf(filter);
      let offset = 0;
      while (offset < limit) {
        const rows = await db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(Math.min(batch, limit - offset))
          .offset(offset);
        yield* rows;
        if (rows.length < batch) return;
        offset += rows.length;
      }
    },
  };
}
