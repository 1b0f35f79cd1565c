import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import type { z } from 'zod';
import type { missingItemSchema } from '../../../../contracts/dashboard';
import { categoryLabels, subjectCategories, type SubjectCategory } from '../../../../domain/resumption';
import { StandingTag } from './standing-tag';
import { subjectKey } from '../../../../domain/subjects';

export type MissingItem = z.infer<typeof missingItemSchema>;

interface MissingTableProps {
  items: MissingItem[];
  date: string;
  isLoading: boolean;
  onOpen: (item: MissingItem) => void;
}

function categoryLabel(category: string): string {
  return subjectCategories.includes(category as SubjectCategory)
    ? categoryLabels[category as SubjectCategory]
    : category;
}

function person(name: string | null, phone: string | null, empty: string) {
  if (!name && !phone) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <span>
      {name ?? '—'}
      {phone ? <Typography.Text type="secondary"> {phone}</Typography.Text> : null}
    </span>
  );
}

/** Subjects with no report for the day: when they last reported, and whom to call. */
export function MissingTable({ items, date, isLoading, onOpen }: MissingTableProps) {
  const columns: TableColumnsType<MissingItem> = [
    {
      title: '名称',
      key: 'name',
      render: (_, item) => (
        <Typography.Link
          onClick={(event) => {
            event.stopPropagation();
            onOpen(item);
          }}
        >
          {item.name}
        </Typography.Link>
      ),
    },
    { title: '类别', key: 'category', render: (_, item) => categoryLabel(item.category) },
    { title: '区县（园区）', dataIndex: 'regionName', key: 'regionName' },
    {
      title: '最近报送',
      key: 'lastReportDate',
      sorter: (a, b) => (a.lastReportDate ?? '').localeCompare(b.lastReportDate ?? ''),
      render: (_, item) =>
        item.lastReportDate ? (
          <span>
            {dayjs(item.lastReportDate).format('M月D日')}
            {item.lastStatus ? (
              <span style={{ marginInlineStart: 6 }}>
                <StandingTag standing={item.lastStatus} />
              </span>
            ) : null}
            {dayjs(date).diff(item.lastReportDate, 'day') >= 3 ? (
              <Tag color="red" style={{ marginInlineStart: 6 }}>
                已 {dayjs(date).diff(item.lastReportDate, 'day')} 天未报
              </Tag>
            ) : null}
          </span>
        ) : (
          <Tag color="warning">从未报送</Tag>
        ),
    },
    {
      title: '联络员',
      key: 'liaison',
      render: (_, item) => person(item.liaisonOfficer, item.liaisonPhone, '未指定'),
    },
    {
      title: '企业（项目）联系人',
      key: 'contact',
      render: (_, item) => person(item.contactName, item.contactPhone, '—'),
    },
  ];

  return (
    <Table<MissingItem>
      data-testid="missing-table"
      className="nowrap-table"
      size="small"
      rowKey={(item) => subjectKey(item)}
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 条` }}
      locale={{ emptyText: '当日应报的企业和项目均已报送' }}
      onRow={(item) =>
        ({ onClick: () => onOpen(item), style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLTableRowElement>
      }
    />
  );
}
