import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-error';
import { useCan } from '../../../lib/session';
import { fetchOfficerMobile } from '../api/officers';
import { isMaskedMobile } from '../lib/officer-labels';

interface OfficerMobileProps {
  officerId: number;
  /** As the list sends it: masked (138****5678) unless the reader may see it in full. */
  mobile: string;
}

/** The masked number, with 查看 for those allowed to see it in full (each viewing is audited). */
export function OfficerMobile({ officerId, mobile }: OfficerMobileProps) {
  const canView = useCan('liaison.contact.view');
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);

  const reveal = async () => {
    setLoading(true);
    try {
      setFull(await fetchOfficerMobile(officerId));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };

  const shown = full ?? mobile;
  return (
    <Space size={2} wrap={false} data-testid="officer-mobile">
      {isMaskedMobile(shown) ? (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{shown}</span>
      ) : (
        <Typography.Link href={`tel:${shown}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {shown}
        </Typography.Link>
      )}
      {canView && isMaskedMobile(mobile) ? (
        full ? (
          <Tooltip title="隐藏">
            <Button
              type="text"
              size="small"
              icon={<EyeInvisibleOutlined />}
              onClick={() => setFull(null)}
              aria-label="隐藏完整号码"
            />
          </Tooltip>
        ) : (
          <Tooltip title="查看完整号码（查看记录留存备查）">
            <Button
              type="link"
              size="small"
              icon={<EyeOutlined />}
              loading={isLoading}
              onClick={() => void reveal()}
              data-testid="officer-mobile-reveal"
              style={{ paddingInline: 4 }}
            >
              查看
            </Button>
          </Tooltip>
        )
      ) : null}
    </Space>
  );
}
