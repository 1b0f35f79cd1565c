import { RightOutlined } from '@ant-design/icons';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { CategoryFiguresDto, Resumption } from '../../../../contracts/dashboard';
import type { ResumptionCategory } from '../../../../domain/resumption';
import { formatRate } from '../../../components/kpi-rate';
import { compareRates, figuresOf } from '../lib/figures';

type RegionRow = Resumption['byRegion'][number];

interface CountyTableProps {
  rows: RegionRow[];
  total: CategoryFiguresDto | undefined;
  totalName: string;
  category: ResumptionCategory;
  isLoading: boolean;
  onDrill: (regionCode: string) => void;
}

const count = (value: number | undefined) => (value === undefined ? '—' : value.toLocaleString('zh-CN'));

function rateColumn(
  title: string,
  key: keyof CategoryFiguresDto,
  category: ResumptionCategory,
): TableColumnsType<RegionRow>[number] {
  const value = (row: RegionRow) => figuresOf(row.categories, category)?.[key] as number | null | undefined;
  return {
    title,
    key,
    align: 'right',
    sorter: (a, b) => compareRates(value(a), value(b)),
    render: (_, row) => formatRate(value(row)),
  };
}

function countColumn(
  title: string,
  key: keyof CategoryFiguresDto,
  category: ResumptionCategory,
  color?: string,
): TableColumnsType<RegionRow>[number] {
  const value = (row: RegionRow) => (figuresOf(row.categories, category)?.[key] as number | undefined) ?? 0;
  return {
    title,
    key,
    align: 'right',
    sorter: (a, b) => value(a) - value(b),
    render: (_, row) => {
      const v = value(row);
      return <span style={v > 0 && color ? { color } : undefined}>{count(v)}</span>;
    },
  };
}

/** The level below (区县/园区) for one category in the official order; every column sorts, a row drills down. */
export function CountyTable({ rows, total, totalName, category, isLoading, onDrill }: CountyTableProps) {
  const columns: TableColumnsType<RegionRow> = [
    {
      title: '区县（园区）',
      key: 'regionName',
      fixed: 'left',
      sorter: (a, b) => a.regionCode.localeCompare(b.regionCode),
      render: (_, row) => (
        <Typography.Link
          onClick={(event) => {
            event.stopPropagation();
            onDrill(row.regionCode);
          }}
        >
          {row.regionName} <RightOutlined style={{ fontSize: 10 }} />
        </Typography.Link>
      ),
    },
    countColumn('总数', 'total', category),
    rateColumn('复工率', 'resumptionRate', category),
    countColumn('已复工', 'resumed', category),
    countColumn('部分复工', 'partial', category),
    countColumn('未复工', 'notResumed', category, '#cf1322'),
    countColumn('从未报送', 'notReported', category, '#d46b08'),
    countColumn('不适用', 'notApplicable', category),
    rateColumn('全面复工率', 'fullResumptionRate', category),
    rateColumn('到岗率', 'workforceReturnRate', category),
    rateColumn('报送率', 'completenessRate', category),
    rateColumn('按时率', 'timelinessRate', category),
  ];

  return (
    <Table<RegionRow>
      data-testid="county-table"
      className="nowrap-table county-table"
      size="small"
      rowKey="regionCode"
      columns={columns}
      dataSource={rows}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={{ target: 'sorter-icon' }}
      onRow={(row) =>
        ({
          onClick: () => onDrill(row.regionCode),
          style: { cursor: 'pointer' },
          'data-region': row.regionName,
        }) as HTMLAttributes<HTMLTableRowElement>
      }
      summary={() =>
        total ? (
          <Table.Summary fixed="top">
            <Table.Summary.Row className="county-table-total">
              <Table.Summary.Cell index={0}>{totalName}合计</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {count(total.total)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {formatRate(total.resumptionRate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {count(total.resumed)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {count(total.partial)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {count(total.notResumed)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {count(total.notReported)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                {count(total.notApplicable)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} align="right">
                {formatRate(total.fullResumptionRate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} align="right">
                {formatRate(total.workforceReturnRate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={10} align="right">
                {formatRate(total.completenessRate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={11} align="right">
                {formatRate(total.timelinessRate)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
