import { useSearchParams } from 'react-router';

export interface PageParams {
  page: number;
  pageSize: number;
}

export interface SortParams<S extends string> {
  sort?: S;
  order?: 'asc' | 'desc';
}

const defaultPageSize = 20;

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * A list's filters, sort and page kept in the address, so back/forward and shared links keep them.
 * `read` turns the search params into typed filters (unknown values are dropped).
 */
export function useListParams<F extends object, S extends string>(
  read: (search: URLSearchParams) => F,
  sorts: readonly S[],
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params: F & PageParams & SortParams<S> = {
    ...read(searchParams),
    page: positive(searchParams.get('page'), 1),
    pageSize: Math.min(positive(searchParams.get('pageSize'), defaultPageSize), 200),
    sort: oneOf(searchParams.get('sort'), sorts),
    order: oneOf(searchParams.get('order'), ['asc', 'desc'] as const),
  };

  const write = (next: F & PageParams & SortParams<S>) => {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === null || value === '') continue;
      if ((key === 'page' && value === 1) || (key === 'pageSize' && value === defaultPageSize)) continue;
      out.set(key, String(value));
    }
    setSearchParams(out, { replace: true });
  };

  const { page: _page, pageSize: _pageSize, sort: _sort, order: _order, ...filters } = params;
  return {
    params,
    filters: filters as unknown as F,
    setFilters: (changed: Partial<F>) => write({ ...params, ...changed, page: 1 }),
    setPage: (page: number, pageSize: number) => write({ ...params, page, pageSize }),
    setSort: (sort: S | undefined, order: 'asc' | 'desc' | undefined) =>
      write({ ...params, sort: order ? sort : undefined, order, page: 1 }),
    clearFilters: () => write({ page: 1, pageSize: params.pageSize } as F & PageParams & SortParams<S>),
  };
}
