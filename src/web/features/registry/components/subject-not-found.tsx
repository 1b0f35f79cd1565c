import { Button, Result } from 'antd';
import { Link } from 'react-router';

/** A record that does not exist, or lies outside the user's scope (the server answers 404 for both). */
export function SubjectNotFound({ noun, backTo }: { noun: string; backTo: string }) {
  return (
    <Result
      status="404"
      title={`${noun}不存在`}
      subTitle={`该${noun}不存在，或不在您的管理范围内。`}
      extra={
        <Link to={backTo}>
          <Button type="primary">返回列表</Button>
        </Link>
      }
    />
  );
}
