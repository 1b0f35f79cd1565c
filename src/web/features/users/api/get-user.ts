import { userSchema, type User } from '../../../../contracts/users';
import { request } from '../../../lib/api';

/** The latest copy of one user, e.g. after a 412 told us ours was stale. */
export function fetchUser(id: number): Promise<User> {
  return request(`/api/admin/users/${id}`, { schema: userSchema });
}
