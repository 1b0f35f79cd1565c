import { Card, Flex, Skeleton, Tooltip, Typography } from 'antd';
import type { CategoryFiguresDto } from '../../../../contracts/dashboard';
import { categoryLabels, type ResumptionCategory } from '../../../../domain/resumption';
import { formatRate, formatRateNumber } from '../../../components/kpi-rate';
import { categoryUnits, countFields, countHints } from '../lib/figures';
import type { StandingTabKey } from '../lib/status-labels';

interface KpiCardProps {
  category: ResumptionCategory;
  figures: CategoryFiguresDto | undefined;
  isLoading: boolean;
  /** Opens the drill-down list on that count's tab. */
  onCountClick?: (tab: StandingTabKey) => void;
  isActive?: boolean;
}

/** One category's headline: 复工率 large, then the five counts kept apart, then 到岗率 and 报送率. */
export function KpiCard({ category, figures, isLoading, onCountClick, isActive }: KpiCardProps) {
  const unit = categoryUnits[category];
  return (
    <Card
      className={`kpi-card${isActive ? ' kpi-card-active' : ''}`}
      data-testid={`kpi-${category}`}
      title={categoryLabels[category]}
      extra={
        figures ? (
          <Typography.Text type="secondary">
            共 {figures.total.toLocaleString('zh-CN')} {unit}
          </Typography.Text>
        ) : null
      }
    >
      {isLoading && !figures ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : figures ? (
        <>
          <Flex align="baseline" gap={12} wrap>
            <span className="kpi-rate-label">复工率</span>
            <span className="kpi-rate" data-testid={`kpi-${category}-rate`}>
              {formatRateNumber(figures.resumptionRate)}
              {figures.resumptionRate !== null ? <small>%</small> : null}
            </span>
            <Tooltip title="已复工 ÷ 应复工（不含不适用）">
              <Typography.Text type="secondary">
                全面复工率 {formatRate(figures.fullResumptionRate)}
              </Typography.Text>
            </Tooltip>
          </Flex>
          <div className="kpi-counts">
            {countFields.map((c) => (
              <Tooltip key={c.key} title={countHints[c.key]}>
                <button
                  type="button"
                  className="kpi-count"
                  onClick={onCountClick ? () => onCountClick(c.tab) : undefined}
                  disabled={!onCountClick}
                  aria-label={`${categoryLabels[category]}${c.label} ${figures[c.field]} ${unit}`}
                >
                  <span
                    className="kpi-count-value"
                    style={{ color: c.color }}
                    data-testid={`kpi-${category}-${c.key}`}
                  >
                    {figures[c.field].toLocaleString('zh-CN')}
                  </span>
                  <span className="kpi-count-label">{c.label}</span>
                </button>
              </Tooltip>
            ))}
          </div>
          <Flex className="kpi-footer" gap={16} wrap>
            <span>
              到岗率 <strong>{formatRate(figures.workforceReturnRate)}</strong>
            </span>
            <span>
              报送率 <strong>{formatRate(figures.completenessRate)}</strong>
            </span>
            {category === 'enterprise' ? (
              <span>
                平均产能利用率 <strong>{formatRate(figures.capacityAverage)}</strong>
              </span>
            ) : null}
          </Flex>
        </>
      ) : (
        <Typography.Text type="secondary">暂无数据</Typography.Text>
      )}
    </Card>
  );
}
