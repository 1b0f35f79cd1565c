import { Button, Result } from 'antd';
import { errorMessage } from '../lib/api-error';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** What a page shows when its data could not be loaded. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  return (
    <Result
      status="warning"
      title="数据加载失败"
      subTitle={errorMessage(error)}
      extra={onRetry ? <Button onClick={onRetry}>重新加载</Button> : null}
    />
  );
}
