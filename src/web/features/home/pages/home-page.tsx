import { Col, Flex, Row } from 'antd';
import { CaseTodoCard } from '../../../components/case-todo-card';
import { AdminStats } from '../components/admin-stats';
import { DutiesCard } from '../components/duties-card';
import { KpiSummary } from '../components/kpi-summary';
import { LiaisonCard } from '../components/liaison-card';
import { ShortcutsCard } from '../components/shortcuts-card';
import { TodayReportCard } from '../components/today-report-card';
import { WelcomeCard } from '../components/welcome-card';

export function HomePage() {
  return (
    <Flex vertical gap={16} data-testid="page-home">
      <WelcomeCard />
      <TodayReportCard />
      <CaseTodoCard />
      <KpiSummary />
      <LiaisonCard />
      <AdminStats />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <DutiesCard />
        </Col>
        <Col xs={24} lg={10}>
          <ShortcutsCard />
        </Col>
      </Row>
    </Flex>
  );
}
