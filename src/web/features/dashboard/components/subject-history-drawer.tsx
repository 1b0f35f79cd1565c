import { Drawer, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import type { Report } from '../../../../contracts/reports';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useIsMobile } from '../../../lib/use-is-mobile';
import type { SubjectKind } from '../../../../domain/subjects';
import { useReportHistory, useSubjectReports } from '../api/subject-reports';
import type { SubjectStanding } from '../lib/status-labels';
import { ReportRevisionTimeline } from '../../../components/report-revision-timeline';
import { StandingTag } from './standing-tag';

export interface HistorySubject {
  kind: SubjectKind;
  id: number;
  name: string;
  regionName: string;
  status: SubjectStanding;
}

interface SubjectHistoryDrawerProps {
  subject: HistorySubject | null;
  open: boolean;
  /** The dashboard's day: the history runs 30 days up to it, and that day is shown first. */
  date: string;
  onClose: () => void;
}

/** One subject's daily reports (last 30 days) and, for the chosen day, every revision of the report. */
export function SubjectHistoryDrawer({ subject, open, date, onClose }: SubjectHistoryDrawerProps) {
  const isMobile = useIsMobile();
  const range = { from: dayjs(date).subtract(30, 'day').format('YYYY-MM-DD'), to: date };
  const key = subject ? { kind: subject.kind, id: subject.id } : null;
  const reports = useSubjectReports(open ? key : null, range);
  const [picked, setPicked] = useState<{ subjectId: number; date: string } | null>(null);
  const rows = [...(reports.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  // The chosen day belongs to the subject it was chosen for; otherwise show the dashboard's day or the latest.
  const selected =
    picked && picked.subjectId === subject?.id
      ? picked.date
      : (rows.find((r) => r.date === date)?.date ?? rows[0]?.date ?? null);
  const history = useReportHistory(open ? key : null, selected);
  const isEnterprise = subject?.kind === 'enterprise';

  const columns: TableColumnsType<Report> = [
    { title: '日期', key: 'date', render: (_, r) => dayjs(r.date).format('M月D日 ddd') },
    { title: '状态', key: 'status', render: (_, r) => <StandingTag standing={r.status} /> },
    {
      title: '在岗 / 职工',
      key: 'onDuty',
      align: 'right',
      render: (_, r) => `${r.onDuty} / ${r.workforce}`,
    },
    isEnterprise
      ? {
          title: '产能',
          key: 'capacityPct',
          align: 'right',
          render: (_, r) => (r.capacityPct === null ? '—' : `${r.capacityPct}%`),
        }
      : {
          title: '在场施工',
          key: 'workersOnSite',
          align: 'right',
          render: (_, r) => (r.workersOnSite === null ? '—' : r.workersOnSite),
        },
    {
      title: '版本',
      key: 'revision',
      render: (_, r) => <span data-testid="history-revision">第 {r.revision} 版</span>,
    },
    {
      title: '报送',
      key: 'filedAt',
      render: (_, r) => (
        <Flex gap={4} align="center" wrap={false}>
          <span>{formatDateTime(r.firstFiledAt).slice(5)}</span>
          {r.isLate ? <Tag color="orange">逾期</Tag> : null}
          {r.isOnBehalf ? <Tag color="purple">代报</Tag> : null}
        </Flex>
      ),
    },
  ];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 760}
      title={subject ? subject.name : '日报记录'}
      extra={subject ? <StandingTag standing={subject.status} /> : null}
      destroyOnHidden
      data-testid="subject-history"
    >
      {subject ? (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">
            {subject.regionName} · {dayjs(range.from).format('M月D日')} 至 {dayjs(date).format('M月D日')}{' '}
            的日报，点击某一天查看修订记录。
          </Typography.Text>
          {reports.error && !reports.data ? (
            <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
          ) : (
            <Table<Report>
              data-testid="history-list"
              className="nowrap-table"
              size="small"
              rowKey="date"
              columns={columns}
              dataSource={rows}
              loading={reports.isLoading}
              pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
              scroll={{ x: 'max-content' }}
              rowClassName={(r) => (r.date === selected ? 'history-row-selected' : '')}
              locale={{ emptyText: '这段时间没有日报' }}
              onRow={(r) =>
                ({
                  onClick: () => subject && setPicked({ subjectId: subject.id, date: r.date }),
                  style: { cursor: 'pointer' },
                  'data-testid': `history-row-${r.date}`,
                }) as HTMLAttributes<HTMLTableRowElement>
              }
            />
          )}
          {selected ? (
            <div>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {dayjs(selected).format('M月D日')}日报修订记录
              </Typography.Title>
              {history.error && !history.data ? (
                <QueryError error={history.error} onRetry={() => void history.refetch()} />
              ) : history.data ? (
                <ReportRevisionTimeline
                  revisions={history.data.revisions}
                  statusTag={(status) => <StandingTag standing={status} />}
                />
              ) : (
                <Typography.Text type="secondary">加载中…</Typography.Text>
              )}
            </div>
          ) : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}
