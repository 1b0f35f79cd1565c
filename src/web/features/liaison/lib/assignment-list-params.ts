import { useSearchParams } from 'react-router';
import { oneOf, positiveInt, readPage, regionCodeOf, toSearch, type PageParams } from './officer-list-params';

export type SubjectKind = 'enterprise' | 'project';

export interface SubjectRef {
  kind: SubjectKind;
  id: number;
}

export interface AssignmentFilters {
  region?: string;
  kind?: SubjectKind;
  q?: string;
  /** uncovered: no current primary officer (仅看无主责联络员). */
  coverage?: 'uncovered' | 'covered';
  officerId?: number;
}

export type AssignmentListParams = AssignmentFilters & PageParams;

export function readAssignmentFilters(search: URLSearchParams): AssignmentFilters {
  return {
    region: regionCodeOf(search.get('region')),
    kind: oneOf(search.get('kind'), ['enterprise', 'project'] as const),
    q: search.get('q')?.trim() || undefined,
    coverage: oneOf(search.get('coverage'), ['uncovered', 'covered'] as const),
    officerId: positiveInt(search.get('officerId')),
  };
}

/** enterprise-12: a row key that is unique across both kinds. */
export function subjectRowKey(subject: SubjectRef): string {
  return `${subject.kind}-${subject.id}`;
}

export function useAssignmentListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readAssignmentFilters(searchParams);
  const page = readPage(searchParams);
  const write = (next: AssignmentListParams) => setSearchParams(toSearch(next), { replace: true });
  return {
    params: { ...filters, ...page } satisfies AssignmentListParams,
    filters,
    setFilters: (changed: Partial<AssignmentFilters>) => write({ ...filters, ...changed, ...page, page: 1 }),
    setPage: (p: number, pageSize: number) => write({ ...filters, page: p, pageSize }),
    clearFilters: () => write({ page: 1, pageSize: page.pageSize }),
  };
}
