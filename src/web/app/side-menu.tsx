import { Menu } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../lib/session';
import { buildMenuItems, groupKey } from './menu-items';
import { routeForPath } from './routes';

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = useMemo(() => buildMenuItems(user), [user]);
  const current = routeForPath(pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(() =>
    // Open every folder at first: there are few, and officials should see all they can do.
    items.flatMap((item) => (item && 'children' in item && item.key ? [String(item.key)] : [])),
  );
  const currentGroup = current?.group ? groupKey(current.group) : undefined;

  useEffect(() => {
    if (currentGroup) setOpenKeys((keys) => (keys.includes(currentGroup) ? keys : [...keys, currentGroup]));
  }, [currentGroup]);

  return (
    <Menu
      data-testid="side-menu"
      mode="inline"
      items={items}
      selectedKeys={current ? [current.path] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
