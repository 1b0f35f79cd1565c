import { Flex, Tag, Timeline, Typography } from 'antd';
import type { CaseDetail } from '../../../../contracts/cases';
import { caseStateLabels } from '../../../../domain/cases/workflow';
import { formatDateTime } from '../../../lib/format';

type CaseEvent = CaseDetail['events'][number];

const actionColors: Record<string, string> = {
  create: 'blue',
  assign: 'blue',
  accept: 'blue',
  resolve: 'green',
  confirm: 'green',
  'complete-part': 'green',
  return: 'red',
  reopen: 'orange',
  'request-extension': 'orange',
  'decide-extension': 'orange',
  escalate: 'red',
  'close-as': 'gray',
  comment: 'gray',
  progress: 'blue',
};

function EventItem({ event }: { event: CaseEvent }) {
  const moved = event.toState && event.fromState !== event.toState;
  return (
    <Flex vertical gap={2} data-testid={`case-event-${event.action}`}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{event.actionLabel}</Typography.Text>
        {moved ? <Tag style={{ marginInlineEnd: 0 }}>{caseStateLabels[event.toState!]}</Tag> : null}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {formatDateTime(event.at)} · {event.actorName}
        {event.departmentName
          ? `（${event.departmentName}）`
          : event.actorRole && !/^[a-z_]+$/.test(event.actorRole)
            ? `（${event.actorRole}）`
            : ''}
      </Typography.Text>
      {event.text ? <Typography.Text className="case-timeline-text">{event.text}</Typography.Text> : null}
    </Flex>
  );
}

/** Everything that happened to the case, oldest first, as the append-only record keeps it. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  return (
    <Timeline
      data-testid="case-timeline"
      items={events.map((event, index) => ({
        key: event.id,
        color: index === events.length - 1 ? (actionColors[event.action] ?? 'blue') : 'gray',
        content: <EventItem event={event} />,
      }))}
    />
  );
}
