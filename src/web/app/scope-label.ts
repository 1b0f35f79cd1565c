import type { SessionUser } from '../../contracts/auth';

/** 衡阳市 · 市发改委 — the region a user works in, and their department when they have one. */
export function scopeLabel(user: Pick<SessionUser, 'regionName' | 'departmentName'>): string {
  return user.departmentName ? `${user.regionName} · ${user.departmentName}` : user.regionName;
}
