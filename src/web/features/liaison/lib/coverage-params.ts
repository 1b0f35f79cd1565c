import { useSearchParams } from 'react-router';
import { regionCodeOf, toSearch } from './officer-list-params';

export interface CoverageParams {
  region?: string;
  /** YYYY-MM-DD; the server's today when absent. */
  date?: string;
}

export function readCoverageParams(search: URLSearchParams): CoverageParams {
  const date = search.get('date');
  return {
    region: regionCodeOf(search.get('region')),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
  };
}

export function useCoverageParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readCoverageParams(searchParams);
  return {
    params,
    setParams: (changed: Partial<CoverageParams>) =>
      setSearchParams(toSearch({ ...params, ...changed }), { replace: true }),
  };
}
