import { StarFilled } from '@ant-design/icons';
import { Card, Empty, Flex, Pagination, Rate, Spin, Table, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaseSummary } from '../../../../contracts/cases';
import { casePriorityLabels } from '../../../../domain/cases/workflow';
import { CaseStateTag } from '../../../components/case-state-tag';
import { cityTimeZone, formatDateTime } from '../../../lib/format';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { CaseDeadline, CaseLight, currentLight } from './case-lights';

interface CaseListProps {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  emptyText: string;
  /** The ledger shows more columns (category, county, raised, rating). */
  variant: 'inbox' | 'ledger';
  onPageChange: (page: number, pageSize: number) => void;
}

function Subject({ c }: { c: CaseSummary }) {
  return <>{c.subjectName ?? <Typography.Text type="secondary">{c.regionName}</Typography.Text>}</>;
}

function Lead({ c }: { c: CaseSummary }) {
  return c.leadDepartmentName ? (
    <>{c.leadDepartmentName}</>
  ) : (
    <Typography.Text type="secondary">待交办</Typography.Text>
  );
}

function Urgent({ c }: { c: CaseSummary }) {
  return c.priority === 'urgent' ? (
    <Tag color="red" style={{ marginInlineEnd: 6 }}>
      {casePriorityLabels.urgent}
    </Tag>
  ) : null;
}

/** Cases as a table on a desktop, as a column of cards on a phone; a row opens the case. */
export function CaseList(props: CaseListProps) {
  const { items, total, page, pageSize, isLoading, emptyText, variant, onPageChange } = props;
  const isMobile = useIsMobile();
  const navigate = useNavigate();

  if (isMobile) {
    return (
      <Spin spinning={isLoading}>
        <Flex vertical gap={8}>
          {items.length === 0 && !isLoading ? <Empty description={emptyText} /> : null}
          {items.map((c) => (
            <Card
              key={c.id}
              size="small"
              hoverable
              className="case-card"
              data-testid="case-row"
              data-number={c.number}
              onClick={() => navigate(`/cases/${c.id}`)}
            >
              <Flex vertical gap={2}>
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text type="secondary" className="case-number">
                    {c.number}
                  </Typography.Text>
                  <CaseStateTag state={c.state} />
                </Flex>
                <Link to={`/cases/${c.id}`} className="case-card-title" onClick={(e) => e.stopPropagation()}>
                  <Urgent c={c} />
                  {c.title}
                </Link>
                <span className="case-card-meta">
                  <Subject c={c} /> · {c.category}
                </span>
                <span className="case-card-meta">
                  牵头：
                  <Lead c={c} />
                </span>
                <Flex gap={8} align="center" wrap>
                  <CaseLight value={c} />
                  {c.rating ? <Rate disabled value={c.rating} style={{ fontSize: 12 }} /> : null}
                </Flex>
              </Flex>
            </Card>
          ))}
          {total > pageSize ? (
            <Flex justify="center" style={{ marginTop: 8 }}>
              <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPageChange} />
            </Flex>
          ) : null}
          {total > 0 ? <div className="case-list-total">共 {total} 件</div> : null}
        </Flex>
      </Spin>
    );
  }

  const isLedger = variant === 'ledger';
  const columns: TableProps<CaseSummary>['columns'] = [
    {
      title: '编号',
      dataIndex: 'number',
      key: 'number',
      className: 'case-number',
      render: (_, c) => <Link to={`/cases/${c.id}`}>{c.number}</Link>,
    },
    {
      title: '问题',
      dataIndex: 'title',
      key: 'title',
      className: 'case-wrap',
      render: (_, c) => (
        <>
          <Urgent c={c} />
          {c.title}
        </>
      ),
    },
    { title: '状态', key: 'state', render: (_, c) => <CaseStateTag state={c.state} /> },
    {
      title: '办理时限',
      key: 'deadline',
      render: (_, c) => (currentLight(c) ? <CaseLight value={c} /> : <CaseDeadline value={c} />),
    },
    {
      title: '企业 / 项目',
      key: 'subject',
      className: 'case-wrap-narrow',
      render: (_, c) => <Subject c={c} />,
    },
    { title: '牵头单位', key: 'lead', className: 'case-wrap-narrow', render: (_, c) => <Lead c={c} /> },
    ...(isLedger
      ? [
          { title: '类别', dataIndex: 'category', key: 'category' },
          {
            title: '提出时间',
            key: 'createdAt',
            render: (_: unknown, c: CaseSummary) => (
              <span title={formatDateTime(c.createdAt)}>
                {dayjs(c.createdAt).tz(cityTimeZone).format('M月D日 HH:mm')}
              </span>
            ),
          },
          {
            title: '评价',
            key: 'rating',
            render: (_: unknown, c: CaseSummary) =>
              c.rating ? (
                <span className="case-rating" data-rating={c.rating} title={`${c.rating} 星`}>
                  <StarFilled style={{ color: '#fadb14' }} /> {c.rating}
                </span>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]
      : []),
  ];

  return (
    <Table<CaseSummary>
      className="case-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      onRow={(c) =>
        ({
          'data-testid': 'case-row',
          'data-number': c.number,
          style: { cursor: 'pointer' },
          onClick: (e) => {
            if ((e.target as HTMLElement).closest('a')) return;
            navigate(`/cases/${c.id}`);
          },
        }) as HTMLAttributes<HTMLElement>
      }
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => `共 ${n} 件`,
        onChange: onPageChange,
      }}
    />
  );
}
