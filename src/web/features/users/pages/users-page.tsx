import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { userListQuerySchema, type User } from '../../../../contracts/users';
import { ListPage } from '../../../components/list-page';
import { useCan } from '../../../lib/session';
import { useListParams } from '../../../lib/use-list-params';
import { useUsers } from '../api/list-users';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { UserFilters } from '../components/user-filters';
import { UserFormDrawer } from '../components/user-form-drawer';
import { UserTable } from '../components/user-table';

// The user stays set while a dialog closes, so its title does not change during the animation.
interface DialogState {
  open: boolean;
  user: User | null;
}
const closed: DialogState = { open: false, user: null };

export function UsersPage() {
  const canWrite = useCan('users.write');
  const { params, filters, setFilters, setPage, clearFilters } = useListParams(userListQuerySchema);
  const query = useUsers(params);
  const [editing, setEditing] = useState<DialogState>(closed);
  const [resetting, setResetting] = useState<DialogState>(closed);

  return (
    <ListPage
      title="用户管理"
      description="管理平台账号、角色和权限范围。账号不删除，不再使用时请停用。"
      testId="page-users"
      toolbar={
        canWrite ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ open: true, user: null })}
          >
            新建用户
          </Button>
        ) : null
      }
      query={query}
      filters={<UserFilters value={filters} onChange={setFilters} onClear={clearFilters} />}
      dialogs={
        <>
          {canWrite ? (
            <>
              <UserFormDrawer
                open={editing.open}
                user={editing.user}
                onClose={() => setEditing((d) => ({ ...d, open: false }))}
                onReloaded={(user) => setEditing({ open: true, user })}
              />
              <ResetPasswordModal
                open={resetting.open}
                user={resetting.user}
                onClose={() => setResetting((d) => ({ ...d, open: false }))}
              />
            </>
          ) : null}
        </>
      }
    >
      <UserTable
        query={query}
        params={params}
        canWrite={canWrite}
        onPageChange={setPage}
        onEdit={(user) => setEditing({ open: true, user })}
        onResetPassword={(user) => setResetting({ open: true, user })}
      />
    </ListPage>
  );
}
