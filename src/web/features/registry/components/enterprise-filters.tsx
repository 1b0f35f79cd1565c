import { Select } from 'antd';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { industryFilterOptions } from '../lib/labels';
import type { EnterpriseFilters as Filters } from '../api/enterprises';
import { FilterBar } from './filter-bar';
import { SearchBox } from './search-box';

interface EnterpriseFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

const statusOptions = [
  { value: 'active', label: '在册' },
  { value: 'closed', label: '已关停' },
];

const continuousOptions = [
  { value: 'true', label: '连续生产型' },
  { value: 'false', label: '非连续生产型' },
];

export function EnterpriseFilters({ value, onChange, onClear }: EnterpriseFiltersProps) {
  const { q: _q, ...others } = value;
  return (
    <FilterBar
      activeCount={Object.values(others).filter((v) => v !== undefined).length}
      onClear={onClear}
      search={
        <SearchBox
          value={value.q}
          onSearch={(q) => onChange({ q })}
          placeholder="企业名称、信用代码或联系人"
          testId="enterprise-search"
        />
      }
      fields={[
        {
          key: 'region',
          xl: 5,
          node: (
            <RegionTreeSelect
              value={value.region}
              onChange={(region) => onChange({ region })}
              placeholder="全部区县"
              style={{ width: '100%' }}
            />
          ),
        },
        {
          key: 'industry',
          xl: 5,
          node: (
            <Select
              value={value.industry}
              onChange={(industry: string | undefined) => onChange({ industry })}
              options={industryFilterOptions}
              placeholder="全部行业"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              popupMatchSelectWidth={false}
              style={{ width: '100%' }}
              aria-label="行业"
            />
          ),
        },
        {
          key: 'status',
          xl: 3,
          half: true,
          node: (
            <Select
              value={value.status}
              onChange={(status) => onChange({ status })}
              options={statusOptions}
              placeholder="全部状态"
              allowClear
              style={{ width: '100%' }}
              aria-label="状态"
            />
          ),
        },
        {
          key: 'continuous',
          xl: 3,
          half: true,
          node: (
            <Select
              value={value.continuous}
              onChange={(continuous) => onChange({ continuous })}
              options={continuousOptions}
              placeholder="生产类型"
              allowClear
              popupMatchSelectWidth={false}
              style={{ width: '100%' }}
              aria-label="生产类型"
            />
          ),
        },
      ]}
    />
  );
}
