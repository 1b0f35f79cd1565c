import type { SessionUser } from '../../../contracts/auth';
import { roleBindings } from '../../../domain/roles';

/** One sentence saying what part of the city's data this user works with. */
export function describeScope(user: SessionUser): string {
  const binding = roleBindings[user.role];
  if (binding === 'department' && user.departmentName) {
    return `负责办理交办给${user.departmentName}的事项`;
  }
  if (binding === 'enterprise_or_project') return `仅限本人所属企业（项目）的数据，位于${user.regionName}`;
  return `${isReadOnly(user) ? '可查看' : '可查看和处理'}${user.regionName}及下辖各单位的数据`;
}

/** Reading, exporting and statistics change nothing: a user with only those may look, not handle. */
const looking = /\.(read|export|stats|view)$|^session\.self$/;

function isReadOnly(user: Pick<SessionUser, 'permissions'>): boolean {
  return user.permissions.every((p) => looking.test(p));
}
