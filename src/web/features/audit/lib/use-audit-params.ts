import { useSearchParams } from 'react-router';
import type { AuditFilters, AuditListParams } from '../api/list-audit';

const filterKeys = ['username', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Filters and page live in the address: the home page links straight to "today". */
export function useAuditParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: AuditFilters = {};
  for (const key of filterKeys) {
    const value = searchParams.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !isoDate.test(value)) continue;
    filters[key] = value;
  }
  const params: AuditListParams = {
    ...filters,
    page: positive(searchParams.get('page'), 1),
    pageSize: Math.min(positive(searchParams.get('pageSize'), 20), 200),
  };

  const write = (next: AuditListParams) => {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === '') continue;
      if ((key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
      out.set(key, String(value));
    }
    setSearchParams(out, { replace: true });
  };

  return {
    params,
    filters,
    setFilters: (next: AuditFilters) => write({ ...next, page: 1, pageSize: params.pageSize }),
    setPage: (page: number, pageSize: number) => write({ ...params, page, pageSize }),
  };
}
