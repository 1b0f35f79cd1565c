import { Select } from 'antd';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { levelOptions, stageOptions } from '../lib/project-labels';
import type { ProjectFilters as Filters } from '../api/projects';
import { FilterBar } from './filter-bar';
import { SearchBox } from './search-box';

interface ProjectFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

const statusOptions = [
  { value: 'active', label: '在库' },
  { value: 'closed', label: '已退出' },
];

export function ProjectFilters({ value, onChange, onClear }: ProjectFiltersProps) {
  const { q: _q, ...others } = value;
  return (
    <FilterBar
      activeCount={Object.values(others).filter((v) => v !== undefined).length}
      onClear={onClear}
      search={
        <SearchBox
          value={value.q}
          onSearch={(q) => onChange({ q })}
          placeholder="项目名称、编号或建设单位"
          testId="project-search"
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
          key: 'level',
          xl: 3,
          half: true,
          node: (
            <Select
              value={value.level}
              onChange={(level) => onChange({ level })}
              options={levelOptions}
              placeholder="全部级别"
              allowClear
              style={{ width: '100%' }}
              aria-label="项目级别"
            />
          ),
        },
        {
          key: 'stage',
          xl: 4,
          half: true,
          node: (
            <Select
              value={value.stage}
              onChange={(stage) => onChange({ stage })}
              options={stageOptions}
              placeholder="全部阶段"
              allowClear
              style={{ width: '100%' }}
              aria-label="建设阶段"
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
      ]}
    />
  );
}
