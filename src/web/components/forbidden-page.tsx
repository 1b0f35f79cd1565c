import { Button, Result } from 'antd';
import { Link } from 'react-router';

export function ForbiddenPage() {
  return (
    <div data-testid="page-403">
      <Result
        status="403"
        title="无权访问"
        subTitle="您的账号没有访问此页面的权限。如确因工作需要，请联系系统管理员开通。"
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    </div>
  );
}
