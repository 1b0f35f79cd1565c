import { StarFilled } from '@ant-design/icons';
import { Card, Flex, Rate, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaseSummary } from '../../../../contracts/cases';
import { casePriorityLabels } from '../../../../domain/cases/workflow';
import { CaseStateTag } from '../../../components/case-state-tag';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { cityTimeZone, formatDateTime } from '../../../lib/format';
import { CaseDeadline, CaseLight, currentLight } from './case-lights';

interface CaseListProps {
  query: ListQueryResult<CaseSummary>;
  params: { page: number; pageSize: number };
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
  const { query, params, emptyText, variant, onPageChange } = props;
  const navigate = useNavigate();

  const isLedger = variant === 'ledger';
  const columns: ListTableProps<CaseSummary>['columns'] = [
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
    <ListTable<CaseSummary>
      className="case-table"
      query={query}
      params={params}
      onPageChange={onPageChange}
      columns={columns}
      rowKey={(c) => c.id}
      emptyText={emptyText}
      unit="件"
      pageSizeOptions={[10, 20, 50, 100]}
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
      renderCard={(c) => (
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
      )}
    />
  );
}
