import { useQuery } from '@tanstack/react-query';
import { resumptionSchema } from '../../../../contracts/dashboard';
import { request } from '../../../lib/api';

/** The latest day's figures for the user's whole scope (the dashboard's default view). */
export function useResumptionSummary(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'resumption', { date: undefined, region: undefined }],
    queryFn: () => request('/api/dashboard/resumption', { schema: resumptionSchema }),
    enabled,
  });
}
