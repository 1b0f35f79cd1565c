import { Button, Checkbox, Col, Input, Row, Select } from 'antd';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { subjectKindOptions } from '../lib/assignment-labels';
import type { AssignmentFilters as Filters } from '../api/assignments';
import { OfficerSelect } from './officer-select';

interface AssignmentFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

/** Keyword, region, 企业/项目, one officer's subjects, and 仅看无主责联络员. */
export function AssignmentFilters({ value, onChange, onClear }: AssignmentFiltersProps) {
  return (
    <Row gutter={[12, 12]} className="filter-bar" align="middle" data-testid="assignment-filters">
      <Col xs={24} sm={12} lg={6}>
        <Input.Search
          key={value.q ?? ''}
          defaultValue={value.q}
          placeholder="企业、项目名称或代码"
          aria-label="企业、项目名称或代码"
          allowClear
          enterButton
          enterKeyHint="search"
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="assignment-search"
        />
      </Col>
      <Col xs={14} sm={12} lg={4}>
        <RegionTreeSelect
          value={value.region}
          onChange={(region) => onChange({ region })}
          placeholder="全部区县"
          style={{ width: '100%', minWidth: 0 }}
        />
      </Col>
      <Col xs={10} sm={6} lg={3}>
        <Select
          value={value.kind}
          onChange={(kind) => onChange({ kind })}
          options={subjectKindOptions}
          placeholder="企业和项目"
          aria-label="类型"
          allowClear
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} lg={5}>
        <OfficerSelect
          value={value.officerId}
          onChange={(officerId) => onChange({ officerId })}
          placeholder="按联络员筛选"
        />
      </Col>
      <Col xs={16} sm={12} lg={4}>
        <Checkbox
          checked={value.coverage === 'uncovered'}
          onChange={(e) => onChange({ coverage: e.target.checked ? 'uncovered' : undefined })}
          data-testid="assignment-uncovered-only"
        >
          仅看无主责联络员
        </Checkbox>
      </Col>
      <Col xs={8} sm={6} lg={2}>
        <Button onClick={onClear} block>
          重置
        </Button>
      </Col>
    </Row>
  );
}
