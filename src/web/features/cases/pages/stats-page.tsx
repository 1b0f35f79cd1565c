import { Card, Col, DatePicker, Flex, Row, Segmented, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { caseStatsRowSchema } from '../../../../contracts/cases';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { useCaseStats, type CaseStatsParams } from '../api/stats';
import { formatRate } from '../lib/labels';
import '../cases.css';

type StatsRow = z.infer<typeof caseStatsRowSchema>;

const isoDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** A rate over all rows, each weighted by the count it is a rate of. */
function weighted(rows: StatsRow[], rate: (r: StatsRow) => number | null, weight: (r: StatsRow) => number) {
  let sum = 0;
  let total = 0;
  for (const r of rows) {
    const value = rate(r);
    if (value === null) continue;
    sum += value * weight(r);
    total += weight(r);
  }
  return total ? sum / total : null;
}

/** 统计: per lead department or per category — received, on-time rates, working days to resolve, satisfaction. */
export function StatsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params: CaseStatsParams = {
    by: searchParams.get('by') === 'category' ? 'category' : 'department',
    from: isoDay(searchParams.get('from')),
    to: isoDay(searchParams.get('to')),
    region: searchParams.get('region') || undefined,
  };
  const { data, isLoading, isFetching, error, refetch } = useCaseStats(params);
  const rows = data?.rows ?? [];

  const write = (next: Partial<CaseStatsParams>) => {
    const merged = { ...params, ...next };
    const out = new URLSearchParams();
    if (merged.by !== 'department') out.set('by', merged.by);
    if (merged.from) out.set('from', merged.from);
    if (merged.to) out.set('to', merged.to);
    if (merged.region) out.set('region', merged.region);
    setSearchParams(out, { replace: true });
  };

  /** The ledger with the same cases: the figures can be checked case by case. */
  const ledgerLink = (row: StatsRow, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      ...(params.by === 'category' ? { category: row.key } : { department: row.key }),
      ...(params.from ? { from: params.from } : {}),
      ...(params.to ? { to: params.to } : {}),
      ...(params.region ? { region: params.region } : {}),
      ...extra,
    });
    return `/cases?${query.toString()}`;
  };

  const columns: TableProps<StatsRow>['columns'] = [
    {
      title: params.by === 'category' ? '问题类别' : '牵头单位',
      dataIndex: 'label',
      key: 'label',
      fixed: 'left',
    },
    {
      title: '受理',
      dataIndex: 'received',
      key: 'received',
      align: 'right',
      render: (v: number, r) => (v ? <Link to={ledgerLink(r)}>{v}</Link> : v),
    },
    { title: '签收', dataIndex: 'accepted', key: 'accepted', align: 'right' },
    {
      title: '按时签收率',
      dataIndex: 'acceptedOnTimeRate',
      key: 'acceptedOnTimeRate',
      align: 'right',
      render: (v: number | null) => formatRate(v),
    },
    { title: '办结', dataIndex: 'resolved', key: 'resolved', align: 'right' },
    {
      title: '按时办结率',
      dataIndex: 'resolvedOnTimeRate',
      key: 'resolvedOnTimeRate',
      align: 'right',
      render: (v: number | null) => formatRate(v),
    },
    {
      title: '平均办结用时',
      dataIndex: 'averageWorkingDaysToResolve',
      key: 'averageWorkingDaysToResolve',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} 个工作日`),
    },
    { title: '评价', dataIndex: 'rated', key: 'rated', align: 'right' },
    {
      title: '满意率',
      dataIndex: 'satisfactionRate',
      key: 'satisfactionRate',
      align: 'right',
      render: (v: number | null) => formatRate(v),
    },
    { title: '在办', dataIndex: 'open', key: 'open', align: 'right' },
    {
      title: '红灯',
      dataIndex: 'red',
      key: 'red',
      align: 'right',
      render: (v: number, r) =>
        v ? (
          <Link to={ledgerLink(r, { light: 'red' })} style={{ color: '#cf1322', fontWeight: 600 }}>
            {v}
          </Link>
        ) : (
          v
        ),
    },
  ];

  const sum = (pick: (r: StatsRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const avgDays = weighted(
    rows,
    (r) => r.averageWorkingDaysToResolve,
    (r) => r.resolved,
  );

  return (
    <PageContainer
      title="问题办理统计"
      description="按牵头单位或问题类别统计受理、签收、办结和满意度；受理数、红灯数可点开对应的台账逐件核对。"
      testId="case-stats"
    >
      <Card variant="borderless">
        <Row gutter={[12, 12]} className="filter-bar">
          <Col xs={24} sm={12} lg={6}>
            <Segmented
              block
              value={params.by}
              onChange={(by) => write({ by: by as CaseStatsParams['by'] })}
              options={[
                { value: 'department', label: '按牵头单位' },
                { value: 'category', label: '按问题类别' },
              ]}
              data-testid="case-stats-by"
            />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <DatePicker.RangePicker
              value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
              onChange={(range) =>
                write({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
              }
              placeholder={['受理日期起', '止']}
              allowEmpty={[true, true]}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <RegionTreeSelect
              value={params.region}
              onChange={(region) => write({ region })}
              placeholder="全部区县"
              style={{ width: '100%' }}
            />
          </Col>
        </Row>
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<StatsRow>
            className="case-table"
            rowKey="key"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={isLoading || isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
            summary={() =>
              rows.length > 1 ? (
                <Table.Summary fixed>
                  <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
                    <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      {sum((r) => r.received)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {sum((r) => r.accepted)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      {formatRate(
                        weighted(
                          rows,
                          (r) => r.acceptedOnTimeRate,
                          (r) => r.accepted,
                        ),
                      )}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      {sum((r) => r.resolved)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">
                      {formatRate(
                        weighted(
                          rows,
                          (r) => r.resolvedOnTimeRate,
                          (r) => r.resolved,
                        ),
                      )}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={6} align="right">
                      {avgDays === null ? '—' : `${avgDays.toFixed(1)} 个工作日`}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={7} align="right">
                      {sum((r) => r.rated)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={8} align="right">
                      {formatRate(
                        weighted(
                          rows,
                          (r) => r.satisfactionRate,
                          (r) => r.rated,
                        ),
                      )}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={9} align="right">
                      {sum((r) => r.open)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={10} align="right">
                      {sum((r) => r.red)}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
        )}
        <Flex style={{ marginTop: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            按时签收率、按时办结率按工作日时限计算（法定节假日不计，调休上班日计入）；满意率为评价 4–5
            星（未打分的按所选“满意”）占已评价的比例；不予受理（重复反映、不属于政府职责）的问题不计入。
            {params.by === 'department' ? '按牵头单位统计时，尚未交办的问题不计入。' : ''}
          </Typography.Text>
        </Flex>
      </Card>
    </PageContainer>
  );
}
