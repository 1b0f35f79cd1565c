import { LeftOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Report } from '../../../../contracts/reports';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { parseSubjectKey, subjectKey } from '../../../../domain/subjects';
import { cityDate } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useMyDue, type DueItem } from '../api/list-my-due';
import { DueList } from '../components/due-list';
import { ReportForm } from '../components/report-form';
import { ReportHeader } from '../components/report-header';
import { ReportHistory } from '../components/report-history';
import { ReportSaved } from '../components/report-saved';
import '../reports.css';

const keyOf = (item: Pick<DueItem, 'subjectKind' | 'subjectId'>) =>
  subjectKey({ kind: item.subjectKind, id: item.subjectId });

/**
 * 今日填报. An enterprise's (or project's) own user lands straight on the prefilled form; a liaison officer
 * first picks one of the subjects in their care (the choice lives in the address: ?subject=enterprise:12).
 */
export function TodayReportPage() {
  const { data, error, refetch } = useMyDue();
  const clock = useServerClock();
  const [searchParams, setSearchParams] = useSearchParams();
  // Older links wrote enterprise-12: read any accepted form, compare in the one written today.
  const asked = parseSubjectKey(searchParams.get('subject'));
  const picked = asked ? subjectKey(asked) : null;
  const items = data ?? [];
  const isList = items.length > 1;
  const item = isList ? items.find((i) => keyOf(i) === picked) : items[0];

  const pick = (next: DueItem | null) =>
    setSearchParams(next ? { subject: keyOf(next) } : {}, { replace: false });

  return (
    <PageContainer
      title="今日填报"
      testId="page-today-report"
      description={isList && !item ? '选择企业或项目，核对后报送今日复工情况' : undefined}
      extra={
        isList && item ? (
          <Button icon={<LeftOutlined />} onClick={() => pick(null)}>
            返回列表
          </Button>
        ) : null
      }
    >
      {error && !data ? (
        <Card variant="borderless">
          <QueryError error={error} onRetry={() => void refetch()} />
        </Card>
      ) : !data ? (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card variant="borderless">
          <Empty description="没有需要您填报日报的企业或项目" />
        </Card>
      ) : item ? (
        <SubjectReport key={keyOf(item)} item={item} onBack={isList ? () => pick(null) : undefined} />
      ) : (
        <DueList items={items} now={clock.now()} onPick={pick} />
      )}
    </PageContainer>
  );
}

function SubjectReport({ item, onBack }: { item: DueItem; onBack?: () => void }) {
  const clock = useServerClock();
  const now = clock.now();
  const [tab, setTab] = useState<'form' | 'history'>('form');
  const [saved, setSaved] = useState<Report | null>(null);

  return (
    <Flex vertical gap={12} className="report-page">
      <ReportHeader item={item} now={now} />
      <Card variant="borderless" size="small" className="report-card">
        <Tabs
          destroyOnHidden
          activeKey={tab}
          onChange={(key) => setTab(key as 'form' | 'history')}
          items={[
            {
              key: 'form',
              label: '今日填报',
              children: saved ? (
                <ReportSaved
                  report={saved}
                  now={now}
                  onEdit={() => setSaved(null)}
                  onHistory={() => {
                    setSaved(null);
                    setTab('history');
                  }}
                  onBack={onBack}
                />
              ) : (
                <ReportForm key={item.report?.revision ?? 0} item={item} onSaved={setSaved} />
              ),
            },
            {
              key: 'history',
              label: '历史',
              children: (
                <ReportHistory
                  subject={{ kind: item.subjectKind, id: item.subjectId, name: item.subjectName }}
                  today={cityDate(now)}
                  onEditToday={() => setTab('form')}
                />
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
