import { RightOutlined } from '@ant-design/icons';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { Coverage } from '../../../../contracts/liaison';
import { formatRate } from '../../../components/kpi-rate';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { coverageRate, type CoverageKpis } from '../lib/coverage-figures';

type RegionRow = Coverage['byRegion'][number];

interface CoverageRegionTableProps {
  rows: RegionRow[];
  /** The whole region's figures (an officer working in two counties counts once here). */
  total: CoverageKpis | undefined;
  totalName: string;
  /** The region shown: a row for it (a county without towns) does not drill further. */
  regionCode: string | undefined;
  isLoading: boolean;
  /** Opens the same page for that county. */
  onDrill: (regionCode: string) => void;
}

const rateOf = (r: Pick<RegionRow, 'covered' | 'subjects'>) => coverageRate(r.covered, r.subjects);

function countColumn(
  title: string,
  key: 'subjects' | 'covered' | 'uncovered' | 'overdue' | 'officers',
  color?: string,
): TableColumnsType<RegionRow>[number] {
  return {
    title,
    dataIndex: key,
    key,
    align: 'right',
    sorter: (a, b) => a[key] - b[key],
    render: (v: number) => (
      <span style={v > 0 && color ? { color } : undefined}>{v.toLocaleString('zh-CN')}</span>
    ),
  };
}

/** Coverage by county (区县/园区): every column sorts, a row opens that county. */
export function CoverageRegionTable(props: CoverageRegionTableProps) {
  const { rows, total, totalName, regionCode, isLoading, onDrill } = props;
  const canDrill = (row: RegionRow) => row.regionCode !== regionCode;
  const isMobile = useIsMobile();
  const allColumns: TableColumnsType<RegionRow> = [
    {
      title: '区县（园区）',
      key: 'regionName',
      fixed: isMobile ? undefined : 'left',
      onCell: () => (isMobile ? { style: { whiteSpace: 'normal', minWidth: 84 } } : {}),
      sorter: (a, b) => a.regionCode.localeCompare(b.regionCode),
      render: (_, row) =>
        canDrill(row) ? (
          <Typography.Link
            onClick={(event) => {
              event.stopPropagation();
              onDrill(row.regionCode);
            }}
          >
            {row.regionName}
            {isMobile ? null : <RightOutlined style={{ fontSize: 10, marginInlineStart: 4 }} />}
          </Typography.Link>
        ) : (
          row.regionName
        ),
    },
    countColumn('在册对象', 'subjects'),
    countColumn('已覆盖', 'covered'),
    {
      title: '覆盖率',
      key: 'rate',
      align: 'right',
      sorter: (a, b) => (rateOf(a) ?? -1) - (rateOf(b) ?? -1),
      render: (_, row) => formatRate(rateOf(row)),
    },
    countColumn('未覆盖', 'uncovered', '#cf1322'),
    countColumn('逾期未联系', 'overdue', '#d46b08'),
    countColumn('在岗联络员', 'officers'),
  ];
  // A phone shows the figures that matter most, with short titles, so that nothing scrolls sideways.
  const phoneTitles: Record<string, string> = {
    regionName: '区县',
    subjects: '在册',
    rate: '覆盖率',
    uncovered: '未覆盖',
    overdue: '逾期',
  };
  const columns = isMobile
    ? allColumns
        .filter((c) => String(c.key) in phoneTitles)
        .map((c) => ({
          ...c,
          sorter: undefined,
          title: phoneTitles[String(c.key)] ?? c.title,
          onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
        }))
    : allColumns;
  const summaryKeys = columns.map((c) => String(c.key));
  const summaryValue: Record<string, (t: CoverageKpis) => string> = {
    subjects: (t) => count(t.subjects),
    covered: (t) => count(t.covered),
    rate: (t) => formatRate(t.rate),
    uncovered: (t) => count(t.uncovered),
    overdue: (t) => count(t.overdue),
    officers: (t) => count(t.officersActive),
  };
  const count = (n: number) => n.toLocaleString('zh-CN');

  return (
    <Table<RegionRow>
      data-testid="coverage-region-table"
      className={isMobile ? undefined : 'nowrap-table'}
      size="small"
      rowKey="regionCode"
      columns={columns}
      dataSource={rows}
      loading={isLoading}
      pagination={false}
      scroll={isMobile ? undefined : { x: 'max-content' }}
      showSorterTooltip={{ target: 'sorter-icon' }}
      locale={{ emptyText: '没有下级区县' }}
      onRow={(row) =>
        ({
          onClick: canDrill(row) ? () => onDrill(row.regionCode) : undefined,
          style: canDrill(row) ? { cursor: 'pointer' } : undefined,
          'data-region': row.regionName,
        }) as HTMLAttributes<HTMLTableRowElement>
      }
      summary={() =>
        total && rows.length > 1 ? (
          <Table.Summary fixed="top">
            <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
              {summaryKeys.map((key, index) => (
                <Table.Summary.Cell key={key} index={index} align={index === 0 ? undefined : 'right'}>
                  {index === 0 ? `${totalName}合计` : summaryValue[key]!(total)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
