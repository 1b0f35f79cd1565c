import { and, count, eq, gte } from 'drizzle-orm';
import type { Db } from './db/client';
import { auditLog } from './audit.table';
import type { Clock } from './clock';

/** Who did it, from where: taken from the request by the routes and passed to services. */
export interface AuditContext {
  userId: number | null;
  username: string | null;
  role: string | null;
  ip: string | null;
  requestId: string | null;
}

export const systemAuditContext: AuditContext = {
  userId: null,
  username: '系统',
  role: null,
  ip: null,
  requestId: null,
};

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string | number;
  /** What changed, in words an administrator reads (Chinese), or a compact field diff. */
  summary: string;
}

export interface AuditLog {
  /** Appends one record; pass the transaction of the write it describes so both commit or neither. */
  record(db: Db, context: AuditContext, entry: AuditEntry): Promise<void>;
}

export function createAuditLog(clock: Clock): AuditLog {
  return {
    async record(db, context, entry) {
      await db.insert(auditLog).values({
        at: clock.now(),
        userId: context.userId,
        username: context.username,
        role: context.role,
        ip: context.ip,
        requestId: context.requestId,
        action: entry.action,
        entityType: entry.entityType ?? null,
        entityId: entry.entityId === undefined ? null : String(entry.entityId),
        summary: entry.summary.slice(0, 4000),
      });
    },
  };
}

/** A readable diff of changed fields for an audit summary: `name: 张三 → 李四; role: …`. */
export function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = before[key];
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    parts.push(`${key}: ${format(old)} → ${format(value)}`);
  }
  return parts.length > 0 ? parts.join('; ') : '无变化';
}

function format(value: unknown): string {
  if (value === null || value === undefined) return '空';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Recent records of one action from one IP (the sign-in rate limit reads this, so it holds across processes). */
export async function countRecentByIp(db: Db, action: string, ip: string, since: Date): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.ip, ip), gte(auditLog.at, since)));
  return rows[0]?.n ?? 0;
}
