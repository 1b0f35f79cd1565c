import type { CaseDetail } from '../../../../contracts/cases';

type Outcome = Pick<CaseDetail, 'state' | 'closedAs' | 'closedAsLabel' | 'resolvedAt'>;

/** Closed without being handled (不予受理): nobody resolved anything. */
const notHandled: readonly string[] = ['duplicate', 'out_of_remit'];

/** The closing line of a closed case in the kind's own words (the server's label), null while it is open. */
export function closingOf(detail: Outcome): { text: string; resolved: boolean } | null {
  if (detail.state !== 'closed') return null;
  const handled = !(detail.closedAs && notHandled.includes(detail.closedAs));
  return { text: detail.closedAsLabel ?? '已销号', resolved: handled && detail.resolvedAt !== null };
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
