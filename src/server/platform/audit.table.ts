import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only: a trigger in the migrations rejects UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: integer('user_id'),
    username: text('username'),
    role: text('role'),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_user_idx').on(t.username, t.at),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_ip_idx').on(t.ip, t.action, t.at),
  ],
);
