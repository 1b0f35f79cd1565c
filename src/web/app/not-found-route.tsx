import { NotFoundPage } from '../components/not-found-page';
import { usePageTitle } from './require-access';

export function NotFoundRoute() {
  usePageTitle('页面不存在');
  return <NotFoundPage />;
}
