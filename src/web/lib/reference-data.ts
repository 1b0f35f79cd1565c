import { useQuery } from '@tanstack/react-query';
import { departmentListSchema, regionListSchema } from '../../contracts/reference';
import { request } from './api';

// Reference data changes rarely; keep it for the whole session.
const referenceStaleTime = 30 * 60_000;

export function useRegions() {
  return useQuery({
    queryKey: ['reference', 'regions'],
    queryFn: () => request('/api/regions', { schema: regionListSchema }),
    staleTime: referenceStaleTime,
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: ['reference', 'departments'],
    queryFn: () => request('/api/departments', { schema: departmentListSchema }),
    staleTime: referenceStaleTime,
  });
}

/** code → name, for tables that only carry a region code. */
export function useRegionNames(): Map<string, string> {
  const { data } = useRegions();
  return new Map((data ?? []).map((r) => [r.code, r.name]));
}
