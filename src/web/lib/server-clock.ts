import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { healthSchema } from '../../contracts/health';
import { request } from './api';

// The platform runs on its own clock (the demo scenario lives in March 2020), so "today" is the server's.

export function useServerClock(): { now: () => Dayjs; isReady: boolean } {
  const { data: offsetMs, isError } = useQuery({
    queryKey: ['server-clock'],
    queryFn: async () => {
      const { time } = await request('/api/health', { schema: healthSchema });
      return Date.parse(time) - Date.now();
    },
    staleTime: 10 * 60_000,
  });
  return {
    now: () => dayjs(Date.now() + (offsetMs ?? 0)),
    // If the clock cannot be read, fall back to the browser's rather than showing nothing.
    isReady: offsetMs !== undefined || isError,
  };
}
