import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Tag } from 'antd';
import { Link } from 'react-router';
import { roleLabels } from '../../domain/roles';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { platformName, platformShortName } from '../lib/branding';
import { useCurrentUser } from '../lib/session';
import { scopeLabel } from './scope-label';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  isMobile: boolean;
  onOpenMenu: () => void;
}

export function AppHeader({ isMobile, onOpenMenu }: AppHeaderProps) {
  const user = useCurrentUser();
  return (
    <Layout.Header className="app-header">
      {isMobile ? (
        <Button
          type="text"
          aria-label="打开菜单"
          icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
          onClick={onOpenMenu}
        />
      ) : null}
      <Link to="/" className="app-brand">
        <span className="app-brand-short">{platformShortName}</span>
        {isMobile ? null : <span className="app-brand-full">{platformName}</span>}
      </Link>
      <div className="app-header-right">
        {isMobile ? null : (
          <>
            <span className="app-header-scope">{scopeLabel(user)}</span>
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              {roleLabels[user.role]}
            </Tag>
          </>
        )}
        <NotificationBell />
        <UserMenu isMobile={isMobile} />
      </div>
    </Layout.Header>
  );
}
