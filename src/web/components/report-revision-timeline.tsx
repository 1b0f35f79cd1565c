import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { describeReportChanges, summarizeReport, type ReportRevision } from '../lib/report-changes';
import { RevisionTimeline } from './revision-timeline';

interface ReportRevisionTimelineProps {
  revisions: ReportRevision[];
  /** The status tag in the caller's colours (filing screen or dashboard). */
  statusTag: (status: ReportRevision['status']) => ReactNode;
}

/** Every version of one day's report, newest first: who filed it, when, why it changed and what changed. */
export function ReportRevisionTimeline({ revisions, statusTag }: ReportRevisionTimelineProps) {
  return (
    <RevisionTimeline<ReportRevision>
      revisions={revisions}
      emptyText="当日没有日报"
      versionOf={(r) => r.revision}
      savedBy={(r) => ({ at: r.filedAt, by: r.filedBy, role: r.filedByRole })}
      reasonOf={(r) => r.reason}
      changesOf={describeReportChanges}
      tagsOf={(r) => (
        <>
          {statusTag(r.status)}
          {r.isLate ? <Tag color="orange">逾期</Tag> : null}
          {r.isOnBehalf ? <Tag color="purple">代报</Tag> : null}
        </>
      )}
      summaryOf={(r) => (
        <>
          <Typography.Text>{summarizeReport(r)}</Typography.Text>
          {r.difficulty ? <Typography.Text>主要困难：{r.difficulty}</Typography.Text> : null}
          {r.note ? <Typography.Text type="secondary">备注：{r.note}</Typography.Text> : null}
        </>
      )}
    />
  );
}
