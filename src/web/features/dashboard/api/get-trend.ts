import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { trendSchema } from '../../../../contracts/dashboard';
import { request } from '../../../lib/api';
import { dashboardKey } from './get-resumption';

export interface TrendParams {
  from: string;
  to: string;
  region?: string;
}

export function useTrend(params: TrendParams | null, refetchInterval?: number) {
  return useQuery({
    queryKey: [...dashboardKey, 'trend', params],
    queryFn: () => request('/api/dashboard/resumption/trend', { query: { ...params }, schema: trendSchema }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    refetchInterval,
  });
}
