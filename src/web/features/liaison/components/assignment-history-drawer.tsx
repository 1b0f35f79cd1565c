import { Drawer, Empty, Flex, Spin, Timeline, Typography } from 'antd';
import type { Assignment } from '../../../../contracts/liaison';
import { QueryError } from '../../../components/query-error';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useSubjectHistory } from '../api/assignments';
import type { SubjectRef } from '../../../../domain/subjects';
import { AssignmentKindTag } from './assignment-kind-tag';
import { AssignmentRoleTag } from './assignment-role-tag';

export type HistorySubject = SubjectRef & { name: string; regionName: string };

interface AssignmentHistoryDrawerProps {
  subject: HistorySubject | null;
  onClose: () => void;
}

function Entry({ a }: { a: Assignment }) {
  return (
    <Flex vertical gap={2}>
      <Flex gap={6} align="center" wrap>
        <Typography.Text strong={a.isPrimary}>{a.officerName}</Typography.Text>
        <AssignmentRoleTag isPrimary={a.isPrimary} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {a.officerUnit}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {a.startedOn} 起 · {a.startedBy}分配
      </Typography.Text>
      {a.endedOn ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {a.endedOn} 结束 · {a.endedBy ?? '—'}：{a.endReason ?? '未填写原因'}
        </Typography.Text>
      ) : (
        <Typography.Text type="success" style={{ fontSize: 13 }}>
          当前联系中
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Who has covered one enterprise or project, newest first: current contacts and those ended, with why. */
export function AssignmentHistoryDrawer({ subject, onClose }: AssignmentHistoryDrawerProps) {
  const isMobile = useIsMobile();
  const history = useSubjectHistory(subject ? { kind: subject.kind, id: subject.id } : null);
  const items = [...(history.data?.items ?? [])].sort(
    (a, b) =>
      Number(a.endedOn !== null) - Number(b.endedOn !== null) ||
      b.startedOn.localeCompare(a.startedOn) ||
      b.id - a.id,
  );

  return (
    <Drawer
      open={subject !== null}
      onClose={onClose}
      size={isMobile ? '100%' : 480}
      title={subject ? `联络员历史：${subject.name}` : '联络员历史'}
      destroyOnHidden
      data-testid="assignment-history"
    >
      {subject ? (
        <Flex vertical gap={16}>
          <Flex gap={6} align="center">
            <AssignmentKindTag kind={subject.kind} />
            <Typography.Text type="secondary">{subject.regionName}</Typography.Text>
          </Flex>
          {history.error && !history.data ? (
            <QueryError error={history.error} onRetry={() => void history.refetch()} />
          ) : history.isLoading ? (
            <Spin />
          ) : items.length === 0 ? (
            <Empty description="还没有分配过联络员" />
          ) : (
            <Timeline
              items={items.map((a) => ({
                key: a.id,
                color: a.endedOn ? 'gray' : a.isPrimary ? 'green' : 'blue',
                content: <Entry a={a} />,
              }))}
            />
          )}
        </Flex>
      ) : null}
    </Drawer>
  );
}
