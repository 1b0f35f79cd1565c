import { z } from 'zod';
import { isoDateTime } from './common';

export const notificationSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    body: z.string(),
    caseId: z.number().int().nullable(),
    createdAt: isoDateTime,
    readAt: isoDateTime.nullable(),
  })
  .describe('站内通知');
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const markNotificationsReadSchema = z.strictObject({
  ids: z.array(z.number().int()).max(200).optional(),
});
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;
