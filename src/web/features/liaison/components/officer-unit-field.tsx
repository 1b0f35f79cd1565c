import { Form, Radio, Select } from 'antd';
import { useMemo } from 'react';
import { useRegions } from '../../../lib/reference-data';
import type { OfficerUnitKind } from '../lib/officer-form-values';
import { governmentName, isGovernmentRegion } from '../lib/officer-labels';
import { OfficerDepartmentSelect } from './officer-department-select';

function GovernmentSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}) {
  const { data, isLoading } = useRegions();
  const options = useMemo(
    () =>
      (data ?? [])
        .filter((r) => isGovernmentRegion(r.kind))
        .map((r) => ({ value: r.code, label: governmentName(r) })),
    [data],
  );
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      loading={isLoading}
      placeholder="选择市、区县（市）人民政府或园区管委会"
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent="没有匹配的单位"
      allowClear
    />
  );
}

/** 派出单位: a department, or a county-level people's government (region tree), never both. */
export function OfficerUnitField() {
  const form = Form.useFormInstance();
  const unitKind = Form.useWatch<OfficerUnitKind | undefined>('unitKind', form) ?? 'department';
  return (
    <Form.Item label="派出单位" required style={{ marginBottom: 0 }}>
      <Form.Item name="unitKind" style={{ marginBottom: 8 }}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'department', label: '部门' },
            { value: 'government', label: '人民政府' },
          ]}
        />
      </Form.Item>
      {unitKind === 'department' ? (
        <Form.Item
          name="unitDepartmentId"
          rules={[{ required: true, message: '请选择派出部门' }]}
          extra="市直部门或区县（市）的局、委、办"
        >
          <OfficerDepartmentSelect placeholder="选择派出部门" />
        </Form.Item>
      ) : (
        <Form.Item name="unitRegionCode" rules={[{ required: true, message: '请选择派出的人民政府' }]}>
          <GovernmentSelect />
        </Form.Item>
      )}
    </Form.Item>
  );
}
