import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, type MenuProps } from 'antd';
import type { User } from '../../../../contracts/users';
import { errorMessage } from '../../../lib/api-error';
import { useUnlockUser } from '../api/unlock-user';
import { useUpdateUser } from '../api/update-user';

interface UserRowActionsProps {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UserRowActions({ user, onEdit, onResetPassword }: UserRowActionsProps) {
  const { message, modal } = App.useApp();
  const updateUser = useUpdateUser();
  const unlockUser = useUnlockUser();

  const confirmToggleDisabled = () => {
    const isDisabling = !user.isDisabled;
    modal.confirm({
      title: isDisabling ? `停用“${user.name}”的账号？` : `启用“${user.name}”的账号？`,
      content: isDisabling
        ? '停用后该用户将无法登录，已登录的会话也会失效；其历史记录保留。'
        : '启用后该用户可以重新登录平台。',
      okText: isDisabling ? '停用' : '启用',
      okButtonProps: { danger: isDisabling },
      onOk: () =>
        updateUser
          .mutateAsync({ id: user.id, version: user.version, body: { isDisabled: isDisabling } })
          .then(() => message.success(isDisabling ? '账号已停用' : '账号已启用'))
          .catch((error: unknown) => message.error(errorMessage(error))),
    });
  };

  const confirmUnlock = () => {
    modal.confirm({
      title: `解锁“${user.name}”的账号？`,
      content: '该账号因连续输错密码被锁定。请先确认是本人操作，再解锁。',
      okText: '解锁',
      onOk: () =>
        unlockUser
          .mutateAsync(user.id)
          .then(() => message.success('账号已解锁'))
          .catch((error: unknown) => message.error(errorMessage(error))),
    });
  };

  const more: MenuProps['items'] = [
    { key: 'toggle', label: user.isDisabled ? '启用账号' : '停用账号', danger: !user.isDisabled },
    ...(user.isLocked ? [{ key: 'unlock', label: '解锁账号' }] : []),
  ];

  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        编辑
      </Button>
      <Button type="link" size="small" onClick={() => onResetPassword(user)}>
        重置密码
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: more,
          onClick: ({ key }) => (key === 'unlock' ? confirmUnlock() : confirmToggleDisabled()),
        }}
      >
        <Button type="link" size="small">
          更多 <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
