import { useSearchParams } from 'react-router';
import { caseStates, type CaseState } from '../../../../domain/cases/workflow';
import { problemCategories, type ProblemCategory } from '../../../../domain/cases/problem';
import type { Light } from '../../../components/light-tag';
import type { CaseFilters } from '../api/cases';

const lights: Light[] = ['green', 'yellow', 'red'];

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const isoDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** The ledger's filters and page live in the address: shared links and back/forward keep them. */
export function useLedgerParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = searchParams.get('state');
  const light = searchParams.get('light');
  const category = searchParams.get('category');
  const department = positive(searchParams.get('department'), 0);
  const filters: CaseFilters = {
    state: caseStates.includes(state as CaseState) ? (state as CaseState) : undefined,
    light: lights.includes(light as Light) ? (light as Light) : undefined,
    category: problemCategories.includes(category as ProblemCategory)
      ? (category as ProblemCategory)
      : undefined,
    department: department || undefined,
    region: searchParams.get('region') || undefined,
    from: isoDay(searchParams.get('from')),
    to: isoDay(searchParams.get('to')),
    q: searchParams.get('q') || undefined,
  };
  const page = positive(searchParams.get('page'), 1);
  const pageSize = Math.min(positive(searchParams.get('pageSize'), 20), 200);

  const write = (next: CaseFilters & { page?: number; pageSize?: number }) => {
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
    setFilters: (changed: Partial<CaseFilters>) => write({ ...filters, ...changed, page: 1, pageSize }),
    setPage: (p: number, size: number) => write({ ...filters, page: p, pageSize: size }),
    clearFilters: () => write({ pageSize }),
  };
}
