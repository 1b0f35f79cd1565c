export { notificationsRoutes } from './notifications.routes';
export {
  createNotificationsService,
  notifyUsers,
  type Notice,
  type NotificationsService,
} from './notifications.service';
export { notifications, outbox } from './notifications.table';
