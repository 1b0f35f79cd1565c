import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { roleLabels } from '../../../../domain/roles';
import { cityTimeZone, greetingFor } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCurrentUser } from '../../../lib/session';
import { describeScope } from '../scope-description';

export function WelcomeCard() {
  const user = useCurrentUser();
  const now = useServerClock().now();
  const today = now.tz(cityTimeZone).format('YYYY年M月D日 dddd');
  return (
    <Card variant="borderless">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {greetingFor(now)}，{user.name}
      </Typography.Title>
      <Space wrap size={[8, 8]} style={{ marginBottom: 8 }}>
        <Tag color="blue">{roleLabels[user.role]}</Tag>
        <Tag icon={<EnvironmentOutlined />}>{user.regionName}</Tag>
        {user.departmentName ? <Tag>{user.departmentName}</Tag> : null}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        今天是 {today}。{describeScope(user)}。
      </Typography.Paragraph>
    </Card>
  );
}
