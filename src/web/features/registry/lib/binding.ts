import type { SessionUser } from '../../../../contracts/auth';

/** An enterprise's or project's own user (企业填报员): sees and edits only that one record. */
export function isBoundUser(user: Pick<SessionUser, 'enterpriseId' | 'projectId'>): boolean {
  return (user.enterpriseId ?? null) !== null || (user.projectId ?? null) !== null;
}
