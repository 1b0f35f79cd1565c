import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { subjectStatusListSchema } from '../../../../contracts/dashboard';
import type { ResumptionCategory } from '../../../../domain/resumption';
import { request } from '../../../lib/api';
import { dashboardKey } from './get-resumption';

export interface SubjectListParams {
  date: string;
  region: string;
  category: ResumptionCategory;
}

/** Every subject of one category in a region with its carried-forward status (filtered on the page). */
export function useSubjectStatuses(params: SubjectListParams | null) {
  return useQuery({
    queryKey: [...dashboardKey, 'subjects', params],
    queryFn: () =>
      request('/api/dashboard/resumption/subjects', {
        query: { ...params },
        schema: subjectStatusListSchema,
      }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
