import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { resumptionSchema } from '../../../../contracts/dashboard';
import { request } from '../../../lib/api';

export const dashboardKey = ['dashboard'] as const;

export interface ResumptionParams {
  /** Absent: the server's latest day with reports. */
  date?: string;
  /** Absent: the root of the user's scope. */
  region?: string;
}

export function useResumption(params: ResumptionParams, refetchInterval?: number) {
  return useQuery({
    queryKey: [...dashboardKey, 'resumption', params],
    queryFn: () => request('/api/dashboard/resumption', { query: { ...params }, schema: resumptionSchema }),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
