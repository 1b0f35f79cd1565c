import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { coverageQuerySchema } from '../../../../contracts/liaison';
import { readListParams, writeListParams } from '../../../lib/use-list-params';

/** The coverage page's county and day (YYYY-MM-DD; the server's today when absent). */
export type CoverageParams = z.output<typeof coverageQuerySchema>;

export function readCoverageParams(search: URLSearchParams): CoverageParams {
  return readListParams(coverageQuerySchema, search);
}

export function useCoverageParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readCoverageParams(searchParams);
  return {
    params,
    setParams: (changed: Partial<CoverageParams>) =>
      setSearchParams(writeListParams(coverageQuerySchema, { ...params, ...changed }), { replace: true }),
  };
}
