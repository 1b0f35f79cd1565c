import { FileSearchOutlined } from '@ant-design/icons';
import { Card, Flex, Progress, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import type { CategoryFiguresDto } from '../../../../contracts/dashboard';
import { categoryLabels, resumptionCategories } from '../../../../domain/resumption';
import { formatRate } from '../../../components/kpi-rate';
import { figuresOf } from '../lib/figures';

interface CompletenessPanelProps {
  categories: CategoryFiguresDto[] | undefined;
  isLoading: boolean;
  /** The missing list for the same day and region. */
  missingHref: string;
}

/**
 * 当日报送情况: expected, received and on-time reports for the day, per category. 当日未报 counts the day's
 * non-filers (their sum is the missing list's length); the cards' 从未报送 counts only subjects that never
 * filed, because the others keep their last status. Both are named so a user sees why they differ.
 */
export function CompletenessPanel({ categories, isLoading, missingHref }: CompletenessPanelProps) {
  const missing = (categories ?? []).reduce((sum, c) => sum + Math.max(0, c.expected - c.received), 0);
  return (
    <Card
      title="当日报送情况"
      className="completeness-panel"
      data-testid="completeness-panel"
      extra={
        <Link to={missingHref} data-testid="missing-link">
          <FileSearchOutlined /> 未报送清单{categories ? `（合计 ${missing}）` : ''}
        </Link>
      }
    >
      {isLoading && !categories ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={14}>
          {resumptionCategories.map((category) => {
            const f = figuresOf(categories, category);
            if (!f) return null;
            return (
              <div key={category}>
                <Flex justify="space-between" align="baseline" wrap gap={8}>
                  <Typography.Text strong>{categoryLabels[category]}</Typography.Text>
                  <Typography.Text type="secondary" className="completeness-counts">
                    应报 <b>{f.expected}</b> · 已报 <b>{f.received}</b> · 按时 <b>{f.onTime}</b> · 当日未报{' '}
                    <b
                      style={{ color: f.expected > f.received ? '#d46b08' : undefined }}
                      data-testid={`completeness-${category}-missing`}
                    >
                      {Math.max(0, f.expected - f.received)}
                    </b>
                  </Typography.Text>
                </Flex>
                <Flex align="center" gap={12}>
                  <div className="completeness-bar">
                    <Progress
                      percent={f.completenessRate ?? 0}
                      success={{ percent: f.timelinessRate ?? 0 }}
                      showInfo={false}
                      aria-label={`${categoryLabels[category]}报送率`}
                    />
                  </div>
                  <span className="completeness-rate">报送率 {formatRate(f.completenessRate)}</span>
                </Flex>
              </div>
            );
          })}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="completeness-note">
            绿色为截止时间（次日 12:00）前按时报送的部分，蓝色为逾期补报的部分。当日未报的三类合计 {missing}{' '}
            个，即未报送清单；它们沿用最近一次报送的复工状态，所以上方卡片的“从未报送”只计从未报过日报的。
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
