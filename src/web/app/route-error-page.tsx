import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';

/** Shown when a page throws or its code cannot be loaded (often after a new version was deployed). */
export function RouteErrorPage() {
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="error"
      title="页面出错了"
      subTitle="页面加载或显示时出现问题。请刷新重试；如果问题持续出现，请联系系统管理员。"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
