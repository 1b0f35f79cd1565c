import { Typography } from 'antd';
import dayjs from 'dayjs';
import type { CaseSummary } from '../../../../contracts/cases';
import { LightTag, formatDeadline, type Light } from '../../../components/light-tag';
import { cityTimeZone } from '../../../lib/format';

const rank: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

type Timed = Pick<
  CaseSummary,
  'acceptLight' | 'resolveLight' | 'acceptDeadline' | 'resolveDeadline' | 'state' | 'resolvedAt' | 'closedAt'
>;

/** The light that matters now: the worse of 签收 and 办结 (签收 while both are alike and it is still due). */
export function currentLight(
  c: Timed,
): { light: Light; stage: '签收' | '办结'; deadline: string | null } | null {
  const accept = c.acceptLight
    ? { light: c.acceptLight, stage: '签收' as const, deadline: c.acceptDeadline }
    : null;
  const resolve = c.resolveLight
    ? { light: c.resolveLight, stage: '办结' as const, deadline: c.resolveDeadline }
    : null;
  if (accept && resolve) return rank[resolve.light] > rank[accept.light] ? resolve : accept;
  return accept ?? resolve;
}

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
