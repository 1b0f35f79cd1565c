import type { CategoryFiguresDto } from '../../../../contracts/dashboard';
import type { ResumptionCategory } from '../../../../domain/resumption';
import type { StandingTabKey } from './status-labels';

export const categoryUnits: Record<ResumptionCategory, string> = {
  enterprise: '家',
  provincial_project: '个',
  municipal_project: '个',
};

/**
 * The five counts every card shows, kept apart: 未复工, 从未报送 and 不适用 are different things. A subject that
 * skipped the day keeps its last reported status, so 从未报送 is not the day's non-filers (当日未报).
 */
export const countFields = [
  { key: 'resumed', tab: 'resumed', label: '已复工', field: 'resumed', color: '#389e0d' },
  { key: 'partial', tab: 'partial', label: '部分复工', field: 'partial', color: '#1a56c4' },
  { key: 'not-resumed', tab: 'not_resumed', label: '未复工', field: 'notResumed', color: '#cf1322' },
  { key: 'not-reported', tab: 'not_reported', label: '从未报送', field: 'notReported', color: '#d46b08' },
  {
    key: 'not-applicable',
    tab: 'not_applicable',
    label: '不适用',
    field: 'notApplicable',
    color: '#8c8c8c',
  },
] as const satisfies readonly {
  key: string;
  tab: StandingTabKey;
  label: string;
  field: keyof CategoryFiguresDto;
  color: string;
}[];

export const countHints: Record<(typeof countFields)[number]['key'], string> = {
  resumed: '全面复工复产（连续生产型企业未停产的计为已复工）',
  partial: '部分复工复产',
  'not-resumed': '报送为未复工的',
  'not-reported':
    '截至当日从未报送过日报、复工状态不明的（计入复工率分母）。报过日报但当日未报的沿用最近一次报送的状态，不在此列，见“当日报送情况”。',
  'not-applicable': '停产检修、已关停或尚未纳入统计的，不计入复工率',
};

export function figuresOf(
  categories: readonly CategoryFiguresDto[] | undefined,
  category: ResumptionCategory,
): CategoryFiguresDto | undefined {
  return categories?.find((c) => c.category === category);
}

/** Sorts rates with “no figure” (null) always last, whichever way the column is sorted. */
export function compareRates(a: number | null | undefined, b: number | null | undefined): number {
  return (a ?? -1) - (b ?? -1);
}
