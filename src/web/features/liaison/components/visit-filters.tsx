import { Button, Col, DatePicker, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { visitModeLabels, visitModes } from '../../../../domain/liaison';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import type { VisitFilters as Filters } from '../api/visits';

interface VisitFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
  /** Dispatchers and leaders see several counties; an officer only their own visits. */
  showRegion: boolean;
}

const modeOptions = visitModes.map((m) => ({ value: m, label: visitModeLabels[m] }));

/** The visit list's filters: county (for dispatchers), mode and the visit dates. */
export function VisitFilters({ value, onChange, onClear, showRegion }: VisitFiltersProps) {
  return (
    <Row gutter={[12, 12]} className="filter-bar" data-testid="visit-filters">
      {showRegion ? (
        <Col xs={24} sm={12} lg={6}>
          <RegionTreeSelect
            value={value.region}
            onChange={(region) => onChange({ region })}
            placeholder="全部区县"
            style={{ width: '100%' }}
          />
        </Col>
      ) : null}
      <Col xs={24} sm={12} lg={8}>
        <DatePicker.RangePicker
          value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
          onChange={(range) =>
            onChange({
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
          placeholder={['走访日期起', '止']}
          allowEmpty={[true, true]}
          inputReadOnly
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={16} sm={8} lg={5}>
        <Select
          value={value.mode}
          onChange={(mode) => onChange({ mode })}
          options={modeOptions}
          placeholder="全部走访方式"
          allowClear
          style={{ width: '100%' }}
          data-testid="visit-filter-mode"
        />
      </Col>
      <Col xs={8} sm={4} lg={3}>
        <Button onClick={onClear} block>
          重置
        </Button>
      </Col>
    </Row>
  );
}
