import { Button, Col, DatePicker, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { caseStateLabels, caseStates } from '../../../../domain/cases/workflow';
import { problemCategories } from '../../../../domain/cases/problem';
import { lightLabels, LightDot, type Light } from '../../../components/light-tag';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import type { CaseFilters as Filters } from '../api/cases';
import { DepartmentPicker } from './department-picker';

interface CaseFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

const stateOptions = caseStates.map((s) => ({ value: s, label: caseStateLabels[s] }));
const lightOptions = (['red', 'yellow', 'green'] as Light[]).map((l) => ({
  value: l,
  label: (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <LightDot light={l} title="" />
      {lightLabels[l]}
    </span>
  ),
}));
const categoryOptions = problemCategories.map((c) => ({ value: c, label: c }));

/** The ledger's filters: keyword, state, light, category, lead department, region and the date raised. */
export function CaseFilters({ value, onChange, onClear }: CaseFiltersProps) {
  return (
    <Row gutter={[12, 12]} className="filter-bar" data-testid="case-filters">
      <Col xs={24} sm={12} lg={6}>
        <Input.Search
          key={value.q ?? ''}
          defaultValue={value.q}
          placeholder="编号或标题"
          allowClear
          enterButton
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          data-testid="case-filter-q"
        />
      </Col>
      <Col xs={12} sm={6} lg={3}>
        <Select
          value={value.state}
          onChange={(state) => onChange({ state })}
          options={stateOptions}
          placeholder="全部状态"
          allowClear
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={6} lg={3}>
        <Select
          value={value.light}
          onChange={(light) => onChange({ light })}
          options={lightOptions}
          placeholder="全部时限灯"
          allowClear
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <Select
          value={value.category}
          onChange={(category) => onChange({ category })}
          options={categoryOptions}
          placeholder="全部类别"
          allowClear
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <DepartmentPicker
          value={value.department}
          onChange={(department) => onChange({ department })}
          placeholder="全部承办单位"
          allowClear
        />
      </Col>
      <Col xs={24} sm={12} lg={4}>
        <RegionTreeSelect
          value={value.region}
          onChange={(region) => onChange({ region })}
          placeholder="全部区县"
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <DatePicker.RangePicker
          value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
          onChange={(range) =>
            onChange({
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
          placeholder={['提出日期起', '止']}
          allowEmpty={[true, true]}
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
