import { Alert, Button, Card, Col, DatePicker, Flex, Row, Segmented, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { categoryLabels, resumptionCategories, type ResumptionCategory } from '../../../../domain/resumption';
import { enterFullscreen, FullscreenOverlay } from '../../../components/fullscreen-overlay';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { cityDate, cityTimeZone } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCan } from '../../../lib/session';
import { dashboardKey, useResumption } from '../api/get-resumption';
import { useTrend } from '../api/get-trend';
import { BigScreen } from '../components/big-screen';
import { CompletenessPanel } from '../components/completeness-panel';
import { CountyChart } from '../components/county-chart';
import { CountyTable } from '../components/county-table';
import { DashboardActions } from '../components/dashboard-actions';
import { KpiCard } from '../components/kpi-card';
import { RegionBreadcrumb } from '../components/region-breadcrumb';
import { SubjectHistoryDrawer, type HistorySubject } from '../components/subject-history-drawer';
import { SubjectList } from '../components/subject-list';
import { TrendChart } from '../components/trend-chart';
import { figuresOf } from '../lib/figures';
import type { StandingTabKey } from '../lib/status-labels';
import { trendRange } from '../lib/trend-range';
import { useDashboardParams } from '../lib/use-dashboard-params';
import '../dashboard.css';

const refreshInterval = 60_000;

