import { useSearchParams } from 'react-router';
import { visitModes, type VisitMode } from '../../../../domain/liaison';
import type { VisitFilters } from '../api/visits';

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const isoDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const regionCode = (value: string | null) => (value && /^\d{6}$/.test(value) ? value : undefined);

/** The visit list's filters and page live in the address: shared links and back/forward keep them. */
export function useVisitParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const mode = searchParams.get('mode');
  const subjectKind = searchParams.get('subjectKind');
  const filters: VisitFilters = {
    region: regionCode(searchParams.get('region')),
    mode: visitModes.includes(mode as VisitMode) ? (mode as VisitMode) : undefined,
    from: isoDay(searchParams.get('from')),
    to: isoDay(searchParams.get('to')),
    subjectKind: subjectKind === 'enterprise' || subjectKind === 'project' ? subjectKind : undefined,
    subjectId: positive(searchParams.get('subjectId'), 0) || undefined,
    officerId: positive(searchParams.get('officerId'), 0) || undefined,
  };
  const page = positive(searchParams.get('page'), 1);
  const pageSize = Math.min(positive(searchParams.get('pageSize'), 20), 200);

  const write = (next: VisitFilters & { page?: number; pageSize?: number }) => {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === null || value === '') continue;
      if ((key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
      out.set(key, String(value));
    }
    setSearchParams(out, { replace: true });
  };

  return {
    filters,
    page,
    pageSize,
    setFilters: (changed: Partial<VisitFilters>) => write({ ...filters, ...changed, page: 1, pageSize }),
    setPage: (p: number, size: number) => write({ ...filters, page: p, pageSize: size }),
    /** Clears what the filter bar sets; a link's officer or subject stays until its own tag is closed. */
    clearFilters: () =>
      write({
        subjectKind: filters.subjectKind,
        subjectId: filters.subjectId,
        officerId: filters.officerId,
        pageSize,
      }),
  };
}
