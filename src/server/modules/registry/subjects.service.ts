import type { Scope } from '../../platform/access';
import type { Db } from '../../platform/db/client';
import { createSubjectsRepository, type SubjectKind } from './subjects.repository';

/** Enterprises and projects seen alike, for the modules above the registry (reports, dashboard, liaison). */
export function createSubjectsService(db: Db) {
  return {
    /** A subject in the caller's scope; pass a transaction to read inside it. */
    find: (scope: Scope, kind: SubjectKind, id: number, tx: Db = db) =>
      createSubjectsRepository(tx).find(scope, kind, id),
    listActive: (
      scope: Scope,
      regionCodes: readonly string[],
      date: string,
      kind?: SubjectKind,
      level?: string,
    ) => createSubjectsRepository(db).listActive(scope, regionCodes, date, kind, level),
    countByRegion: (regionCodes: readonly string[], date: string) =>
      createSubjectsRepository(db).countByRegion(regionCodes, date),
    namesOf: (keys: readonly { kind: SubjectKind; id: number }[]) =>
      createSubjectsRepository(db).namesOf(keys),
    closedBy: (regionCodes: readonly string[], date: string) =>
      createSubjectsRepository(db).closedBy(regionCodes, date),
  };
}

export type SubjectsService = ReturnType<typeof createSubjectsService>;
