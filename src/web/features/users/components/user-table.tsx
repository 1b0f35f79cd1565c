import { Tag } from 'antd';
import type { User } from '../../../../contracts/users';
import { roleLabels } from '../../../../domain/roles';
import { formatDateTime } from '../../../lib/format';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { UserRowActions } from './user-row-actions';
import { UserStatusTags } from './user-status-tags';

interface UserTableProps {
  query: ListQueryResult<User>;
  params: { page: number; pageSize: number };
  canWrite: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UserTable(props: UserTableProps) {
  const { query, params, canWrite, onPageChange, onEdit, onResetPassword } = props;
  const isMobile = useIsMobile();

  const columns: ListTableProps<User>['columns'] = [
    { title: '用户名', dataIndex: 'username' },
    { title: '姓名', dataIndex: 'name' },
    { title: '角色', dataIndex: 'role', render: (_, u) => <Tag color="blue">{roleLabels[u.role]}</Tag> },
    { title: '所属区划', dataIndex: 'regionName' },
    { title: '所属部门', dataIndex: 'departmentName', render: (v: string | null) => v ?? '—' },
    { title: '手机号', dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
    { title: '状态', key: 'status', render: (_, u) => <UserStatusTags user={u} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      render: (v: string | null) => formatDateTime(v, '从未登录'),
    },
  ];
  if (canWrite) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'right',
      render: (_, u) => <UserRowActions user={u} onEdit={onEdit} onResetPassword={onResetPassword} />,
    });
  }

  return (
    <ListTable<User>
      query={query}
      params={params}
      onPageChange={onPageChange}
      columns={columns}
      rowKey={(u) => u.id}
      emptyText="没有符合条件的用户"
      unit="个用户"
    />
  );
}
