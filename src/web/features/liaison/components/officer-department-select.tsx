import { Select } from 'antd';
import { useMemo } from 'react';
import { useDepartments, useRegionNames } from '../../../lib/reference-data';

interface OfficerDepartmentSelectProps {
  value?: number | null;
  onChange?: (id: number | undefined) => void;
  placeholder?: string;
  id?: string;
}

/** Any department the user may see, grouped by region: 市直部门和单位 first, then each county's. */
export function OfficerDepartmentSelect({
  value,
  onChange,
  placeholder = '选择部门',
  id,
}: OfficerDepartmentSelectProps) {
  const { data, isLoading } = useDepartments();
  const regionNames = useRegionNames();
  const options = useMemo(() => {
    const groups = new Map<string, { value: number; label: string }[]>();
    for (const d of data ?? []) {
      const list = groups.get(d.regionCode) ?? [];
      list.push({ value: d.id, label: d.name });
      groups.set(d.regionCode, list);
    }
    // The city's own departments have a code ending in 00 (430400).
    const weight = (code: string) => (code.endsWith('00') ? 0 : 1);
    return [...groups.entries()]
      .sort(([a], [b]) => weight(a) - weight(b) || a.localeCompare(b))
      .map(([code, list]) => ({
        label: code.endsWith('00') ? '市直部门和单位' : (regionNames.get(code) ?? code),
        title: code,
        options: list,
      }));
  }, [data, regionNames]);

  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v)}
      options={options}
      loading={isLoading}
      placeholder={placeholder}
      aria-label={placeholder}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      notFoundContent="没有匹配的部门"
      style={{ width: '100%' }}
    />
  );
}
