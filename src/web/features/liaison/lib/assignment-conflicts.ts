import { ApiError } from '../../../lib/api-error';
import type { SubjectRef } from '../../../../domain/subjects';

export interface SubjectConflict<S extends SubjectRef> {
  subject: S;
  message: string;
}

/** `subjects[2]`, `body.subjects.2`, `/subjects/2` → 2 */
export function subjectIndexOf(path: string): number | null {
  const match = /(?:^|[./])subjects(?:\[(\d+)\]|[./](\d+))/.exec(path.startsWith('/') ? path : `/${path}`);
  if (!match) return null;
  const index = Number(match[1] ?? match[2]);
  return Number.isSafeInteger(index) ? index : null;
}

/**
 * The subjects a refused POST /assignments names (problem errors with paths like `subjects[2]`, indexes
 * into the request's list), with the server's message for each. Empty for errors that name no subject.
 */
export function subjectConflicts<S extends SubjectRef>(
  error: unknown,
  sent: readonly S[],
): SubjectConflict<S>[] {
  if (!(error instanceof ApiError)) return [];
  const out: SubjectConflict<S>[] = [];
  for (const e of error.fieldErrors) {
    const index = subjectIndexOf(e.path);
    const subject = index === null ? undefined : sent[index];
    if (subject) out.push({ subject, message: e.message });
  }
  return out;
}

/**
 * Whether 改派 can resolve the refusal: a 409 to a request that set a primary officer, and every subject
 * it names already has one (its message says 主责). Closed subjects and the like cannot be reassigned.
 */
export function isPrimaryTaken(
  error: unknown,
  conflicts: readonly SubjectConflict<SubjectRef>[],
  request: { isPrimary: boolean; replacePrimary: boolean },
): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    request.isPrimary &&
    !request.replacePrimary &&
    conflicts.length > 0 &&
    conflicts.every((c) => c.message.includes('主责'))
  );
}

/** What the chosen officer already holds among the subjects (the server refuses the same role twice). */
export function splitByCurrentRole<S extends { officers: { officerId: number; isPrimary: boolean }[] }>(
  subjects: readonly S[],
  officerId: number | undefined,
  isPrimary: boolean,
): { toSend: S[]; alreadyHeld: S[] } {
  const toSend: S[] = [];
  const alreadyHeld: S[] = [];
  for (const s of subjects) {
    const held =
      officerId !== undefined &&
      s.officers.some((o) => o.officerId === officerId && o.isPrimary === isPrimary);
    (held ? alreadyHeld : toSend).push(s);
  }
  return { toSend, alreadyHeld };
}

/** Subjects whose current primary officer is someone other than `officerId`: a primary there means 改派. */
export function withOtherPrimary<S extends { officers: { officerId: number; isPrimary: boolean }[] }>(
  subjects: readonly S[],
  officerId: number | undefined,
): S[] {
  return subjects.filter((s) => s.officers.some((o) => o.isPrimary && o.officerId !== officerId));
}

/** Subjects where `officerId` currently holds the other role: the assignment switches it (主责 ⇄ 协助). */
export function withRoleSwitch<S extends { officers: { officerId: number; isPrimary: boolean }[] }>(
  subjects: readonly S[],
  officerId: number | undefined,
  isPrimary: boolean,
): S[] {
  return subjects.filter((s) =>
    s.officers.some((o) => o.officerId === officerId && o.isPrimary !== isPrimary),
  );
}
