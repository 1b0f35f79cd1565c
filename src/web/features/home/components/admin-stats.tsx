import { ApiOutlined, AuditOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import { cityDate } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCan } from '../../../lib/session';
import { useActiveTokenCount } from '../api/count-active-tokens';
import { useAuditCountOn } from '../api/count-audit-entries';
import { useUserCount } from '../api/count-users';
import { StatTile } from './stat-tile';

/** The administrator's figures: accounts, disabled accounts, today's audit entries, live tokens. */
export function AdminStats() {
  const canReadUsers = useCan('users.read');
  const canReadAudit = useCan('audit.read');
  const canManageTokens = useCan('tokens.manage');
  const clock = useServerClock();
  const today = cityDate(clock.now());
  const users = useUserCount(undefined, canReadUsers);
  const disabled = useUserCount('disabled', canReadUsers);
  const audit = useAuditCountOn(today, canReadAudit && clock.isReady);
  const tokens = useActiveTokenCount(canManageTokens);

  const tiles = [
    canReadUsers && {
      title: '用户总数',
      unit: '个',
      query: users,
      to: '/admin/users',
      icon: <TeamOutlined />,
    },
    canReadUsers && {
      title: '已停用账号',
      unit: '个',
      query: disabled,
      to: '/admin/users?status=disabled',
      icon: <StopOutlined />,
    },
    canReadAudit && {
      title: '今日操作记录',
      unit: '条',
      query: audit,
      to: `/admin/audit?from=${today}&to=${today}`,
      icon: <AuditOutlined />,
    },
    canManageTokens && {
      title: '有效接口令牌',
      unit: '个',
      query: tokens,
      to: '/admin/api-tokens',
      icon: <ApiOutlined />,
    },
  ].filter((t) => !!t);

  if (tiles.length === 0) return null;
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((t) => (
        <Col key={t.title} xs={12} lg={6}>
          <StatTile
            title={t.title}
            unit={t.unit}
            value={t.query.data}
            isLoading={t.query.isLoading}
            isError={t.query.isError}
            to={t.to}
            icon={t.icon}
          />
        </Col>
      ))}
    </Row>
  );
}
