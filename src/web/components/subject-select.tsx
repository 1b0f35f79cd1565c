import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import type { z } from 'zod';
import { request } from '../lib/api';

/** What a searchable picker needs to know about one enterprise or project. */
export interface SubjectOption {
  id: number;
  name: string;
  /** Credit code or project code. */
  code: string;
  regionName: string;
}

export interface SubjectSelectConfig<T> {
  /** First element of the query keys, shared with the lists so an import refreshes the picker too. */
  queryRoot: string;
  /** e.g. /api/enterprises */
  path: string;
  pageSchema: z.ZodType<{ items: T[]; total: number }>;
  itemSchema: z.ZodType<T>;
  toOption: (item: T) => SubjectOption;
  placeholder: string;
  notFound: string;
}

export interface SubjectSelectProps {
  value?: number | null;
  onChange?: (id: number | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** A Select that searches the registry on the server (name, code) and shows the chosen one by name. */
export function SubjectSelect<T>({
  config,
  value,
  onChange,
  placeholder,
  disabled,
  allowClear = true,
  style,
  id,
}: SubjectSelectProps & { config: SubjectSelectConfig<T> }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const list = useQuery({
    queryKey: [config.queryRoot, 'options', q],
    queryFn: () =>
      request(config.path, {
        query: { q: q || undefined, pageSize: 20, sort: 'name' },
        schema: config.pageSchema,
      }),
    placeholderData: keepPreviousData,
    enabled: !disabled,
  });
  const found = list.data?.items.map(config.toOption) ?? [];
  const isListed = value != null && found.some((o) => o.id === value);
  // The chosen one may not be among the first 20: fetch it to show its name.
  const chosen = useQuery({
    queryKey: [config.queryRoot, 'detail', value],
    queryFn: () => request(`${config.path}/${value}`, { schema: config.itemSchema }),
    enabled: value != null && !isListed,
    retry: false,
  });

  const all = [...found];
  if (value != null && !isListed) {
    all.unshift(
      chosen.data
        ? config.toOption(chosen.data)
        : {
            id: value,
            name: chosen.isError ? `编号 ${value}（无法查看）` : `编号 ${value}`,
            code: '',
            regionName: '',
          },
    );
  }
  const options = all.map((o) => ({
    value: o.id,
    title: o.name,
    label: (
      <span>
        {o.name}
        {o.regionName ? (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {o.regionName}
            {o.code ? ` · ${o.code}` : ''}
          </Typography.Text>
        ) : null}
      </span>
    ),
  }));

  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v)}
      options={options}
      optionLabelProp="title"
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      loading={list.isFetching}
      placeholder={placeholder ?? config.placeholder}
      notFoundContent={list.isFetching ? '正在查找…' : config.notFound}
      allowClear={allowClear}
      disabled={disabled}
      style={{ width: '100%', ...style }}
    />
  );
}
