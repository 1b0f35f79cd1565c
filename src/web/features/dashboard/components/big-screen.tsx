import { FullscreenExitOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Flex, Progress, theme } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import type { z } from 'zod';
import type { Resumption, trendSchema } from '../../../../contracts/dashboard';
import { categoryLabels, resumptionCategories } from '../../../../domain/resumption';
import { formatRate, formatRateNumber } from '../../../components/kpi-rate';
import { categoryUnits, countFields, figuresOf } from '../lib/figures';
import { darkChartStyle } from '../lib/chart-style';
import { CountyChart } from './county-chart';
import { TrendChart } from './trend-chart';

interface BigScreenProps {
  data: Resumption;
  trend: z.infer<typeof trendSchema>['points'];
  /** When the figures were last fetched, by the server's clock (HH:mm:ss). */
  refreshedAt: string;
  isRefreshing: boolean;
  onExit: () => void;
  onRefresh: () => void;
}

const screenTheme = {
  algorithm: theme.darkAlgorithm,
  token: { colorPrimary: '#3d8bff', colorBgContainer: '#0b1f45', fontSize: 16 },
};

/** The command centre's wall: dark, large figures, no menus; the page refreshes it every 60 s. */
export function BigScreen({ data, trend, refreshedAt, isRefreshing, onExit, onRefresh }: BigScreenProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const hasCounties = data.byRegion.length > 0;
  return (
    <ConfigProvider theme={screenTheme} getPopupContainer={() => rootRef.current ?? document.body}>
      <div className="big-screen" ref={rootRef} data-testid="big-screen">
        <header className="big-screen-header">
          <div className="big-screen-title">{data.regionName}复工复产调度指挥大屏</div>
          <Flex className="big-screen-meta" align="center" gap={24}>
            <span>数据日期 {dayjs(data.date).format('YYYY年M月D日')}</span>
            <span data-testid="big-screen-refreshed">
              <SyncOutlined spin={isRefreshing} /> 每 60 秒自动刷新 · 最近刷新 {refreshedAt}
            </span>
            <Button onClick={onRefresh} icon={<SyncOutlined />} loading={isRefreshing}>
              立即刷新
            </Button>
            <Button
              type="primary"
              icon={<FullscreenExitOutlined />}
              onClick={onExit}
              data-testid="fullscreen-exit"
            >
              退出大屏
            </Button>
          </Flex>
        </header>

        <section className="big-screen-kpis">
          {resumptionCategories.map((category) => {
            const f = figuresOf(data.categories, category);
            return (
              <div
                className="big-screen-panel big-screen-kpi"
                key={category}
                data-testid={`screen-kpi-${category}`}
              >
                <div className="big-screen-panel-title">
                  {categoryLabels[category]}
                  <span>
                    共 {f?.total ?? 0} {categoryUnits[category]}
                  </span>
                </div>
                <div className="big-screen-rate">
                  <span className="big-screen-rate-label">复工率</span>
                  <span className="big-screen-rate-value">
                    {formatRateNumber(f?.resumptionRate)}
                    {f?.resumptionRate != null ? <small>%</small> : null}
                  </span>
                </div>
                <div className="big-screen-counts">
                  {countFields.map((c) => (
                    <div key={c.key}>
                      <b className={`big-screen-count big-screen-count-${c.key}`}>{f ? f[c.field] : '—'}</b>
                      <span>{c.label}</span>
                    </div>
                  ))}
                </div>
                <div className="big-screen-kpi-footer">
                  <span>
                    到岗率 <b>{formatRate(f?.workforceReturnRate)}</b>
                  </span>
                  <span>
                    报送率 <b>{formatRate(f?.completenessRate)}</b>
                  </span>
                </div>
              </div>
            );
          })}
        </section>

        <section className={`big-screen-charts${hasCounties ? '' : ' big-screen-charts-single'}`}>
          {hasCounties ? (
            <div className="big-screen-panel">
              <div className="big-screen-panel-title">各区县（园区）复工率</div>
              <CountyChart rows={data.byRegion} height="calc(100% - 40px)" style={darkChartStyle} />
            </div>
          ) : null}
          <div className="big-screen-panel">
            <div className="big-screen-panel-title">复工率趋势</div>
            <TrendChart points={trend} height="calc(100% - 40px)" style={darkChartStyle} />
          </div>
        </section>

        <section className="big-screen-completeness">
          {resumptionCategories.map((category) => {
            const f = figuresOf(data.categories, category);
            if (!f) return null;
            return (
              <div className="big-screen-panel" key={category}>
                <div className="big-screen-panel-title">
                  {categoryLabels[category]} · 当日报送
                  <span>
                    应报 {f.expected} · 已报 {f.received} · 未报{' '}
                    <b className="big-screen-count-not-reported">{Math.max(0, f.expected - f.received)}</b>
                  </span>
                </div>
                <Progress
                  percent={f.completenessRate ?? 0}
                  success={{ percent: f.timelinessRate ?? 0 }}
                  format={() => formatRate(f.completenessRate)}
                  size={{ height: 14 }}
                />
              </div>
            );
          })}
        </section>
      </div>
    </ConfigProvider>
  );
}
