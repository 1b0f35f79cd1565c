import { useSearchParams } from 'react-router';

export const defaultPageSize = 20;

export interface OfficerFilters {
  region?: string;
  q?: string;
  status?: 'active' | 'inactive';
  unitDepartmentId?: number;
}

export interface PageParams {
  page: number;
  pageSize: number;
}

export type OfficerListParams = OfficerFilters & PageParams;

export function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function regionCodeOf(value: string | null): string | undefined {
  return value && /^\d{6}$/.test(value) ? value : undefined;
}

export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The page part of an address: unknown or out-of-range values fall back to the first page of 20. */
export function readPage(search: URLSearchParams): PageParams {
  return {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: Math.min(positiveInt(search.get('pageSize')) ?? defaultPageSize, 200),
  };
}

/** Filters and page as an address query, leaving out empty values and the defaults. */
export function toSearch(values: object): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(values) as [string, unknown][]) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if ((key === 'page' && value === 1) || (key === 'pageSize' && value === defaultPageSize)) continue;
    out.set(key, String(value));
  }
  return out;
}

export function readOfficerFilters(search: URLSearchParams): OfficerFilters {
  return {
    region: regionCodeOf(search.get('region')),
    q: search.get('q')?.trim() || undefined,
    status: oneOf(search.get('status'), ['active', 'inactive'] as const),
    unitDepartmentId: positiveInt(search.get('unitDepartmentId')),
  };
}

/** The roster's filters and page live in the address, so back/forward and shared links keep them. */
export function useOfficerListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readOfficerFilters(searchParams);
  const page = readPage(searchParams);
  const write = (next: OfficerListParams) => setSearchParams(toSearch(next), { replace: true });
  return {
    params: { ...filters, ...page } satisfies OfficerListParams,
    filters,
    setFilters: (changed: Partial<OfficerFilters>) => write({ ...filters, ...changed, ...page, page: 1 }),
    setPage: (p: number, pageSize: number) => write({ ...filters, page: p, pageSize }),
    clearFilters: () => write({ page: 1, pageSize: page.pageSize }),
  };
}
