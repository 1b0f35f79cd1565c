import { DashboardOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { categoryLabels, resumptionCategories } from '../../../../domain/resumption';
import { formatRate } from '../../../components/kpi-rate';
import { useCan } from '../../../lib/session';
import { useResumptionSummary } from '../api/get-resumption-summary';
import './home-cards.css';

/** For dispatchers and leaders: the three 复工率 of the latest day, one tap from the dashboard. */
export function KpiSummary() {
  const canRead = useCan('dashboard.read');
  const { data, isLoading, isError } = useResumptionSummary(canRead);
  if (!canRead || isError) return null;

  return (
    <Card
      size="small"
      data-testid="home-kpi-summary"
      title={
        <Flex align="center" gap={8}>
          <DashboardOutlined />
          <span>复工复产{data ? ` · ${data.regionName} ${dayjs(data.date).format('M月D日')}` : ''}</span>
        </Flex>
      }
      extra={
        <Link to="/dashboard">
          调度看板 <RightOutlined />
        </Link>
      }
    >
      {isLoading || !data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[12, 12]}>
          {resumptionCategories.map((category) => {
            const f = data.categories.find((c) => c.category === category);
            return (
              <Col key={category} xs={24} sm={8}>
                <Link to={`/dashboard?category=${category}`} className="home-kpi">
                  <Typography.Text type="secondary">{categoryLabels[category]}复工率</Typography.Text>
                  <span className="home-kpi-rate">{formatRate(f?.resumptionRate)}</span>
                  {f ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      已复工 {f.resumed} · 部分复工 {f.partial} · 未复工 {f.notResumed} · 从未报送{' '}
                      {f.notReported}
                    </Typography.Text>
                  ) : null}
                </Link>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
