import { Select } from 'antd';
import { useMemo } from 'react';
import { useDepartments, useRegionNames } from '../../../lib/reference-data';

interface DepartmentPickerProps {
  value?: number | null;
  onChange?: (id: number | undefined) => void;
  /** The case's county: its departments are listed right after the city's. */
  regionCode?: string;
  /** Departments already chosen elsewhere in the same form. */
  exclude?: readonly number[];
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  testId?: string;
}

/** Any department the user may see, grouped by region: 市直部门 first, then the case's county, then the rest. */
export function DepartmentPicker(props: DepartmentPickerProps) {
  const {
    value,
    onChange,
    regionCode,
    exclude = [],
    placeholder = '选择部门',
    allowClear,
    id,
    testId,
  } = props;
  const { data, isLoading } = useDepartments();
  const regionNames = useRegionNames();
  const options = useMemo(() => {
    const groups = new Map<string, { value: number; label: string }[]>();
    for (const d of data ?? []) {
      if (exclude.includes(d.id) && d.id !== value) continue;
      const list = groups.get(d.regionCode) ?? [];
      list.push({ value: d.id, label: d.name });
      groups.set(d.regionCode, list);
    }
    const weight = (code: string) => (code.endsWith('00') ? 0 : code === regionCode ? 1 : 2);
    return [...groups.entries()]
      .sort(([a], [b]) => weight(a) - weight(b) || a.localeCompare(b))
      .map(([code, list]) => ({
        label: code.endsWith('00') ? '市直部门和单位' : (regionNames.get(code) ?? code),
        title: code,
        options: list,
      }));
  }, [data, exclude, regionCode, regionNames, value]);

  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v)}
      options={options}
      loading={isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent="没有匹配的部门"
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
