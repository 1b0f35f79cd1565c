import type { CaseDetail } from '../../../../contracts/cases';

type Outcome = Pick<CaseDetail, 'state' | 'closedAs' | 'resolvedAt'>;

/** How a closed case ended, in the words the requester and the departments use (closedAs is a code). */
const closingTexts: Record<string, { text: string; resolved: boolean }> = {
  satisfied: { text: '提出人确认满意，已销号', resolved: true },
  duplicate: { text: '重复事项，不予受理', resolved: false },
  out_of_remit: { text: '不属于政府职责范围，不予受理', resolved: false },
  verified: { text: '审核通过，已销号', resolved: true },
  rechecked: { text: '复查通过，已销号', resolved: true },
};

/** The closing line of a closed case (null while it is open). */
export function closingOf(detail: Outcome): { text: string; resolved: boolean } | null {
  if (detail.state !== 'closed') return null;
  return (
    (detail.closedAs ? closingTexts[detail.closedAs] : undefined) ?? {
      text: '已销号',
      resolved: detail.resolvedAt !== null,
    }
  );
}

export type DepartmentStatus =
  | { kind: 'done'; at: string }
  /** The case ended without this department finishing (不予受理): no clock, nothing to do. */
  | { kind: 'ended' }
  | { kind: 'open'; deadline: string | null };

/**
 * Where one department stands: a co-department is done once it reported its part; the lead once the case
 * is resolved or closed after being resolved (the requester's confirmation does not restart its clock).
 */
export function departmentStatus(
  detail: Outcome,
  department: Pick<CaseDetail['departments'][number], 'role' | 'deadline' | 'doneAt'>,
): DepartmentStatus {
  if (department.doneAt) return { kind: 'done', at: department.doneAt };
  const finished = detail.state === 'resolved' || detail.state === 'closed';
  if (department.role === 'lead' && finished && detail.resolvedAt && closingOf(detail)?.resolved !== false) {
    return { kind: 'done', at: detail.resolvedAt };
  }
  if (detail.state === 'closed') return { kind: 'ended' };
  return { kind: 'open', deadline: department.deadline };
}
