import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import type { User } from '../../../../contracts/users';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/session';
import { useUsers } from '../api/list-users';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { UserFilters } from '../components/user-filters';
import { UserFormDrawer } from '../components/user-form-drawer';
import { UserTable } from '../components/user-table';
import { useUserListParams } from '../lib/use-user-list-params';

// The user stays set while a dialog closes, so its title does not change during the animation.
interface DialogState {
  open: boolean;
  user: User | null;
}
const closed: DialogState = { open: false, user: null };

export function UsersPage() {
  const canWrite = useCan('users.write');
  const { params, setFilters, setPage, clearFilters } = useUserListParams();
  const { data, isLoading, isFetching, error, refetch } = useUsers(params);
  const [editing, setEditing] = useState<DialogState>(closed);
  const [resetting, setResetting] = useState<DialogState>(closed);
  const { page, pageSize, ...filters } = params;

  return (
    <PageContainer
      title="用户管理"
      description="管理平台账号、角色和权限范围。账号不删除，不再使用时请停用。"
      extra={
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
    >
      <Card variant="borderless">
        <UserFilters value={filters} onChange={setFilters} onClear={clearFilters} />
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <UserTable
            users={data?.items ?? []}
            total={data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            isLoading={isLoading || isFetching}
            canWrite={canWrite}
            onPageChange={setPage}
            onEdit={(user) => setEditing({ open: true, user })}
            onResetPassword={(user) => setResetting({ open: true, user })}
          />
        )}
      </Card>
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
    </PageContainer>
  );
}
