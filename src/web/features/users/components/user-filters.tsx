import { Button, Col, Input, Row, Select } from 'antd';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import type { UserFilters as Filters } from '../api/list-users';
import { roleOptions } from './role-options';

interface UserFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

const statusOptions = [
  { value: 'active', label: '正常' },
  { value: 'disabled', label: '已停用' },
];

export function UserFilters({ value, onChange, onClear }: UserFiltersProps) {
  return (
    <Row gutter={[12, 12]} className="filter-bar">
      <Col xs={24} sm={12} lg={6}>
        <Input.Search
          key={value.q ?? ''}
          defaultValue={value.q}
          placeholder="搜索用户名或姓名"
          allowClear
          enterButton
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </Col>
      <Col xs={12} sm={12} lg={5}>
        <Select
          value={value.role}
          onChange={(role) => onChange({ role })}
          options={roleOptions}
          placeholder="全部角色"
          allowClear
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={12} lg={4}>
        <Select
          value={value.status}
          onChange={(status) => onChange({ status })}
          options={statusOptions}
          placeholder="全部状态"
          allowClear
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <RegionTreeSelect
          value={value.region}
          onChange={(region) => onChange({ region })}
          placeholder="全部区划"
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} lg={3}>
        <Button onClick={onClear} block>
          重置
        </Button>
      </Col>
    </Row>
  );
}
