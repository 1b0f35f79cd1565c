import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DueItem } from '../api/list-my-due';
import { formatDay, formatDeadline, formatFiledAt } from '../lib/deadline';
import { FilingState } from './filing-state';

/** Whose report, for which day, due when, and whether it is in. */
export function ReportHeader({ item, now }: { item: DueItem; now: Dayjs }) {
  return (
    <Card variant="borderless" size="small" className="report-header" data-testid="report-header">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text strong className="report-subject-name">
            {item.subjectName}
          </Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{item.subjectKind === 'enterprise' ? '企业' : '项目'}</Tag>
        </Flex>
        <Flex gap={8} wrap align="center">
          <Typography.Text>{formatDay(item.date)}日报</Typography.Text>
          <FilingState item={item} now={now} />
          {item.report ? <Tag style={{ marginInlineEnd: 0 }}>第 {item.report.revision} 版</Tag> : null}
        </Flex>
        <Typography.Text type={item.isOverdue ? 'danger' : 'secondary'} data-testid="report-deadline">
          <ClockCircleOutlined /> {formatDeadline(item.deadline)} 前报送
          {item.isOverdue ? '，已超过截止时间，请尽快补报（将记为逾期）' : ''}
          {item.report && !item.isOverdue
            ? `；最近一次于 ${formatFiledAt(item.report.filedAt, now)} 提交`
            : ''}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
