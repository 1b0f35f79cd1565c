import { CheckCircleFilled, ExclamationCircleFilled, FormOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { cityTimeZone } from '../../../lib/format';
import { useCan, useCurrentUser } from '../../../lib/session';
import { useMyDueReports } from '../api/get-my-due';
import './home-cards.css';

/**
 * 今日填报 for those who file one by one (enterprise and project users, liaison officers): today's state
 * at a glance, and one tap to the prefilled form.
 */
export function TodayReportCard() {
  const user = useCurrentUser();
  const isFiler = useCan('reports.file') && !user.permissions.includes('reports.import');
  const { data, isLoading } = useMyDueReports(isFiler);
  if (!isFiler) return null;
  if (isLoading)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 1 }} />
      </Card>
    );
  if (!data || data.length === 0) return null;

  const first = data[0]!;
  const deadline = dayjs(first.deadline).tz(cityTimeZone).format('M月D日 HH:mm');
  const day = dayjs(first.date).format('M月D日');
  const done = data.filter((i) => i.report).length;
  const isSingle = data.length === 1;
  const isDone = isSingle ? first.report !== null : done === data.length;
  const isOverdue = data.some((i) => i.isOverdue);

  return (
    <Link to="/reports/today" data-testid="today-report-card" className="today-report-link">
      <Card hoverable className={`today-report-card${isDone ? ' is-done' : ''}`}>
        <Flex align="center" gap={16}>
          <span className="today-report-icon">{isDone ? <CheckCircleFilled /> : <FormOutlined />}</span>
          <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong className="today-report-title">
              今日填报 · {day}日报
            </Typography.Text>
            {isSingle ? (
              <Typography.Text className="today-report-state" data-testid="today-report-state">
                {first.report
                  ? `已报送 ${dayjs(first.report.filedAt).tz(cityTimeZone).format('HH:mm')}（第 ${first.report.revision} 版）`
                  : isOverdue
                    ? '逾期未报，请尽快补报'
                    : '未报送，点此填报'}
              </Typography.Text>
            ) : (
              <Typography.Text className="today-report-state" data-testid="today-report-state">
                负责 {data.length} 家，已报 {done} 家，未报 {data.length - done} 家
              </Typography.Text>
            )}
            <Typography.Text type={isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {isOverdue ? <ExclamationCircleFilled /> : null} {deadline} 前报送
              {isSingle ? ` · ${first.subjectName}` : ''}
            </Typography.Text>
          </Flex>
          <RightOutlined className="today-report-arrow" />
        </Flex>
      </Card>
    </Link>
  );
}
