import { HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/session';
import { useMyHome } from '../api/my-home';
import { MySubjectCard, type MySubject } from '../components/my-subject-card';
import { MySubjectProblems } from '../components/my-subject-problems';
import { describeContactRule, formatDay, formatLongDay } from '../lib/visit-labels';
import { subjectKey } from '../../../../domain/subjects';
import '../components/visit-screens.css';

/** Overdue first (longest first), then those not yet reported today, then the next due, then by name. */
function bySeverity(a: MySubject, b: MySubject): number {
  return (
    Number(b.isOverdue) - Number(a.isOverdue) ||
    b.daysOverdue - a.daysOverdue ||
    Number(a.reportStatus !== null) - Number(b.reportStatus !== null) ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

function Figure({
  label,
  value,
  isAlert,
  testId,
}: {
  label: string;
  value: number;
  isAlert?: boolean;
  testId: string;
}) {
  return (
    <div className={`liaison-figure${isAlert && value > 0 ? ' is-alert' : ''}`} data-testid={testId}>
      <span className="liaison-figure-value">
        {value}
        <small>家</small>
      </span>
      <span className="liaison-figure-label">{label}</span>
    </div>
  );
}

/**
 * 联络员工作台. Phone first: today and the contact rule, three figures, then every subject in the officer's
 * care (overdue ones first) with one tap to 记录走访 or 代填日报, and the problems still open.
 */
export function OfficerHomePage() {
  const { data, error, refetch } = useMyHome();
  const canFileReport = useCan('reports.file');
  const subjects = useMemo(() => [...(data?.subjects ?? [])].sort(bySeverity), [data]);

  if (error && !data) {
    return (
      <PageContainer title="联络员工作台" testId="liaison-home">
        <Card variant="borderless">
          <QueryError error={error} onRetry={() => void refetch()} />
        </Card>
      </PageContainer>
    );
  }
  if (!data) {
    return (
      <PageContainer title="联络员工作台" testId="liaison-home">
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </PageContainer>
    );
  }

  const { officer, rule } = data;
  const campaign = rule.campaignTo
    ? `攻坚期 ${formatDay(rule.campaignFrom)}至${formatDay(rule.campaignTo)}`
    : `攻坚期 ${formatDay(rule.campaignFrom)}起`;

  return (
    <PageContainer
      title="联络员工作台"
      testId="liaison-home"
      extra={
        <Link to="/liaison/visits">
          <Button icon={<HistoryOutlined />}>我的走访记录</Button>
        </Link>
      }
    >
      <Flex vertical gap={12} className="liaison-home">
        <Card variant="borderless" size="small" className="liaison-home-header">
          <Flex vertical gap={4}>
            <span className="liaison-home-date" data-testid="liaison-home-date">
              {formatLongDay(data.date)}
            </span>
            <Typography.Text data-testid="liaison-home-rule">
              联系要求：<b>{describeContactRule(rule)}</b>
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {officer.name} · {officer.unitName}
              {officer.post ? ` ${officer.post}` : ''} · {campaign} · 本周已走访 {data.visitsThisWeek} 次
            </Typography.Text>
          </Flex>
        </Card>

        <div className="liaison-figures">
          <Figure label="联系对象" value={subjects.length} testId="liaison-figure-subjects" />
          <Figure label="逾期未走访" value={data.overdue} isAlert testId="liaison-figure-overdue" />
          <Figure label="今日未报" value={data.reportsMissing} isAlert testId="liaison-figure-missing" />
        </div>

        <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
          我的联系对象
        </Typography.Title>
        {subjects.length === 0 ? (
          <Card variant="borderless">
            <Empty description="您还没有联系的企业或项目，请联系区县调度员分配" />
          </Card>
        ) : (
          <div className="my-subjects" data-testid="my-subjects">
            {subjects.map((s) => (
              <MySubjectCard key={subjectKey(s)} subject={s} canFileReport={canFileReport} />
            ))}
          </div>
        )}

        <MySubjectProblems problems={data.openProblems} />
      </Flex>
    </PageContainer>
  );
}
