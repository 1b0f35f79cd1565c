import { useQuery } from '@tanstack/react-query';
import { coverageSchema, myHomeSchema } from '../../../../contracts/liaison';
import { request } from '../../../lib/api';

/** An officer's home figures (the same query the 联络员工作台 reads, so the page opens instantly). */
export function useMyLiaisonHome(enabled: boolean) {
  return useQuery({
    queryKey: ['liaison', 'me'],
    queryFn: () => request('/api/liaison/me', { schema: myHomeSchema }),
    enabled,
  });
}

/** Coverage of the user's whole scope today, for the dispatcher's home card. */
export function useLiaisonCoverageSummary(enabled: boolean) {
  return useQuery({
    queryKey: ['liaison', 'coverage', {}],
    queryFn: () => request('/api/liaison/coverage', { schema: coverageSchema }),
    enabled,
  });
}
