import { useSearchParams } from 'react-router';
import { resumptionCategories, type ResumptionCategory } from '../../../../domain/resumption';
import { isStandingTabKey, type StandingTabKey } from './status-labels';

export interface DashboardParams {
  /** Absent: the latest day with reports. */
  date?: string;
  /** Absent: the root of the user's scope. */
  region?: string;
  /** The drill-down list's category and status tab. */
  category: ResumptionCategory;
  tab: StandingTabKey;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const regionCode = /^\d{6}$/;

function isCategory(value: string | null): value is ResumptionCategory {
  return resumptionCategories.some((c) => c === value);
}

/** The dashboard's date, region and drill-down live in the address: shareable, and Back goes up a level. */
export function useDashboardParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const date = searchParams.get('date');
  const region = searchParams.get('region');
  const category = searchParams.get('category');
  const tab = searchParams.get('tab');
  const params: DashboardParams = {
    date: date && isoDate.test(date) ? date : undefined,
    region: region && regionCode.test(region) ? region : undefined,
    category: isCategory(category) ? category : 'enterprise',
    tab: isStandingTabKey(tab) ? tab : 'all',
  };

  const write = (next: DashboardParams, push: boolean) => {
    const out = new URLSearchParams();
    if (next.date) out.set('date', next.date);
    if (next.region) out.set('region', next.region);
    if (next.category !== 'enterprise') out.set('category', next.category);
    if (next.tab !== 'all') out.set('tab', next.tab);
    setSearchParams(out, { replace: !push });
  };

  return {
    params,
    setDate: (value: string | undefined) => write({ ...params, date: value }, false),
    /** Drilling down is a step the Back button undoes. */
    setRegion: (value: string | undefined) => write({ ...params, region: value, tab: 'all' }, true),
    setList: (category: ResumptionCategory, tab: StandingTabKey) =>
      write({ ...params, category, tab }, false),
  };
}
