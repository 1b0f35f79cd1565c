import { enterpriseListQuerySchema } from '../../../../contracts/registry';
import { subjectStatuses, type SubjectStatus } from '../../../../domain/registry';
import { oneOf, useListParams, type PageParams, type SortParams } from './list-params';

export const enterpriseSorts = enterpriseListQuerySchema.shape.sort.unwrap().options;
export type EnterpriseSort = (typeof enterpriseSorts)[number];

export interface EnterpriseFilters {
  region?: string;
  /** Division prefix such as C32. */
  industry?: string;
  q?: string;
  status?: SubjectStatus;
  continuous?: 'true' | 'false';
}

export type EnterpriseListParams = EnterpriseFilters & PageParams & SortParams<EnterpriseSort>;

function readFilters(search: URLSearchParams): EnterpriseFilters {
  const region = search.get('region');
  const industry = search.get('industry');
  return {
    region: region && /^\d{6}$/.test(region) ? region : undefined,
    industry: industry && /^[BCD]\d{0,4}$/i.test(industry) ? industry.toUpperCase() : undefined,
    q: search.get('q')?.trim() || undefined,
    status: oneOf(search.get('status'), subjectStatuses),
    continuous: oneOf(search.get('continuous'), ['true', 'false'] as const),
  };
}

export function useEnterpriseListParams() {
  return useListParams(readFilters, enterpriseSorts);
}
