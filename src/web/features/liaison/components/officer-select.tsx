import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { officerPageSchema, type Officer } from '../../../../contracts/liaison';
import { request } from '../../../lib/api';
import { fetchOfficer, officersKey } from '../api/officers';

interface OfficerSelectProps {
  value?: number | null;
  onChange?: (id: number | undefined, officer: Officer | undefined) => void;
  placeholder?: string;
  /** Only officers on duty today (for assigning); the list filter shows everyone. */
  isActiveOnly?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  testId?: string;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

function OfficerOption({ officer }: { officer: Officer }) {
  const line = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
  return (
    <div style={{ lineHeight: 1.4, padding: '2px 0' }}>
      <div style={line}>
        {officer.name}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          {officer.unitName}
          {officer.post ? ` · ${officer.post}` : ''}
        </Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ ...line, display: 'block', fontSize: 12 }}>
        {officer.regionName} · 主责 {officer.primarySubjects} / 共 {officer.subjects}
        {officer.isActive ? '' : ' · 离岗'}
      </Typography.Text>
    </div>
  );
}

/** Picks a liaison officer, searching the roster on the server by name, unit or post. */
export function OfficerSelect({
  value,
  onChange,
  placeholder = '输入姓名、单位或职务查找联络员',
  isActiveOnly = false,
  allowClear = true,
  style,
  id,
  testId,
}: OfficerSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const status = isActiveOnly ? 'active' : undefined;
  const list = useQuery({
    queryKey: [...officersKey, 'options', q, status],
    queryFn: () =>
      request('/api/liaison/officers', {
        query: { q: q || undefined, status, pageSize: 20 },
        schema: officerPageSchema,
      }),
    placeholderData: keepPreviousData,
  });
  const found = list.data?.items ?? [];
  const isListed = value != null && found.some((o) => o.id === value);
  // The chosen one may not be among the first 20 (e.g. from the address): fetch it to show its name.
  const chosen = useQuery({
    queryKey: [...officersKey, 'detail', value],
    queryFn: () => fetchOfficer(value!),
    enabled: value != null && !isListed,
    retry: false,
  });
  const all = [...found];
  if (chosen.data && !isListed) all.unshift(chosen.data);

  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v: number | undefined) =>
        onChange?.(
          v,
          all.find((o) => o.id === v),
        )
      }
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      loading={list.isFetching}
      allowClear={allowClear}
      placeholder={placeholder}
      aria-label={placeholder}
      notFoundContent={list.isFetching ? '查找中…' : '没有找到联络员'}
      options={all.map((o) => ({ value: o.id, label: o.name, officer: o }))}
      optionRender={(option) => <OfficerOption officer={(option.data as { officer: Officer }).officer} />}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
