import { openCaseStates } from '../../../../domain/cases/workflow';
import type { SubjectRef } from '../../../../domain/subjects';
import { createCasesRepository } from '../cases.repository';
import type { CasesDeps } from './deps';

/** Figures other modules read about cases: open problems per subject, and a few cases' numbers and states. */
export function createCountOpenCases({ platform }: CasesDeps) {
  return {
    /** How many problems (not directives or hazards) are still open per subject (`enterprise:12`). */
    async openCountsOf(subjectKeys: readonly SubjectRef[]): Promise<Map<string, number>> {
      if (subjectKeys.length === 0) return new Map();
      return createCasesRepository(platform.db).openCountsBySubject(
        'problem',
        subjectKeys.filter((k) => k.kind === 'enterprise').map((k) => k.id),
        subjectKeys.filter((k) => k.kind === 'project').map((k) => k.id),
        openCaseStates,
      );
    },

    /** Number, title and state of some cases, for records that link to them (a visit's problems). */
    async summariesOf(ids: readonly number[]) {
      return (await createCasesRepository(platform.db).byIds(ids)).map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        state: r.state,
      }));
    },
  };
}
