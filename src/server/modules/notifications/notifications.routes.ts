import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { markNotificationsReadSchema, notificationListSchema } from '../../../contracts/notifications';
import { requireActor } from '../../platform/access';
import type { NotificationsService } from './notifications.service';

export async function notificationsRoutes(
  app: FastifyInstance,
  options: { notifications: NotificationsService },
) {
  const { notifications } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['通知'];

  r.get(
    '/api/notifications',
    {
      config: { access: 'notifications.read' },
      schema: { tags, summary: '我的通知与未读数', response: { 200: notificationListSchema } },
    },
    async (request) => notifications.list(requireActor(request)),
  );
  r.post(
    '/api/notifications/read',
    {
      config: { access: 'notifications.read' },
      schema: { tags, summary: '标为已读（ids 为空则全部）', body: markNotificationsReadSchema },
    },
    async (request, reply) => {
      await notifications.markRead(requireActor(request), request.body.ids ?? 'all');
      return reply.code(204).send();
    },
  );
}
