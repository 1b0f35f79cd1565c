import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coverageSchema } from '../../../../contracts/liaison';
import { request } from '../../../lib/api';
import { downloadFile } from '../../../lib/download';
import type { CoverageParams } from '../lib/coverage-params';
import { liaisonKey } from './officers';

/** Coverage, overdue contact and workload for a region on a day (the server's today when no date). */
export function useCoverage(params: CoverageParams) {
  return useQuery({
    queryKey: [...liaisonKey, 'coverage', params],
    queryFn: () => request('/api/liaison/coverage', { query: { ...params }, schema: coverageSchema }),
    placeholderData: keepPreviousData,
  });
}

export function exportCoverage(params: CoverageParams, date: string): Promise<void> {
  return downloadFile('/api/liaison/coverage/export', { ...params }, `联络覆盖情况-${date}.xlsx`);
}
