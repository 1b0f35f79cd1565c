import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { preventionItems, preventionLabels, reportStatusLabels } from '../../../../domain/resumption';
import { formatDateTime } from '../../../lib/format';
import { describeChanges, type Revision } from '../lib/revision-changes';
import { StatusTag } from './status-tag';

function summaryOf(r: Revision): string {
  const parts = [`${reportStatusLabels[r.status]}`, `在岗 ${r.onDuty} / ${r.workforce} 人`];
  if (r.capacityPct !== null) parts.push(`产能利用率 ${r.capacityPct}%`);
  if (r.workersOnSite !== null) parts.push(`在场施工 ${r.workersOnSite} 人`);
  if (r.investmentThisMonth !== null) parts.push(`本月完成投资 ${r.investmentThisMonth} 万元`);
  const missing = preventionItems.filter((i) => !r.prevention[i]).map((i) => preventionLabels[i]);
  parts.push(missing.length ? `防疫未落实：${missing.join('、')}` : '防疫五项均已落实');
  return parts.join('；');
}

/** Every version of one day's report, newest first: who filed it, when, why it changed and what changed. */
export function RevisionTimeline({ revisions }: { revisions: Revision[] }) {
  if (revisions.length === 0)
    return <Empty description="当日没有日报" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const ordered = [...revisions].sort((a, b) => b.revision - a.revision);
  return (
    <Timeline
      data-testid="revision-list"
      items={ordered.map((r) => {
        const previous = revisions.find((p) => p.revision === r.revision - 1);
        const changes = previous ? describeChanges(previous, r) : [];
        return {
          key: r.revision,
          color: r.revision === ordered[0]!.revision ? 'blue' : 'gray',
          content: (
            <Flex vertical gap={4} data-testid={`revision-${r.revision}`}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>第 {r.revision} 版</Typography.Text>
                <StatusTag status={r.status} />
                {r.isLate ? <Tag color="orange">逾期</Tag> : null}
                {r.isOnBehalf ? <Tag color="purple">代报</Tag> : null}
              </Flex>
              <Typography.Text type="secondary">
                {formatDateTime(r.filedAt)} · {r.filedBy}（{r.filedByRole}）
              </Typography.Text>
              {r.reason ? <Typography.Text>修改理由：{r.reason}</Typography.Text> : null}
              {previous ? (
                <Typography.Text>
                  {changes.length ? `修改内容：${changes.join('；')}` : '内容未变'}
                </Typography.Text>
              ) : (
                <Typography.Text>{summaryOf(r)}</Typography.Text>
              )}
              {r.difficulty && !previous ? <Typography.Text>主要困难：{r.difficulty}</Typography.Text> : null}
              {r.note && !previous ? (
                <Typography.Text type="secondary">备注：{r.note}</Typography.Text>
              ) : null}
            </Flex>
          ),
        };
      })}
    />
  );
}
