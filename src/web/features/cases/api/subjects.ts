import { useQuery } from '@tanstack/react-query';
import { enterpriseSchema, projectSchema } from '../../../../contracts/registry';
import type { SubjectRef } from '../../../../domain/subjects';
import { request } from '../../../lib/api';
import { casesKey } from './cases';

/** The enterprise or project a bound user belongs to. */
export type OwnSubject = SubjectRef;

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
