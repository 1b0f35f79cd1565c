import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, Popover, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../../contracts/notifications';
import { cityTimeZone } from '../../../lib/format';
import { useCan } from '../../../lib/session';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useMarkRead, useNotifications } from '../api/notifications';
import './notification-bell.css';

function when(iso: string): string {
  const at = dayjs(iso).tz(cityTimeZone);
  return at.format('M月D日 HH:mm');
}

/** The header's bell: unread count, the latest notifications, a click opens the case and marks it read. */
export function NotificationBell() {
  const canRead = useCan('notifications.read');
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [open, setOpen] = useState(false);
  const { data, isLoading } = useNotifications(canRead);
  const markRead = useMarkRead();
  if (!canRead) return null;

  const items = (data?.items ?? []).slice(0, 20);
  const unread = data?.unread ?? 0;

  const openOne = (n: Notification) => {
    if (!n.readAt) markRead.mutate([n.id]);
    setOpen(false);
    if (n.caseId) navigate(`/cases/${n.caseId}`);
  };

  const markAll =
    unread > 0 ? (
      <Button type="link" size="small" onClick={() => markRead.mutate(undefined)}>
        全部标为已读
      </Button>
    ) : null;

  const list =
    items.length === 0 ? (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={isLoading ? '正在加载…' : '暂无通知'}
        style={{ margin: '16px 0' }}
      />
    ) : (
      <div className="notification-list">
        {items.map((n) => (
          <button
            key={n.id}
            type="button"
            className={`notification-item${n.readAt ? '' : ' is-unread'}`}
            onClick={() => openOne(n)}
            data-testid="notification-item"
          >
            <span className="notification-item-title">{n.title}</span>
            {n.body ? <span className="notification-item-body">{n.body}</span> : null}
            <span className="notification-item-time">{when(n.createdAt)}</span>
          </button>
        ))}
      </div>
    );

  const heading = `通知${unread ? `（${unread} 条未读）` : ''}`;
  const bell = (
    <button
      type="button"
      className="notification-bell"
      aria-label={`通知，${unread} 条未读`}
      data-testid="notification-bell"
      onClick={isMobile ? () => setOpen(true) : undefined}
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[2, -2]}>
        <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
      </Badge>
    </button>
  );

  // On a phone the list takes the whole width in a drawer; on a desktop it drops down from the bell.
  if (isMobile) {
    return (
      <>
        {bell}
        <Drawer
          title={heading}
          extra={markAll}
          placement="right"
          size="100%"
          open={open}
          onClose={() => setOpen(false)}
          styles={{ body: { padding: 0 } }}
          data-testid="notification-panel"
        >
          {list}
        </Drawer>
      </>
    );
  }

  const content = (
    <div className="notification-panel" data-testid="notification-panel">
      <Flex justify="space-between" align="center" className="notification-panel-head">
        <Typography.Text strong>{heading}</Typography.Text>
        {markAll}
      </Flex>
      {list}
    </div>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
      styles={{ container: { padding: 0 } }}
    >
      {bell}
    </Popover>
  );
}
