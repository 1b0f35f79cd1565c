import { Button, Card, Empty, Flex, Table, Typography, type TableProps } from 'antd';
import type { Assignment } from '../../../../contracts/liaison';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { AssignmentKindTag } from './assignment-kind-tag';
import { AssignmentRoleTag } from './assignment-role-tag';
import { AssignmentSubjectLink } from './assignment-subject-link';

interface OfficerAssignmentsTableProps {
  items: Assignment[];
  isLoading: boolean;
  /** current: 联系对象 (with 结束 for managers); ended: 历史 (who ended it and why). */
  variant: 'current' | 'ended';
  onEnd?: (assignment: Assignment) => void;
}

const subject = (a: Assignment) => (
  <AssignmentSubjectLink kind={a.subjectKind} id={a.subjectId} name={a.subjectName} />
);

/** One officer's subjects: those covered now, or those covered before. */
export function OfficerAssignmentsTable({ items, isLoading, variant, onEnd }: OfficerAssignmentsTableProps) {
  const isMobile = useIsMobile();
  const emptyText = variant === 'current' ? '目前没有联系的企业或项目' : '没有已结束的联系';

  if (isMobile) {
    if (items.length === 0 && !isLoading) return <Empty description={emptyText} />;
    return (
      <Flex vertical gap={8} data-testid={`officer-assignments-${variant}`}>
        {items.map((a) => (
          <Card key={a.id} size="small" styles={{ body: { padding: '10px 12px', lineHeight: 1.7 } }}>
            <Flex justify="space-between" align="flex-start" gap={8}>
              <span style={{ fontWeight: a.isPrimary ? 600 : undefined }}>{subject(a)}</span>
              <Flex gap={4}>
                <AssignmentKindTag kind={a.subjectKind} />
                <AssignmentRoleTag isPrimary={a.isPrimary} />
              </Flex>
            </Flex>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {a.startedOn} 起{a.endedOn ? ` 至 ${a.endedOn}` : ''} · {a.startedBy}分配
              </Typography.Text>
              {!a.endedOn && onEnd ? (
                <Button size="small" danger onClick={() => onEnd(a)}>
                  结束联系
                </Button>
              ) : null}
            </Flex>
            {a.endedOn ? (
              <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
                {a.endedBy ?? '—'}结束：{a.endReason ?? '—'}
              </Typography.Text>
            ) : null}
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableProps<Assignment>['columns'] = [
    {
      title: '企业 / 项目',
      key: 'subject',
      render: (_, a) => <span style={{ fontWeight: a.isPrimary ? 600 : undefined }}>{subject(a)}</span>,
    },
    { title: '类型', key: 'kind', render: (_, a) => <AssignmentKindTag kind={a.subjectKind} /> },
    { title: '职责', key: 'role', render: (_, a) => <AssignmentRoleTag isPrimary={a.isPrimary} /> },
    { title: '开始日期', dataIndex: 'startedOn', key: 'startedOn' },
    { title: '分配人', dataIndex: 'startedBy', key: 'startedBy' },
    ...(variant === 'ended'
      ? ([
          { title: '结束日期', dataIndex: 'endedOn', key: 'endedOn' },
          { title: '结束人', dataIndex: 'endedBy', key: 'endedBy', render: (v: string | null) => v ?? '—' },
          {
            title: '结束原因',
            dataIndex: 'endReason',
            key: 'endReason',
            render: (v: string | null) => v ?? '—',
            onCell: () => ({ style: { whiteSpace: 'normal', minWidth: 160, maxWidth: 320 } }),
          },
        ] satisfies TableProps<Assignment>['columns'])
      : []),
    ...(variant === 'current' && onEnd
      ? ([
          {
            title: '操作',
            key: 'actions',
            render: (_, a) => (
              <Typography.Link type="danger" onClick={() => onEnd(a)}>
                结束联系
              </Typography.Link>
            ),
          },
        ] satisfies TableProps<Assignment>['columns'])
      : []),
  ];

  return (
    <Table<Assignment>
      data-testid={`officer-assignments-${variant}`}
      rowKey="id"
      className="nowrap-table"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText }}
    />
  );
}
