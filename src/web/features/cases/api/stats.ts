import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { caseStatsSchema } from '../../../../contracts/cases';
import { request } from '../../../lib/api';
import { casesKey } from './cases';

export interface CaseStatsParams {
  by: 'department' | 'category';
  from?: string;
  to?: string;
  region?: string;
}

export function useCaseStats(params: CaseStatsParams) {
  return useQuery({
    queryKey: [...casesKey, 'stats', params],
    queryFn: () => request('/api/cases/stats', { query: { ...params }, schema: caseStatsSchema }),
    placeholderData: keepPreviousData,
  });
}
