import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import type { CreatedApiToken } from '../api/create-api-token';
import { useApiTokens } from '../api/list-api-tokens';
import { CreateTokenModal } from '../components/create-token-modal';
import { TokenRevealModal } from '../components/token-reveal-modal';
import { TokenTable } from '../components/token-table';

export function ApiTokensPage() {
  const { data, isLoading, error, refetch } = useApiTokens();
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  return (
    <PageContainer
      title="接口令牌"
      description="供其他业务系统调用本平台接口。令牌按角色和区划授权，不再使用时请及时吊销。"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
          发放令牌
        </Button>
      }
    >
      <Card variant="borderless">
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <TokenTable tokens={data ?? []} isLoading={isLoading} />
        )}
      </Card>
      <CreateTokenModal open={isCreating} onClose={() => setIsCreating(false)} onCreated={setCreated} />
      <TokenRevealModal token={created} onClose={() => setCreated(null)} />
    </PageContainer>
  );
}
