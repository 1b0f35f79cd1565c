import { lazy, Suspense } from 'react';
import { PageLoading } from '../components/page-loading';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout';
import { NotFoundRoute } from './not-found-route';
import { RequireAccess } from './require-access';
import { RequireSession } from './require-session';
import { RouteErrorPage } from './route-error-page';
import { appRoutes } from './routes';

const LoginPage = lazy(async () => ({
  default: (await import('../features/auth/pages/login-page')).LoginPage,
}));

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: (
        <Suspense fallback={<PageLoading fullScreen />}>
          <LoginPage />
        </Suspense>
      ),
      errorElement: <RouteErrorPage />,
    },
    {
      element: <RequireSession />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <AppLayout />,
          children: [
            ...appRoutes.map((route) => ({
              path: route.path,
              element: <RequireAccess route={route} />,
              errorElement: <RouteErrorPage />,
            })),
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
