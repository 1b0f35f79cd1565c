import { CameraOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MyHome } from '../../../../contracts/liaison';
import { reportStatusLabels } from '../../../../domain/resumption';
import { subjectKey } from '../../../../domain/subjects';
import { formatDay, reportStatusColors } from '../lib/visit-labels';

export type MySubject = MyHome['subjects'][number];

interface MySubjectCardProps {
  subject: MySubject;
  /** Officers who may file daily reports get the 代填日报 button. */
  canFileReport: boolean;
}

function ReportState({ subject }: { subject: MySubject }) {
  if (!subject.reportStatus) {
    return (
      <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="my-subject-report">
        今日未报
      </Tag>
    );
  }
  return (
    <Flex gap={4} wrap data-testid="my-subject-report">
      <Tag color={reportStatusColors[subject.reportStatus]} style={{ marginInlineEnd: 0 }}>
        今日已报 · {reportStatusLabels[subject.reportStatus]}
      </Tag>
      {subject.reportFiledOnBehalf ? (
        <Tag style={{ marginInlineEnd: 0 }} title="由联络员或调度员代为报送">
          代报
        </Tag>
      ) : null}
    </Flex>
  );
}

/** One subject in the officer's care: today's report, last visit, when the next is due, and the two actions. */
export function MySubjectCard({ subject, canFileReport }: MySubjectCardProps) {
  const key = subjectKey(subject);
  const visitLine = subject.lastVisitDate ? `最近走访 ${formatDay(subject.lastVisitDate)}` : '尚未走访';
  return (
    <Card
      size="small"
      className={`my-subject${subject.isOverdue ? ' is-overdue' : ''}`}
      data-testid="my-subject"
      data-subject={key}
      data-overdue={subject.isOverdue ? 'true' : 'false'}
    >
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <span className="my-subject-name" data-testid="my-subject-name">
            {subject.name}
          </span>
          <Tag color={subject.isPrimary ? 'blue' : 'default'} style={{ marginInlineEnd: 0, flex: 'none' }}>
            {subject.isPrimary ? '主责' : '协助'}
          </Tag>
        </Flex>
        <span className="my-subject-meta">
          {subject.regionName} · {subject.kind === 'enterprise' ? '企业' : '重点项目'}
          {subject.openProblems > 0 ? ` · 未办结问题 ${subject.openProblems} 件` : ''}
        </span>
        <Flex gap={6} wrap align="center">
          <ReportState subject={subject} />
          {subject.isOverdue ? (
            <Tag color="red" variant="solid" style={{ marginInlineEnd: 0 }} data-testid="my-subject-overdue">
              逾期 {subject.daysOverdue} 天
            </Tag>
          ) : null}
        </Flex>
        <Typography.Text type={subject.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
          {visitLine}
          {subject.dueDate
            ? subject.isOverdue
              ? `，应于 ${formatDay(subject.dueDate)}前走访`
              : `，下次最迟 ${formatDay(subject.dueDate)}`
            : ''}
        </Typography.Text>
        <div className="my-subject-actions">
          <Link to={`/liaison/visits/new?kind=${subject.kind}&id=${subject.id}`}>
            <Button type="primary" icon={<CameraOutlined />} data-testid="my-subject-visit">
              记录走访
            </Button>
          </Link>
          {canFileReport ? (
            <Link to={`/reports/today?subject=${key}`}>
              <Button icon={<FormOutlined />} data-testid="my-subject-report-link">
                {subject.reportStatus ? '查看日报' : '代填日报'}
              </Button>
            </Link>
          ) : null}
        </div>
      </Flex>
    </Card>
  );
}
