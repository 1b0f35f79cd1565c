import { ContactsOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatRate } from '../../../components/kpi-rate';
import { useCan } from '../../../lib/session';
import { useLiaisonCoverageSummary, useMyLiaisonHome } from '../api/get-liaison-summary';
import './home-cards.css';

function Figure({
  label,
  value,
  to,
  isAlert,
}: {
  label: string;
  value: ReactNode;
  to: string;
  isAlert?: boolean;
}) {
  return (
    <Link to={to} className="home-kpi">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <span className="home-kpi-rate" style={isAlert ? { color: '#cf1322' } : undefined}>
        {value}
      </span>
    </Link>
  );
}

/**
 * 常态化联络 on the home page: an officer's overdue visits and missing reports, or, for those who watch the
 * liaison work, the coverage of their scope and the subjects overdue for contact.
 */
export function LiaisonCard() {
  const isOfficer = useCan('liaison.visit');
  const canWatch = useCan('liaison.read');
  const mine = useMyLiaisonHome(isOfficer);
  const coverage = useLiaisonCoverageSummary(canWatch && !isOfficer);
  if (!isOfficer && !canWatch) return null;
  if ((isOfficer && mine.isError) || (!isOfficer && coverage.isError)) return null;
  const to = isOfficer ? '/liaison' : '/liaison/coverage';
  const isLoading = isOfficer ? !mine.data : !coverage.data;
  const c = coverage.data;
  return (
    <Card
      size="small"
      data-testid="home-liaison"
      title={
        <Flex align="center" gap={8}>
          <ContactsOutlined />
          <span>常态化联络</span>
        </Flex>
      }
      extra={
        <Link to={to}>
          {isOfficer ? '联络员工作台' : '联络覆盖'} <RightOutlined />
        </Link>
      }
    >
      {isLoading ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : isOfficer && mine.data ? (
        <Row gutter={[12, 12]}>
          <Col xs={8}>
            <Figure label="联系对象" value={mine.data.subjects.length} to={to} />
          </Col>
          <Col xs={8}>
            <Figure label="逾期未走访" value={mine.data.overdue} to={to} isAlert={mine.data.overdue > 0} />
          </Col>
          <Col xs={8}>
            <Figure
              label="今日未报"
              value={mine.data.reportsMissing}
              to={to}
              isAlert={mine.data.reportsMissing > 0}
            />
          </Col>
        </Row>
      ) : c ? (
        <Row gutter={[12, 12]}>
          <Col xs={12} sm={6}>
            <Figure
              label="联络员覆盖率"
              value={formatRate(c.subjects === 0 ? null : Math.round((c.covered / c.subjects) * 1000) / 10)}
              to={to}
            />
          </Col>
          <Col xs={12} sm={6}>
            <Figure label="未覆盖对象" value={c.uncovered.length} to={to} isAlert={c.uncovered.length > 0} />
          </Col>
          <Col xs={12} sm={6}>
            <Figure
              label="逾期未联系"
              value={c.overdueContact.length}
              to={to}
              isAlert={c.overdueContact.length > 0}
            />
          </Col>
          <Col xs={12} sm={6}>
            <Figure label="在岗联络员" value={c.officersActive} to={to} />
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
