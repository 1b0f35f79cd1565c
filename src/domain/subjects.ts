/**
 * The two kinds of reporting subject (an enterprise or a key project) and the one way to refer to either.
 * Modules refer to a subject as a `SubjectRef` in code and as `subjectKey()` text in maps, selects and URLs;
 * new tables store it as two columns (`subject_kind`, `subject_id`), as daily reports do.
 */

export const subjectKinds = ['enterprise', 'project'] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export const subjectKindLabels: Record<SubjectKind, string> = { enterprise: '企业', project: '项目' };

export interface SubjectRef {
  kind: SubjectKind;
  id: number;
}

/** `enterprise:12`, `project:3`: one text for a subject in maps, selects and addresses. */
export function subjectKey(ref: SubjectRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** The subject a key names, or null for anything else (`enterprise-12`, from older addresses, is accepted). */
export function parseSubjectKey(key: string | null | undefined): SubjectRef | null {
  const match = /^(enterprise|project)[:-](\d{1,15})$/.exec(key ?? '');
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id > 0 ? { kind: match[1] as SubjectKind, id } : null;
}

/** The subject of a record that keeps it as two nullable columns (cases, visits): enterprise first. */
export function subjectOf(row: {
  enterpriseId?: number | null;
  projectId?: number | null;
}): SubjectRef | null {
  if (row.enterpriseId) return { kind: 'enterprise', id: row.enterpriseId };
  if (row.projectId) return { kind: 'project', id: row.projectId };
  return null;
}

/** The two-column form of a subject, for records and requests that keep `enterpriseId`/`projectId`. */
export function subjectColumns(ref: SubjectRef | null): {
  enterpriseId: number | null;
  projectId: number | null;
} {
  return {
    enterpriseId: ref?.kind === 'enterprise' ? ref.id : null,
    projectId: ref?.kind === 'project' ? ref.id : null,
  };
}
