import { Button, Col, Input, Row, Select } from 'antd';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import type { OfficerFilters as Filters } from '../api/officers';
import { OfficerDepartmentSelect } from './officer-department-select';

interface OfficerFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

const statusOptions = [
  { value: 'active', label: '在岗' },
  { value: 'inactive', label: '离岗' },
];

/** The roster's filters: keyword, region (工作区域或联系对象所在区域), 派出部门 and 在岗/离岗. */
export function OfficerFilters({ value, onChange, onClear }: OfficerFiltersProps) {
  return (
    <Row gutter={[12, 12]} className="filter-bar" data-testid="officer-filters">
      <Col xs={24} sm={12} lg={7}>
        <Input.Search
          key={value.q ?? ''}
          defaultValue={value.q}
          placeholder="姓名、单位或职务"
          aria-label="姓名、单位或职务"
          allowClear
          enterButton
          enterKeyHint="search"
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="officer-search"
        />
      </Col>
      <Col xs={24} sm={12} lg={5}>
        <RegionTreeSelect
          value={value.region}
          onChange={(region) => onChange({ region })}
          placeholder="全部区域"
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={14} sm={12} lg={5}>
        <OfficerDepartmentSelect
          value={value.unitDepartmentId}
          onChange={(unitDepartmentId) => onChange({ unitDepartmentId })}
          placeholder="全部派出部门"
        />
      </Col>
      <Col xs={10} sm={6} lg={3}>
        <Select
          value={value.status}
          onChange={(status) => onChange({ status })}
          options={statusOptions}
          placeholder="在岗状态"
          aria-label="在岗状态"
          allowClear
          style={{ width: '100%' }}
          data-testid="officer-status-filter"
        />
      </Col>
      <Col xs={24} sm={6} lg={4}>
        <Button onClick={onClear} block>
          重置
        </Button>
      </Col>
    </Row>
  );
}
