import { Typography } from 'antd';
import dayjs from 'dayjs';
import { LightTag, formatDeadline } from '../../../components/light-tag';
import { cityTimeZone } from '../../../lib/format';
import { currentLight, type Timed } from '../lib/lights';

export { currentLight };

/** One pill with the light, its stage and deadline, e.g. in a phone card. */
export function CaseLight({ value, withDeadline = true }: { value: Timed; withDeadline?: boolean }) {
  const current = currentLight(value);
  if (!current) return null;
  return (
    <LightTag
      light={current.light}
      stage={current.stage}
      deadline={withDeadline ? current.deadline : undefined}
    />
  );
}

/** What is due and when, or when it was finished. */
export function CaseDeadline({ value }: { value: Timed }) {
  const current = currentLight(value);
  if (current) return <>{formatDeadline(current.deadline)}</>;
  const finished = value.closedAt ?? value.resolvedAt;
  if (finished) {
    const day = dayjs(finished).tz(cityTimeZone).format('M月D日');
    return (
      <Typography.Text type="secondary">
        {value.state === 'closed' ? `${day}销号` : `${day}办结`}
      </Typography.Text>
    );
  }
  return <Typography.Text type="secondary">—</Typography.Text>;
}
