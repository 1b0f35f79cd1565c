import { Card, Flex, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Enterprise } from '../../../../contracts/registry';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { formatAmount, formatCount } from '../lib/labels';
import { SubjectStatusTag } from './subject-status-tag';

interface EnterpriseTableProps {
  query: ListQueryResult<Enterprise>;
  params: ListTableProps<Enterprise>['params'];
  onPageChange: ListTableProps<Enterprise>['onPageChange'];
  onSortChange: ListTableProps<Enterprise>['onSortChange'];
}

function Contact({ enterprise }: { enterprise: Enterprise }) {
  if (!enterprise.contactName && !enterprise.contactPhone) return <>—</>;
  return (
    <>
      {enterprise.contactName || '—'}
      {enterprise.contactPhone ? (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          {enterprise.contactPhone}
        </Typography.Text>
      ) : null}
    </>
  );
}

export function EnterpriseTable({ query, params, onPageChange, onSortChange }: EnterpriseTableProps) {
  const location = useLocation();
  // The detail page's back link returns to this very list (filters, sort and page).
  const linkState = { from: location.pathname + location.search };
  const detailLink = (e: Enterprise) => (
    <Link to={`/registry/enterprises/${e.id}`} state={linkState}>
      {e.name}
    </Link>
  );

  const columns: ListTableProps<Enterprise>['columns'] = [
    {
      title: '信用代码',
      dataIndex: 'creditCode',
      key: 'creditCode',
      className: 'registry-code',
      sorter: true,
    },
    { title: '企业名称', dataIndex: 'name', key: 'name', render: (_, e) => detailLink(e), sorter: true },
    { title: '所属区县', dataIndex: 'regionName', key: 'regionCode', sorter: true },
    {
      title: '行业',
      dataIndex: 'industryCode',
      key: 'industryCode',
      render: (_, e) => (
        <span title={e.industryName}>
          {e.industryCode} <Typography.Text type="secondary">{e.industryName}</Typography.Text>
        </span>
      ),
      sorter: true,
    },
    {
      title: '从业人员',
      dataIndex: 'workforce',
      key: 'workforce',
      align: 'right',
      render: (v: number) => formatCount(v),
      sorter: true,
    },
    {
      title: '年产值(万元)',
      dataIndex: 'annualOutput',
      key: 'annualOutput',
      align: 'right',
      className: 'registry-amount',
      render: (v: string) => formatAmount(v),
      sorter: true,
    },
    { title: '联系人/电话', key: 'contact', render: (_, e) => <Contact enterprise={e} /> },
    { title: '状态', key: 'status', render: (_, e) => <SubjectStatusTag closedAt={e.closedAt} /> },
  ];

  return (
    <ListTable<Enterprise>
      testId="enterprise-list"
      query={query}
      params={params}
      onPageChange={onPageChange}
      onSortChange={onSortChange}
      columns={columns}
      rowKey={(e) => e.id}
      emptyText="没有符合条件的企业"
      unit="家企业"
      renderCard={(e) => (
        <Card size="small" className="list-card">
          <Flex vertical gap={2}>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Typography.Text strong>{detailLink(e)}</Typography.Text>
              <SubjectStatusTag closedAt={e.closedAt} />
            </Flex>
            <Typography.Text type="secondary" className="registry-code">
              {e.creditCode}
            </Typography.Text>
            <span>
              {e.regionName} · {e.industryCode} {e.industryName}
            </span>
            <span>
              从业 {formatCount(e.workforce)} 人 · 年产值 {formatAmount(e.annualOutput)} 万元
            </span>
            <span>
              <Contact enterprise={e} />
            </span>
          </Flex>
        </Card>
      )}
    />
  );
}
