import type { CaseSummary } from '../../../../contracts/cases';

type Light = 'green' | 'yellow' | 'red';

const rank: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

export type Timed = Pick<
  CaseSummary,
  'acceptLight' | 'resolveLight' | 'acceptDeadline' | 'resolveDeadline' | 'state' | 'resolvedAt' | 'closedAt'
>;

export interface CurrentLight {
  light: Light;
  stage: '签收' | '办结';
  deadline: string | null;
}

/** The light that matters now: the worse of 签收 and 办结 (签收 while both are alike, as it is due first). */
export function currentLight(c: Timed): CurrentLight | null {
  const accept = c.acceptLight
    ? { light: c.acceptLight, stage: '签收' as const, deadline: c.acceptDeadline }
    : null;
  const resolve = c.resolveLight
    ? { light: c.resolveLight, stage: '办结' as const, deadline: c.resolveDeadline }
    : null;
  if (accept && resolve) return rank[resolve.light] > rank[accept.light] ? resolve : accept;
  return accept ?? resolve;
}
