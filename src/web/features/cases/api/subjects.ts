import { useQuery } from '@tanstack/react-query';
import { enterpriseSchema, projectSchema } from '../../../../contracts/registry';
import { request } from '../../../lib/api';
import { casesKey } from './cases';

export interface OwnSubject {
  kind: 'enterprise' | 'project';
  id: number;
}

/** The name of the enterprise or project a bound user raises problems for. */
export function useOwnSubjectName(subject: OwnSubject | null) {
  return useQuery({
    queryKey: [...casesKey, 'own-subject', subject?.kind, subject?.id],
    queryFn: async () =>
      subject!.kind === 'project'
        ? (await request(`/api/projects/${subject!.id}`, { schema: projectSchema })).name
        : (await request(`/api/enterprises/${subject!.id}`, { schema: enterpriseSchema })).name,
    enabled: subject !== null,
    staleTime: 30 * 60_000,
  });
}
