import { Form } from 'antd';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { useRegions } from '../../../lib/reference-data';

// An enterprise or project sits in a district, county, park or town, never in the city as a whole.
const subjectKinds = new Set(['district', 'county', 'county_city', 'park', 'town']);

export function SubjectRegionField({ disabled, label = '所属区县' }: { disabled?: boolean; label?: string }) {
  const { data: regions } = useRegions();
  return (
    <Form.Item
      name="regionCode"
      label={label}
      tooltip="区县、县级市或园区；也可选到乡镇街道"
      rules={[
        { required: true, message: `请选择${label}` },
        {
          validator: async (_rule, code: string | undefined) => {
            const region = code ? regions?.find((r) => r.code === code) : undefined;
            if (region && !subjectKinds.has(region.kind)) {
              throw new Error(`请选择具体的区县或园区，而不是${region.name}`);
            }
          },
        },
      ]}
    >
      <RegionTreeSelect
        allowClear={false}
        disabled={disabled}
        style={{ width: '100%' }}
        placeholder="请选择区县或园区"
      />
    </Form.Item>
  );
}
