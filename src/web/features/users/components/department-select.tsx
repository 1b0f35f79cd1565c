import { Select } from 'antd';
import { useMemo } from 'react';
import { useDepartments } from '../../../lib/reference-data';

interface DepartmentSelectProps {
  regionCode: string | undefined;
  value?: number | null;
  onChange?: (id: number | undefined) => void;
  id?: string;
}

/** The departments of the chosen region only (市直部门 for the city, 区县局 for a county). */
export function DepartmentSelect({ regionCode, value, onChange, id }: DepartmentSelectProps) {
  const { data, isLoading } = useDepartments();
  const options = useMemo(
    () =>
      (data ?? []).filter((d) => d.regionCode === regionCode).map((d) => ({ value: d.id, label: d.name })),
    [data, regionCode],
  );
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v)}
      options={options}
      loading={isLoading}
      disabled={!regionCode}
      placeholder={regionCode ? '请选择部门' : '请先选择所属区划'}
      notFoundContent="该区划下没有部门"
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
    />
  );
}
