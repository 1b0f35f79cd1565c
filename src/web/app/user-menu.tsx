import { DownOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { roleLabels } from '../../domain/roles';
import { useLogout } from '../features/auth/api/logout';
import { useCurrentUser } from '../lib/session';
import { scopeLabel } from './scope-label';

export function UserMenu({ isMobile }: { isMobile: boolean }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();

  const items: MenuProps['items'] = [
    ...(isMobile
      ? [
          {
            key: 'profile',
            disabled: true,
            label: (
              <div className="user-menu-profile">
                <div className="user-menu-profile-name">{user.name}</div>
                <div>{roleLabels[user.role]}</div>
                <div>{scopeLabel(user)}</div>
              </div>
            ),
          },
          { type: 'divider' as const },
        ]
      : []),
    { key: 'password', icon: <LockOutlined />, label: '修改密码' },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">退出登录</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') navigate('/account/password');
    if (key === 'logout') logout.mutate();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <button type="button" className="app-user-trigger" data-testid="header-user" aria-label="账号菜单">
        <Avatar
          size="small"
          icon={<UserOutlined />}
          style={{ background: 'rgba(255,255,255,0.25)', flex: 'none' }}
        />
        <span className="app-user-name">{user.name}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </button>
    </Dropdown>
  );
}
