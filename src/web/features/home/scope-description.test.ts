import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../contracts/auth';
import { rolePermissions } from '../../../domain/permissions';
import { describeScope } from './scope-description';

function user(role: SessionUser['role']): SessionUser {
  return {
    role,
    regionName: '衡阳市',
    departmentName: null,
    permissions: [...rolePermissions[role]],
  } as unknown as SessionUser;
}

describe('describeScope', () => {
  it('says 查看 only to those who can only look (the subsidy officer, until subsidies exist)', () => {
    expect(describeScope(user('subsidy_officer'))).toBe('可查看衡阳市及下辖各单位的数据');
  });

  it('says 查看和处理 to those who act (a dispatcher, the leader, an inspector re-checking hazards)', () => {
    expect(describeScope(user('inspector'))).toBe('可查看和处理衡阳市及下辖各单位的数据');
    expect(describeScope(user('dispatcher'))).toBe('可查看和处理衡阳市及下辖各单位的数据');
    expect(describeScope(user('leader'))).toBe('可查看和处理衡阳市及下辖各单位的数据');
  });
});
