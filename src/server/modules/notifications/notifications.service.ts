import type { NotificationList } from '../../../contracts/notifications';
import type { Actor } from '../../platform/access';
import type { Db } from '../../platform/db/client';
import type { Platform } from '../../platform/platform';
import { createNotificationsRepository } from './notifications.repository';

export interface Notice {
  /** Recipients; duplicates are sent once. */
  userIds: readonly number[];
  title: string;
  body: string;
  /** The case the notice is about: the bell opens it. */
  caseId?: number | null;
  /** The caller's clock, so a notice carries the time of the change that caused it. */
  at: Date;
  /** More for the senders of other channels (a case number, an escalation level). */
  payload?: Record<string, unknown>;
  /** False for history being loaded: nobody is to be texted about what happened long ago. */
  sms?: boolean;
}

/**
 * Writes the in-app notifications and one SMS outbox entry per recipient in the caller's transaction, so a
 * notice exists exactly when the change it announces does.
 */
export async function notifyUsers(tx: Db, notice: Notice): Promise<void> {
  const userIds = [...new Set(notice.userIds)];
  if (userIds.length === 0) return;
  const { title, body, at } = notice;
  const caseId = notice.caseId ?? null;
  const repo = createNotificationsRepository(tx);
  await repo.insert(userIds.map((userId) => ({ userId, caseId, title, body, createdAt: at })));
  if (notice.sms === false) return;
  await repo.enqueue(
    userIds.map((userId) => ({
      channel: 'sms',
      userId,
      payload: { caseId, title, body, ...notice.payload },
      createdAt: at,
    })),
  );
}

export function createNotificationsService(platform: Platform) {
  const { db, clock } = platform;
  return {
    /** The caller's latest 50 notifications and the unread count. */
    async list(actor: Actor): Promise<NotificationList> {
      // An API token has no user, hence no bell.
      if (!actor.userId) return { items: [], unread: 0 };
      const { items, unread } = await createNotificationsRepository(db).latestOf(actor.userId, 50);
      return {
        unread,
        items: items.map((n) => ({
          id: n.id,
          title: n.title,
          body: n.body,
          caseId: n.caseId,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      };
    },

    /** Marks some of the caller's notifications read, or all of them; others' stay as they are. */
    async markRead(actor: Actor, ids: readonly number[] | 'all'): Promise<void> {
      if (actor.userId) await createNotificationsRepository(db).markRead(actor.userId, ids, clock.now());
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
