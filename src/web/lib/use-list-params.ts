import { useSearchParams } from 'react-router';
import type { z } from 'zod';

/** The keys every list query shares; the rest of a list-query schema are its filters. */
type PagingKey = 'page' | 'pageSize' | 'sort' | 'order';

export type ListParams<S extends z.ZodObject> = z.output<S>;
/**
 * A list query as the web sends it: the contract's input type, except that fields the schema coerces from
 * query text (page, ids), whose input type is `unknown`, take their parsed type.
 */
export type ListQuery<S extends z.ZodObject> = {
  [K in keyof z.input<S>]: unknown extends z.input<S>[K]
    ? K extends keyof z.output<S>
      ? z.output<S>[K]
      : never
    : z.input<S>[K];
};
export type ListFilters<S extends z.ZodObject> = Omit<z.output<S>, PagingKey>;
type SortOf<S extends z.ZodObject> = 'sort' extends keyof z.output<S> ? z.output<S>['sort'] : never;

/**
 * Reads a list's query from the address with the contract's own list-query schema: each key is parsed
 * on its own, so one bad value (a hand-edited link) falls back to its default instead of failing the page.
 */
export function readListParams<S extends z.ZodObject>(schema: S, search: URLSearchParams): ListParams<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const raw = search.get(key)?.trim() || undefined;
    const parsed = field.safeParse(raw);
    const value = parsed.success ? parsed.data : field.safeParse(undefined).data;
    if (value !== undefined) out[key] = value;
  }
  return out as ListParams<S>;
}

/** The address for a list query: empty values and the schema's defaults are left out, so links stay short. */
export function writeListParams<S extends z.ZodObject>(schema: S, values: object): URLSearchParams {
  const shape = schema.shape as Record<string, z.ZodType>;
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(values) as [string, unknown][]) {
    if (value === undefined || value === null || value === '' || !(key in shape)) continue;
    const fallback = shape[key]!.safeParse(undefined).data;
    if (fallback !== undefined && String(fallback) === String(value)) continue;
    out.set(key, String(value as string | number | boolean));
  }
  return out;
}

interface ListParamsOptions<F> {
  /** Filters that come from a link (an officer, a subject) and survive 重置 until their own tag is closed. */
  keepOnClear?: readonly (keyof F)[];
}

/**
 * A list's filters, sort and page kept in the address (back/forward and shared links keep them), typed by
 * the contract's list-query schema. Changing a filter or the sort goes back to the first page.
 */
export function useListParams<S extends z.ZodObject>(
  schema: S,
  options: ListParamsOptions<ListFilters<S>> = {},
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(schema, searchParams);
  const {
    page: _page,
    pageSize: _pageSize,
    sort: _sort,
    order: _order,
    ...filters
  } = params as Record<string, unknown>;
  const write = (next: object) => setSearchParams(writeListParams(schema, next), { replace: true });

  return {
    params,
    filters: filters as ListFilters<S>,
    setFilters: (changed: Partial<ListFilters<S>>) => write({ ...params, ...changed, page: 1 }),
    /** A filter form submitted as a whole: what it leaves out is cleared. */
    replaceFilters: (next: Partial<ListFilters<S>>) => write({ ...next, pageSize: params.pageSize }),
    setPage: (page: number, pageSize: number) => write({ ...params, page, pageSize }),
    setSort: (sort: SortOf<S> | undefined, order: 'asc' | 'desc' | undefined) =>
      write({ ...params, sort: order ? sort : undefined, order, page: 1 }),
    clearFilters: () => {
      const kept = Object.fromEntries((options.keepOnClear ?? []).map((k) => [k, filters[k as string]]));
      write({ ...kept, pageSize: params.pageSize as unknown });
    },
  };
}

export type ListParamsState<S extends z.ZodObject> = ReturnType<typeof useListParams<S>>;
