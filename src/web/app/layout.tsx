import { Drawer, Layout } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { AccessibleLinksContext, type NavLinkInfo } from '../lib/navigation';
import { platformShortName } from '../lib/branding';
import { useCurrentUser } from '../lib/session';
import { useIsMobile } from '../lib/use-is-mobile';
import { AppHeader } from './app-header';
import { isOffered, routeLabels } from '../lib/app-route';
import { appRoutes } from './routes';
import { SideMenu } from './side-menu';

export function AppLayout() {
  const user = useCurrentUser();
  const isMobile = useIsMobile();
  const { pathname } = useLocation();
  const [drawerPath, setDrawerPath] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  // The drawer belongs to the page it was opened on: navigating closes it.
  const isDrawerOpen = drawerPath === pathname;

  const links = useMemo<NavLinkInfo[]>(
    () =>
      appRoutes
        .filter((r) => r.path !== '/' && (r.menu !== false || r.shortcut) && isOffered(r, user))
        .map((route) => ({ path: route.path, icon: route.icon, ...routeLabels(route, user) })),
    [user],
  );

  return (
    <AccessibleLinksContext value={links}>
      <Layout className="app-shell">
        <AppHeader isMobile={isMobile} onOpenMenu={() => setDrawerPath(pathname)} />
        <Layout>
          {isMobile ? (
            <Drawer
              title={platformShortName}
              placement="left"
              size={260}
              open={isDrawerOpen}
              onClose={() => setDrawerPath(null)}
              styles={{ body: { padding: 0 } }}
            >
              <SideMenu onNavigate={() => setDrawerPath(null)} />
            </Drawer>
          ) : (
            <Layout.Sider
              className="app-sider"
              style={{ position: 'sticky', top: 56, height: 'calc(100vh - 56px)' }}
              width={220}
              collapsible
              collapsed={collapsed}
              onCollapse={setCollapsed}
            >
              <SideMenu />
            </Layout.Sider>
          )}
          <Layout.Content className="app-content">
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </AccessibleLinksContext>
  );
}
