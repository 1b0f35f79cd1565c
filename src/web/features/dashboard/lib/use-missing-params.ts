import { useSearchParams } from 'react-router';
import { resumptionCategories, type ResumptionCategory } from '../../../../domain/resumption';

export interface MissingFilters {
  date?: string;
  region?: string;
  category?: ResumptionCategory;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const regionCode = /^\d{6}$/;

/** The missing list's filters live in the address, so the dashboard can link to one day and region. */
export function useMissingParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const date = searchParams.get('date');
  const region = searchParams.get('region');
  const category = searchParams.get('category');
  const filters: MissingFilters = {
    date: date && isoDate.test(date) ? date : undefined,
    region: region && regionCode.test(region) ? region : undefined,
    category: resumptionCategories.find((c) => c === category),
  };
  const setFilters = (next: Partial<MissingFilters>) => {
    const merged = { ...filters, ...next };
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(merged)) if (value) out.set(key, value);
    setSearchParams(out, { replace: true });
  };
  return { filters, setFilters };
}
