import { App, Button, Popconfirm, Table, Tag, type TableProps } from 'antd';
import type { ApiToken } from '../../../../contracts/users';
import { roleLabels } from '../../../../domain/roles';
import { errorMessage } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useRegionNames } from '../../../lib/reference-data';
import { useRevokeApiToken } from '../api/revoke-api-token';

function RevokeButton({ token }: { token: ApiToken }) {
  const { message } = App.useApp();
  const revoke = useRevokeApiToken();
  return (
    <Popconfirm
      title="吊销此令牌？"
      description="吊销后使用该令牌的系统将立即无法访问，且不能恢复。"
      okText="吊销"
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      onConfirm={() =>
        revoke
          .mutateAsync(token.id)
          .then(() => message.success(`已吊销“${token.name}”`))
          .catch((error: unknown) => message.error(errorMessage(error)))
      }
    >
      <Button type="link" size="small" danger>
        吊销
      </Button>
    </Popconfirm>
  );
}

export function TokenTable({ tokens, isLoading }: { tokens: ApiToken[]; isLoading: boolean }) {
  const regionNames = useRegionNames();
  const columns: TableProps<ApiToken>['columns'] = [
    { title: '用途说明', dataIndex: 'name' },
    { title: '授权角色', dataIndex: 'role', render: (_, t) => <Tag color="blue">{roleLabels[t.role]}</Tag> },
    {
      title: '数据范围',
      dataIndex: 'regionCode',
      render: (code: string) => regionNames.get(code) ?? code,
    },
    { title: '发放时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    {
      title: '最近使用',
      dataIndex: 'lastUsedAt',
      render: (v: string | null) => formatDateTime(v, '尚未使用'),
    },
    {
      title: '状态',
      key: 'status',
      render: (_, t) =>
        t.revokedAt ? <Tag>已吊销 {formatDateTime(t.revokedAt)}</Tag> : <Tag color="success">有效</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, t) => (t.revokedAt ? null : <RevokeButton token={t} />),
    },
  ];
  return (
    <Table<ApiToken>
      rowKey="id"
      className="nowrap-table"
      columns={columns}
      dataSource={tokens}
      loading={isLoading}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个令牌` }}
      locale={{ emptyText: '尚未发放接口令牌' }}
    />
  );
}
