import { Alert, Button, Modal, Typography } from 'antd';
import type { CreatedApiToken } from '../api/create-api-token';

interface TokenRevealModalProps {
  token: CreatedApiToken | null;
  onClose: () => void;
}

/** The only time the token's secret is shown: the server keeps a hash, not the token. */
export function TokenRevealModal({ token, onClose }: TokenRevealModalProps) {
  return (
    <Modal
      title="令牌已发放"
      open={token !== null}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已妥善保存
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title="令牌只显示这一次"
        description="关闭此窗口后将无法再次查看。请立即复制，交给对接系统的负责人妥善保管；如有遗失，吊销后重新发放。"
        style={{ marginBottom: 16 }}
      />
      {token ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {token.name}
          </Typography.Paragraph>
          <Typography.Paragraph
            copyable={{ text: token.token, tooltips: ['复制', '已复制'] }}
            code
            style={{ wordBreak: 'break-all', fontSize: 13 }}
            data-testid="api-token-secret"
          >
            {token.token}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
            调用方式：在请求头中加入{' '}
            <Typography.Text code>Authorization: Bearer &lt;令牌&gt;</Typography.Text>
          </Typography.Paragraph>
        </>
      ) : null}
    </Modal>
  );
}
