import { useSearchParams } from 'react-router';
import { isRole } from '../../../../domain/roles';
import type { UserListParams } from '../api/list-users';

export type UserFilters = Omit<UserListParams, 'page' | 'pageSize'>;

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The list's filters and page live in the address, so back/forward and shared links keep them. */
export function useUserListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const role = searchParams.get('role');
  const status = searchParams.get('status');
  const params: UserListParams = {
    page: positive(searchParams.get('page'), 1),
    pageSize: Math.min(positive(searchParams.get('pageSize'), 20), 200),
    q: searchParams.get('q') || undefined,
    role: isRole(role) ? role : undefined,
    region: searchParams.get('region') || undefined,
    status: status === 'active' || status === 'disabled' ? status : undefined,
  };

  const write = (next: UserListParams) => {
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
    setFilters: (filters: Partial<UserFilters>) => write({ ...params, ...filters, page: 1 }),
    setPage: (page: number, pageSize: number) => write({ ...params, page, pageSize }),
    clearFilters: () => write({ page: 1, pageSize: params.pageSize }),
  };
}
