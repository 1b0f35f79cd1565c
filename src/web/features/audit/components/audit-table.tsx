import { Tag, Typography } from 'antd';
import type { AuditEntry } from '../../../../contracts/audit';
import { isRole, roleLabels } from '../../../../domain/roles';
import { formatDateTimeSeconds } from '../../../lib/format';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { actionLabel, entityTypeLabel } from '../lib/audit-labels';

interface AuditTableProps {
  query: ListQueryResult<AuditEntry>;
  params: { page: number; pageSize: number };
  onPageChange: (page: number, pageSize: number) => void;
}

const columns: ListTableProps<AuditEntry>['columns'] = [
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

export function AuditTable({ query, params, onPageChange }: AuditTableProps) {
  return (
    <ListTable<AuditEntry>
      query={query}
      params={params}
      onPageChange={onPageChange}
      columns={columns}
      rowKey={(e) => e.id}
      emptyText="没有符合条件的操作记录"
      unit="条记录"
    />
  );
}
