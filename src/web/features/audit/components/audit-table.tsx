import { Table, Tag, Typography, type TableProps } from 'antd';
import type { AuditEntry } from '../../../../contracts/audit';
import { isRole, roleLabels } from '../../../../domain/roles';
import { formatDateTimeSeconds } from '../../../lib/format';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { actionLabel, entityTypeLabel } from '../lib/audit-labels';

interface AuditTableProps {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

const columns: TableProps<AuditEntry>['columns'] = [
  { title: '时间', dataIndex: 'at', render: (v: string) => formatDateTimeSeconds(v) },
  {
    title: '操作人',
    key: 'user',
    render: (_, e) =>
      e.username ? (
        <>
          {e.username}
          {e.role ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {isRole(e.role) ? roleLabels[e.role] : e.role}
            </Typography.Text>
          ) : null}
        </>
      ) : (
        <Typography.Text type="secondary">系统</Typography.Text>
      ),
  },
  {
    title: '操作',
    dataIndex: 'action',
    render: (v: string) => <Tag title={v}>{actionLabel(v)}</Tag>,
  },
  {
    title: '对象',
    key: 'entity',
    render: (_, e) =>
      e.entityId ? `${entityTypeLabel(e.entityType)} #${e.entityId}` : entityTypeLabel(e.entityType),
  },
  {
    title: '摘要',
    dataIndex: 'summary',
    render: (v: string) => <div className="audit-summary">{v}</div>,
  },
  { title: 'IP 地址', dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
];

export function AuditTable({ entries, total, page, pageSize, isLoading, onPageChange }: AuditTableProps) {
  const isMobile = useIsMobile();
  return (
    <Table<AuditEntry>
      rowKey="id"
      className="nowrap-table"
      columns={columns}
      dataSource={entries}
      loading={isLoading}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: !isMobile,
        simple: isMobile,
        showTotal: (n) => `共 ${n} 条记录`,
        onChange: onPageChange,
      }}
      locale={{ emptyText: '没有符合条件的操作记录' }}
    />
  );
}
