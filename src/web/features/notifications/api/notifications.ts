import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationListSchema } from '../../../../contracts/notifications';
import { request } from '../../../lib/api';

/** Other features invalidate the same key (['notifications']) after an action that notifies someone. */
export const notificationsKey = ['notifications'] as const;

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => request('/api/notifications', { schema: notificationListSchema }),
    enabled,
    // New cases, assignments and red lights arrive while the page is open: look once a minute.
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    staleTime: 30_000,
  });
}

/** Marks the given notifications read, or all of them when `ids` is undefined. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[] | undefined) =>
      request('/api/notifications/read', { method: 'POST', body: ids ? { ids } : {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
