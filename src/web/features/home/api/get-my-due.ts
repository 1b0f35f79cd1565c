import { useQuery } from '@tanstack/react-query';
import { myDueListSchema } from '../../../../contracts/reports';
import { request } from '../../../lib/api';

/** Today's reports the user files (the same query the 今日填报 page reads, so the page opens instantly). */
export function useMyDueReports(enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'mine'],
    queryFn: () => request('/api/reports/mine', { schema: myDueListSchema }),
    enabled,
  });
}
