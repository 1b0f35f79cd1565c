import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { missingListSchema } from '../../../../contracts/dashboard';
import type { ResumptionCategory } from '../../../../domain/resumption';
import { request } from '../../../lib/api';
import { dashboardKey } from './get-resumption';

export interface MissingParams {
  date: string;
  region?: string;
  category?: ResumptionCategory;
}

export function useMissing(params: MissingParams | null) {
  return useQuery({
    queryKey: [...dashboardKey, 'missing', params],
    queryFn: () =>
      request('/api/dashboard/resumption/missing', { query: { ...params }, schema: missingListSchema }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
