import { Empty, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../lib/format';

export interface RevisionTimelineProps<T> {
  revisions: readonly T[];
  /** 1, 2, 3 …: the version number; the newest is shown first and highlighted. */
  versionOf: (revision: T) => number;
  /** Who saved this version and when. */
  savedBy: (revision: T) => { at: string; by: string; role?: string };
  /** Why it was changed (empty for the first version). */
  reasonOf?: (revision: T) => string | null;
  /** What changed against the version before, one phrase per field (see describeChanges). */
  changesOf: (previous: T, next: T) => string[];
  /** The first version, which changed nothing: what it said. */
  summaryOf: (first: T) => ReactNode;
  /** Tags beside the version number (status, 逾期, 代报). */
  tagsOf?: (revision: T) => ReactNode;
  emptyText: string;
}

/**
 * Every version of a record, newest first: who saved it, when, why it changed and what changed (the
 * first version says what it held). Daily reports use it; any record kept in versions can.
 */
export function RevisionTimeline<T>(props: RevisionTimelineProps<T>) {
  const { revisions, versionOf, savedBy, reasonOf, changesOf, summaryOf, tagsOf, emptyText } = props;
  if (revisions.length === 0) return <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const ordered = [...revisions].sort((a, b) => versionOf(b) - versionOf(a));
  const newest = versionOf(ordered[0]!);
  return (
    <Timeline
      data-testid="revision-list"
      items={ordered.map((r) => {
        const version = versionOf(r);
        const previous = revisions.find((p) => versionOf(p) === version - 1);
        const changes = previous ? changesOf(previous, r) : [];
        const saved = savedBy(r);
        const reason = reasonOf?.(r);
        return {
          key: version,
          color: version === newest ? 'blue' : 'gray',
          content: (
            <Flex vertical gap={4} data-testid={`revision-${version}`}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>第 {version} 版</Typography.Text>
                {tagsOf?.(r)}
              </Flex>
              <Typography.Text type="secondary">
                {formatDateTime(saved.at)} · {saved.by}
                {saved.role ? `（${saved.role}）` : ''}
              </Typography.Text>
              {reason ? <Typography.Text>修改理由：{reason}</Typography.Text> : null}
              {previous ? (
                <Typography.Text>
                  {changes.length ? `修改内容：${changes.join('；')}` : '内容未变'}
                </Typography.Text>
              ) : (
                summaryOf(r)
              )}
            </Flex>
          ),
        };
      })}
    />
  );
}
