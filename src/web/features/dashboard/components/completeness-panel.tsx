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

/** 报送情况: expected, received and on-time reports for the day, per category. */
export function CompletenessPanel({ categories, isLoading, missingHref }: CompletenessPanelProps) {
  const missing = (categories ?? []).reduce((sum, c) => sum + Math.max(0, c.expected - c.received), 0);
  return (
    <Card
      title="当日报送情况"
      className="completeness-panel"
      data-testid="completeness-panel"
      extra={
        <Link to={missingHref} data-testid="missing-link">
          <FileSearchOutlined /> 未报送清单{categories ? `（${missing}）` : ''}
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
                    应报 <b>{f.expected}</b> · 已报 <b>{f.received}</b> · 按时 <b>{f.onTime}</b> · 未报{' '}
                    <b style={{ color: f.expected > f.received ? '#d46b08' : undefined }}>
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
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            绿色为截止时间（次日 12:00）前按时报送的部分，蓝色为逾期补报的部分。
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
