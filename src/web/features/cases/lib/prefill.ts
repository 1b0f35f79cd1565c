import {
  problemSources as caseSources,
  problemCategories,
  type ProblemSource as CaseSource,
  type ProblemCategory,
} from '../../../../domain/cases/problem';

/**
 * What 提出问题 may arrive with in its address, e.g. from a daily report's difficulty (转为问题):
 * /cases/new?source=daily_report&reportDate=2020-03-08&enterpriseId=738&description=…
 * (also projectId, category, title). Anything malformed is ignored.
 */
export interface CasePrefill {
  source?: CaseSource;
  category?: ProblemCategory;
  title?: string;
  description?: string;
  reportDate?: string;
  enterpriseId?: number;
  projectId?: number;
}

function positiveId(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A title from a difficulty's text: its first sentence, at most 30 characters. */
export function titleFrom(text: string): string {
  const first = text.split(/[。；;！!？?\n]/)[0]?.trim() ?? '';
  return first.length > 30 ? `${first.slice(0, 30)}…` : first;
}

export function prefillFrom(params: URLSearchParams): CasePrefill {
  const source = params.get('source');
  const category = params.get('category');
  const description = params.get('description')?.trim().slice(0, 2000) || undefined;
  const reportDate = params.get('reportDate');
  return {
    source: caseSources.includes(source as CaseSource) ? (source as CaseSource) : undefined,
    category: problemCategories.includes(category as ProblemCategory)
      ? (category as ProblemCategory)
      : undefined,
    description,
    title: params.get('title')?.trim().slice(0, 100) || (description ? titleFrom(description) : undefined),
    reportDate: reportDate && /^\d{4}-\d{2}-\d{2}$/.test(reportDate) ? reportDate : undefined,
    enterpriseId: positiveId(params.get('enterpriseId')),
    projectId: positiveId(params.get('projectId')),
  };
}
