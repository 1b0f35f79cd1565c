import { Flex, Table, Typography, type TableProps } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Enterprise } from '../../../../contracts/registry';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { formatAmount, formatCount } from '../lib/labels';
import type { EnterpriseSort } from '../lib/use-enterprise-list-params';
import { MobileList } from './mobile-list';
import { sortOrderFor, toOrder } from './sort-order';
import { SubjectStatusTag } from './subject-status-tag';

interface EnterpriseTableProps {
  items: Enterprise[];
  total: number;
  page: number;
  pageSize: number;
  sort: EnterpriseSort | undefined;
  order: 'asc' | 'desc' | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: EnterpriseSort | undefined, order: 'asc' | 'desc' | undefined) => void;
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

export function EnterpriseTable(props: EnterpriseTableProps) {
  const { items, total, page, pageSize, sort, order, isLoading, onPageChange, onSortChange } = props;
  const isMobile = useIsMobile();
  const location = useLocation();
  // The detail page's back link returns to this very list (filters, sort and page).
  const linkState = { from: location.pathname + location.search };
  const detailLink = (e: Enterprise) => (
    <Link to={`/registry/enterprises/${e.id}`} state={linkState}>
      {e.name}
    </Link>
  );

  if (isMobile) {
    return (
      <div data-testid="enterprise-list">
        <MobileList
          items={items}
          total={total}
          page={page}
          pageSize={pageSize}
          isLoading={isLoading}
          emptyText="没有符合条件的企业"
          rowKey={(e) => e.id}
          onPageChange={onPageChange}
          renderItem={(e) => (
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
          )}
        />
      </div>
    );
  }

  const sorted = (column: EnterpriseSort) => ({
    sorter: true,
    sortOrder: sortOrderFor(column, sort, order),
    sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
  });
  const columns: TableProps<Enterprise>['columns'] = [
    {
      title: '信用代码',
      dataIndex: 'creditCode',
      key: 'creditCode',
      className: 'registry-code',
      ...sorted('creditCode'),
    },
    { title: '企业名称', dataIndex: 'name', key: 'name', render: (_, e) => detailLink(e), ...sorted('name') },
    { title: '所属区县', dataIndex: 'regionName', key: 'regionCode', ...sorted('regionCode') },
    {
      title: '行业',
      dataIndex: 'industryCode',
      key: 'industryCode',
      render: (_, e) => (
        <span title={e.industryName}>
          {e.industryCode} <Typography.Text type="secondary">{e.industryName}</Typography.Text>
        </span>
      ),
      ...sorted('industryCode'),
    },
    {
      title: '从业人员',
      dataIndex: 'workforce',
      key: 'workforce',
      align: 'right',
      render: (v: number) => formatCount(v),
      ...sorted('workforce'),
    },
    {
      title: '年产值(万元)',
      dataIndex: 'annualOutput',
      key: 'annualOutput',
      align: 'right',
      className: 'registry-amount',
      render: (v: string) => formatAmount(v),
      ...sorted('annualOutput'),
    },
    { title: '联系人/电话', key: 'contact', render: (_, e) => <Contact enterprise={e} /> },
    { title: '状态', key: 'status', render: (_, e) => <SubjectStatusTag closedAt={e.closedAt} /> },
  ];

  return (
    <div data-testid="enterprise-list">
      <Table<Enterprise>
        rowKey="id"
        className="nowrap-table"
        columns={columns}
        dataSource={items}
        loading={isLoading}
        size="middle"
        scroll={{ x: 'max-content' }}
        showSorterTooltip={false}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort' || Array.isArray(sorter)) return;
          const order = toOrder(sorter.order);
          onSortChange(order ? (sorter.columnKey as EnterpriseSort) : undefined, order);
        }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => `共 ${n} 家企业`,
          onChange: onPageChange,
        }}
        locale={{ emptyText: '没有符合条件的企业' }}
      />
    </div>
  );
}
