import type { ReportStatus } from '../../../../domain/resumption';
import { reportStatusLabels } from '../../../../domain/resumption';

/** A subject's standing on a day: a reported status, never reported, or outside the count. */
export type SubjectStanding = ReportStatus | 'not_reported' | 'inactive';

export const standingLabels: Record<SubjectStanding, string> = {
  ...reportStatusLabels,
  not_reported: '从未报送',
  inactive: '已关停或未纳入',
};

/** One colour per standing on every screen: 未复工 red, 从未报送 orange, 不适用 grey. */
export const standingColors: Record<SubjectStanding, string> = {
  resumed: 'success',
  partial: 'processing',
  not_resumed: 'error',
  suspended: 'default',
  not_reported: 'warning',
  inactive: 'default',
};

/** The drill-down tabs, grouped as the KPI cards count them (不适用 = 停产检修 + 关停/未纳入). */
export const standingTabs = [
  { key: 'all', label: '全部', standings: null },
  { key: 'resumed', label: '已复工', standings: ['resumed'] },
  { key: 'partial', label: '部分复工', standings: ['partial'] },
  { key: 'not_resumed', label: '未复工', standings: ['not_resumed'] },
  { key: 'not_reported', label: '从未报送', standings: ['not_reported'] },
  { key: 'not_applicable', label: '不适用', standings: ['suspended', 'inactive'] },
] as const satisfies readonly { key: string; label: string; standings: readonly SubjectStanding[] | null }[];
export type StandingTabKey = (typeof standingTabs)[number]['key'];

export function isStandingTabKey(value: string | null): value is StandingTabKey {
  return standingTabs.some((t) => t.key === value);
}
