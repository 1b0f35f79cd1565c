import { Button, Flex, Result, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Report } from '../../../../contracts/reports';
import { formatDay, formatFiledAt } from '../lib/deadline';
import { StatusTag } from './status-tag';

interface ReportSavedProps {
  report: Report;
  now: Dayjs;
  onEdit: () => void;
  onHistory: () => void;
  onBack?: () => void;
}

/** The confirmation after 提交: what was filed, when, and which revision it is. */
export function ReportSaved({ report, now, onEdit, onHistory, onBack }: ReportSavedProps) {
  return (
    <Result
      status="success"
      data-testid="report-saved"
      className="report-saved"
      title={`${formatDay(report.date)}日报已报送`}
      subTitle={
        <Flex vertical gap={8} align="center">
          <span>
            {report.subjectName} · {formatFiledAt(report.filedAt, now)} 提交 ·{' '}
            <span data-testid="report-saved-revision">第 {report.revision} 版</span>
          </span>
          <Flex gap={6} wrap justify="center">
            <StatusTag status={report.status} />
            <Tag style={{ marginInlineEnd: 0 }}>
              在岗 {report.onDuty} / {report.workforce} 人
            </Tag>
            {report.capacityPct !== null ? (
              <Tag style={{ marginInlineEnd: 0 }}>产能利用率 {report.capacityPct}%</Tag>
            ) : null}
            {report.isLate ? (
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                逾期
              </Tag>
            ) : null}
          </Flex>
        </Flex>
      }
      extra={
        <Flex vertical gap={8} className="report-saved-actions">
          {onBack ? (
            <Button type="primary" size="large" block onClick={onBack}>
              返回填报列表
            </Button>
          ) : null}
          <Button size="large" block onClick={onEdit}>
            修改今日日报
          </Button>
          <Button type="link" block onClick={onHistory}>
            查看历史记录
          </Button>
        </Flex>
      }
    />
  );
}
