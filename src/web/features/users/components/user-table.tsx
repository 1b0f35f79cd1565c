import { Table, Tag, type TableProps } from 'antd';
import type { User } from '../../../../contracts/users';
import { roleLabels } from '../../../../domain/roles';
import { formatDateTime } from '../../../lib/format';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { UserRowActions } from './user-row-actions';
import { UserStatusTags } from './user-status-tags';

interface UserTableProps {
  users: User[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  canWrite: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UserTable(props: UserTableProps) {
  const { users, total, page, pageSize, isLoading, canWrite, onPageChange, onEdit, onResetPassword } = props;
  const isMobile = useIsMobile();

  const columns: TableProps<User>['columns'] = [
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
    <Table<User>
      rowKey="id"
      className="nowrap-table"
      columns={columns}
      dataSource={users}
      loading={isLoading}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: !isMobile,
        showTotal: (n) => `共 ${n} 个用户`,
        simple: isMobile,
        onChange: onPageChange,
      }}
      locale={{ emptyText: '没有符合条件的用户' }}
    />
  );
}