export function DashboardPage() {
  const queryClient = useQueryClient();
  const canExport = useCan('dashboard.export');
  const canImport = useCan('reports.import');
  const clock = useServerClock();
  const today = cityDate(clock.now());
  const { params, setDate, setRegion, setList } = useDashboardParams();
  const [isBigScreen, setBigScreen] = useState(false);
  const [isImportOpen, setImportOpen] = useState(false);
  const [history, setHistory] = useState<{ open: boolean; subject: HistorySubject | null }>({
    open: false,
    subject: null,
  });

  const interval = isBigScreen ? refreshInterval : undefined;
  const resumption = useResumption({ date: params.date, region: params.region }, interval);
  const data = resumption.data;
  const date = data?.date;
  const trend = useTrend(date ? { ...trendRange(date), region: params.region } : null, interval);
  const hasCounties = (data?.byRegion.length ?? 0) > 0;
  const missingHref = data
    ? `/dashboard/missing?date=${data.date}&region=${data.regionCode}`
    : '/dashboard/missing';

  const openList = (category: ResumptionCategory, tab: StandingTabKey) => {
    setList(category, tab);
    requestAnimationFrame(() =>
      document.getElementById('subject-list')?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
    );
  };

  // The wall shows when the figures were fetched, by the server's clock.
  const refreshedAt = clock
    .now()
    .subtract(Math.max(0, Date.now() - resumption.dataUpdatedAt), 'millisecond')
    .tz(cityTimeZone)
    .format('HH:mm:ss');

  return (
    <PageContainer
      title="调度看板"
      testId="page-dashboard"
      description={
        data
          ? `${data.regionName} ${dayjs(data.date).format('YYYY年M月D日')}复工复产情况（当日数据，次日 12:00 前报送）`
          : '规上工业企业和重点项目复工复产情况'
      }
      extra={
        <DashboardActions
          date={date}
          region={params.region}
          canExport={canExport}
          canImport={canImport}
          onImport={() => setImportOpen(true)}
          onBigScreen={() => {
            enterFullscreen();
            setBigScreen(true);
          }}
        />
      }
    >
      <Card variant="borderless" className="dashboard-toolbar" size="small">
        <Flex justify="space-between" align="center" gap={12} wrap>
          {data ? (
            <RegionBreadcrumb
              regionCode={data.regionCode}
              regionName={data.regionName}
              onSelect={setRegion}
            />
          ) : (
            <span />
          )}
          <Flex align="center" gap={8} wrap>
            <Typography.Text type="secondary">统计日期</Typography.Text>
            <DatePicker
              data-testid="dashboard-date"
              value={date ? dayjs(date) : null}
              allowClear={false}
              showToday={false}
              format="YYYY年M月D日"
              disabledDate={(d) => d.format('YYYY-MM-DD') > today}
              onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : undefined)}
              style={{ width: 160 }}
            />
            {data?.latestDate && data.latestDate !== data.date ? (
              <Button type="link" onClick={() => setDate(undefined)}>
                回到最新（{dayjs(data.latestDate).format('M月D日')}）
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Card>

      {resumption.error && !data ? (
        <Card variant="borderless">
          <QueryError error={resumption.error} onRetry={() => void resumption.refetch()} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {data && data.latestDate === null ? (
            <Alert type="info" showIcon title="还没有任何日报，企业和项目报送后这里将显示复工复产情况。" />
          ) : null}
          <Row gutter={[16, 16]}>
            {resumptionCategories.map((category) => (
              <Col key={category} xs={24} lg={8}>
                <KpiCard
                  category={category}
                  figures={figuresOf(data?.categories, category)}
                  isLoading={resumption.isLoading}
                  onCountClick={(tab) => openList(category, tab)}
                />
              </Col>
            ))}
          </Row>

          {hasCounties && data ? (
            <>
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={14}>
                  <Card
                    title="各区县（园区）复工率"
                    extra={<Typography.Text type="secondary">点击柱形下钻</Typography.Text>}
                  >
                    <CountyChart rows={data.byRegion} height={340} onDrill={setRegion} />
                  </Card>
                </Col>
                <Col xs={24} xl={10}>
                  <CompletenessPanel
                    categories={data.categories}
                    isLoading={resumption.isLoading}
                    missingHref={missingHref}
                  />
                </Col>
              </Row>
              <Card
                className="dashboard-switch-card"
                title="分区县情况"
                extra={
                  <Segmented<ResumptionCategory>
                    value={params.category}
                    onChange={(value) => setList(value, params.tab)}
                    options={resumptionCategories.map((c) => ({ value: c, label: categoryLabels[c] }))}
                  />
                }
              >
                <CountyTable
                  rows={data.byRegion}
                  total={figuresOf(data.categories, params.category)}
                  totalName={data.regionName}
                  category={params.category}
                  isLoading={resumption.isFetching}
                  onDrill={setRegion}
                />
              </Card>
              <Card title="复工率趋势">
                <TrendChart points={trend.data?.points ?? []} height={300} />
              </Card>
            </>
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card title="复工率趋势">
                  <TrendChart points={trend.data?.points ?? []} height={300} />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <CompletenessPanel
                  categories={data?.categories}
                  isLoading={resumption.isLoading}
                  missingHref={missingHref}
                />
              </Col>
            </Row>
          )}

          {data ? (
            <SubjectList
              date={data.date}
              region={data.regionCode}
              regionName={data.regionName}
              category={params.category}
              tab={params.tab}
              isWide={hasCounties}
              onChange={setList}
              onOpen={(s) =>
                setHistory({
                  open: true,
                  subject: {
                    kind: s.kind,
                    id: s.id,
                    name: s.name,
                    regionName: s.regionName,
                    status: s.status,
                  },
                })
              }
            />
          ) : null}
        </Flex>
      )}

      {data ? (
        <SubjectHistoryDrawer
          open={history.open}
          subject={history.subject}
          date={data.date}
          onClose={() => setHistory((h) => ({ ...h, open: false }))}
        />
      ) : null}

      {isBigScreen && data ? (
        <FullscreenOverlay onExit={() => setBigScreen(false)} testId="fullscreen-overlay">
          <BigScreen
            data={data}
            trend={trend.data?.points ?? []}
            refreshedAt={refreshedAt}
            isRefreshing={resumption.isFetching}
            onExit={() => setBigScreen(false)}
            onRefresh={() => void queryClient.invalidateQueries({ queryKey: dashboardKey })}
          />
        </FullscreenOverlay>
      ) : null}

      {canImport ? (
        <ImportDialog
          open={isImportOpen}
          onClose={() => setImportOpen(false)}
          title="批量导入日报"
          endpoint="/api/reports/import"
          template={{ path: '/api/reports/import-template', fileName: '复工日报导入模板.xlsx' }}
          onImported={() => void queryClient.invalidateQueries({ queryKey: dashboardKey })}
        />
      ) : null}
    </PageContainer>
  );
}
