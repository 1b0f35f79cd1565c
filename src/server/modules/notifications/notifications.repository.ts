import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { notifications, outbox } from './notifications.table';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;
export type NewOutboxRow = typeof outbox.$inferInsert;

export function createNotificationsRepository(db: Db) {
  return {
    async insert(values: readonly NewNotificationRow[]): Promise<void> {
      if (values.length > 0) await db.insert(notifications).values([...values]);
    },
    async enqueue(values: readonly NewOutboxRow[]): Promise<void> {
      if (values.length > 0) await db.insert(outbox).values([...values]);
    },
    async latestOf(userId: number, limit: number) {
      const [items, [unread]] = await Promise.all([
        db
          .select()
          .from(notifications)
          .where(eq(notifications.userId, userId))
          .orderBy(desc(notifications.id))
          .limit(limit),
        db
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
      ]);
      return { items, unread: unread?.n ?? 0 };
    },
    async markRead(userId: number, ids: readonly number[] | 'all', at: Date): Promise<void> {
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids === 'all' ? undefined : inArray(notifications.id, [...ids]),
          ),
        );
    },
  };
}
