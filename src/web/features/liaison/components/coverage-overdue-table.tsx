import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { overdueSubjectSchema } from '../../../../contracts/liaison';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { AssignmentKindTag } from './assignment-kind-tag';
import { AssignmentSubjectLink } from './assignment-subject-link';
import { CoverageSubjectCards } from './coverage-subject-cards';
import { subjectKey } from '../../../../domain/subjects';

type OverdueSubject = z.infer<typeof overdueSubjectSchema>;

const keyOf = (s: OverdueSubject) => subjectKey(s);

function PrimaryOfficer({ s }: { s: OverdueSubject }) {
  return s.primaryOfficerId !== null && s.primaryOfficer ? (
    <Link to={`/liaison/officers/${s.primaryOfficerId}`}>{s.primaryOfficer}</Link>
  ) : (
    <Typography.Text type="danger">无主责联络员</Typography.Text>
  );
}

const lastVisit = (s: OverdueSubject) => s.lastVisitDate ?? '从未联系';

/** 逾期未联系: past the rule's due date without a counted visit, most overdue first. */
export function CoverageOverdueTable({ items }: { items: OverdueSubject[] }) {
  const isMobile = useIsMobile();
  const sorted = [...items].sort((a, b) => b.daysOverdue - a.daysOverdue);
  if (isMobile) {
    return (
      <CoverageSubjectCards
        items={sorted}
        emptyText="没有逾期未联系的对象"
        meta={(s) => (
          <>
            <div>
              {s.regionName} · {s.primaryOfficer ? '主责 ' : null}
              <PrimaryOfficer s={s} />
            </div>
            <div>
              上次 {lastVisit(s)} · 应于 {s.dueDate} 前 ·{' '}
              <Typography.Text type="danger" strong>
                逾期 {s.daysOverdue} 天
              </Typography.Text>
            </div>
          </>
        )}
      />
    );
  }
  const columns: TableColumnsType<OverdueSubject> = [
    {
      title: '企业 / 项目',
      key: 'name',
      render: (_, s) => <AssignmentSubjectLink kind={s.kind} id={s.id} name={s.name} />,
    },
    { title: '类型', key: 'kind', render: (_, s) => <AssignmentKindTag kind={s.kind} /> },
    {
      title: '所在区县',
      dataIndex: 'regionName',
      key: 'regionName',
      sorter: (a, b) => a.regionCode.localeCompare(b.regionCode),
    },
    {
      title: '上次联系',
      key: 'lastVisitDate',
      sorter: (a, b) => (a.lastVisitDate ?? '').localeCompare(b.lastVisitDate ?? ''),
      render: (_, s) => s.lastVisitDate ?? <Typography.Text type="secondary">从未联系</Typography.Text>,
    },
    {
      title: '应联系日期',
      dataIndex: 'dueDate',
      key: 'dueDate',
      sorter: (a, b) => a.dueDate.localeCompare(b.dueDate),
    },
    {
      title: '逾期天数',
      dataIndex: 'daysOverdue',
      key: 'daysOverdue',
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.daysOverdue - b.daysOverdue,
      render: (v: number) => (
        <Typography.Text type="danger" strong>
          {v} 天
        </Typography.Text>
      ),
    },
    { title: '主责联络员', key: 'primaryOfficer', render: (_, s) => <PrimaryOfficer s={s} /> },
  ];
  return (
    <Table<OverdueSubject>
      data-testid="coverage-overdue"
      className="nowrap-table"
      size="small"
      rowKey={keyOf}
      columns={columns}
      dataSource={items}
      pagination={{
        pageSize: 10,
        showSizeChanger: false,
        hideOnSinglePage: true,
        size: 'small',
        showTotal: (n) => `共 ${n} 个`,
      }}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={{ target: 'sorter-icon' }}
      locale={{ emptyText: '没有逾期未联系的对象' }}
    />
  );
}
