import { EditOutlined, LeftOutlined, LockOutlined, RightOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Report } from '../../../../contracts/reports';
import { isLocked } from '../../../../domain/resumption';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCan } from '../../../lib/session';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useRecentReports, useReportHistory, type SubjectKey } from '../api/subject-reports';
import { formatDay } from '../lib/deadline';
import { pastDayItem } from '../lib/past-day';
import { ReportForm } from './report-form';
import { ReportRevisionTimeline } from '../../../components/report-revision-timeline';
import { StatusTag } from './status-tag';

interface ReportHistoryProps {
  subject: SubjectKey & { name: string };
  /** The server's today: days from the first report in range up to it are listed, missing ones marked. */
  today: string;
  /** Today's report is edited on the 今日填报 tab. */
  onEditToday: () => void;
}

interface Day {
  date: string;
  report: Report | null;
}

function daysOf(reports: Report[], today: string): Day[] {
  const byDate = new Map(reports.map((r) => [r.date, r]));
  const first = reports.map((r) => r.date).sort()[0];
  if (!first) return [];
  const days: Day[] = [];
  for (let d = dayjs(today); d.format('YYYY-MM-DD') >= first; d = d.subtract(1, 'day')) {
    const date = d.format('YYYY-MM-DD');
    days.push({ date, report: byDate.get(date) ?? null });
  }
  return days;
}

/**
 * The last 30 days: status, late and on-behalf marks, revisions. A tap on a day opens its revision history;
 * a missed day, or a filed one still inside the lock window, can be filed late or corrected from here.
 */
export function ReportHistory({ subject, today, onEditToday }: ReportHistoryProps) {
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const clock = useServerClock();
  const canUnlock = useCan('reports.unlock');
  const reports = useRecentReports(subject);
  const [openDate, setOpenDate] = useState<string | null>(null);
  const [editDate, setEditDate] = useState<string | null>(null);
  const history = useReportHistory(subject, openDate);
  const isClosed = (date: string) => isLocked(date, today) && !canUnlock;

  const edit = (date: string) => {
    setOpenDate(null);
    if (date === today) onEditToday();
    else setEditDate(date);
  };

  if (reports.error && !reports.data)
    return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  if (!reports.data) return <Skeleton active />;

  if (editDate) {
    const item = pastDayItem(subject, editDate, reports.data, clock.now().valueOf());
    return (
      <Flex vertical gap={12} data-testid="past-day-editor">
        <Flex align="center" gap={8}>
          <Button icon={<LeftOutlined />} onClick={() => setEditDate(null)}>
            返回
          </Button>
          <Typography.Text strong>
            {item.report ? '修改' : '补报'} {formatDay(editDate)}日报
          </Typography.Text>
        </Flex>
        {!item.report ? (
          <Typography.Text type="secondary">
            补报的日报将标记为逾期（截止 {dayjs(item.deadline).format('M月D日 HH:mm')}）。
          </Typography.Text>
        ) : null}
        <ReportForm
          key={`${editDate}-${item.report?.revision ?? 0}`}
          item={item}
          onSaved={(report) => {
            message.success(`${formatDay(report.date)}日报已报送（第 ${report.revision} 版）`);
            setEditDate(null);
          }}
        />
      </Flex>
    );
  }

  const days = daysOf(reports.data, today);
  if (days.length === 0) return <Empty description="近 30 天没有日报" />;
  const missed = days.filter((d) => !d.report && d.date < today).length;
  const late = days.filter((d) => d.report?.isLate).length;

  return (
    <>
      <Typography.Paragraph type="secondary">
        近 30 天：已报 {days.filter((d) => d.report).length} 天{late ? `，其中逾期 ${late} 天` : ''}
        {missed ? `，漏报 ${missed} 天` : ''}。点击某一天查看修订记录，漏报的可以补报。
      </Typography.Paragraph>
      <div className="history-days" data-testid="report-history">
        {days.map(({ date, report }) => {
          const canFileLate = !report && date < today && !isClosed(date);
          return (
            <button
              type="button"
              key={date}
              className="history-day"
              data-testid={`report-day-${date}`}
              onClick={() => (report ? setOpenDate(date) : canFileLate ? edit(date) : undefined)}
              disabled={!report && !canFileLate}
            >
              <span className="history-day-date">{dayjs(date).format('M月D日 ddd')}</span>
              <Flex gap={6} wrap align="center" className="history-day-tags">
                {report ? (
                  <>
                    <StatusTag status={report.status} />
                    {report.isLate ? (
                      <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                        逾期
                      </Tag>
                    ) : null}
                    {report.isOnBehalf ? (
                      <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                        代报
                      </Tag>
                    ) : null}
                    {report.revision > 1 ? (
                      <Tag style={{ marginInlineEnd: 0 }}>第 {report.revision} 版</Tag>
                    ) : null}
                  </>
                ) : (
                  <Tag color={date === today ? 'warning' : 'red'} style={{ marginInlineEnd: 0 }}>
                    {date === today ? '未报送' : '漏报'}
                  </Tag>
                )}
              </Flex>
              {report ? (
                <span className="history-day-meta">
                  在岗 {report.onDuty}/{report.workforce}
                  {report.capacityPct !== null ? ` · 产能 ${report.capacityPct}%` : ''}
                  <RightOutlined />
                </span>
              ) : canFileLate ? (
                <span className="history-day-meta history-day-action">
                  补报 <RightOutlined />
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      <Drawer
        open={openDate !== null}
        onClose={() => setOpenDate(null)}
        placement={isMobile ? 'bottom' : 'right'}
        size={isMobile ? '80%' : 520}
        title={openDate ? `${formatDay(openDate)}日报修订记录` : ''}
        footer={
          openDate ? (
            isClosed(openDate) ? (
              <Typography.Text type="secondary">
                <LockOutlined /> 超过 7 天的日报已锁定，如需更正请联系调度员
              </Typography.Text>
            ) : (
              <Button block icon={<EditOutlined />} onClick={() => edit(openDate)}>
                修改{formatDay(openDate)}日报
              </Button>
            )
          ) : null
        }
      >
        {history.error && !history.data ? (
          <QueryError error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data ? (
          <>
            {history.data.report ? (
              <Typography.Paragraph type="secondary">
                首次报送 {formatDateTime(history.data.report.firstFiledAt)}，共{' '}
                {history.data.revisions.length} 版。
              </Typography.Paragraph>
            ) : null}
            <ReportRevisionTimeline
              revisions={history.data.revisions}
              statusTag={(status) => <StatusTag status={status} />}
            />
          </>
        ) : (
          <Skeleton active />
        )}
      </Drawer>
    </>
  );
}
