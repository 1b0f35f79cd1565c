import { describe, expect, it } from 'vitest';
import { roles } from '../../../domain/roles';
import { hasOnlyComingDuties, roleDuties } from './role-duties';

// Words of the modules that have no screen yet: a duty naming one must say 即将上线.
const notYetBuilt = /批示|督办事项|隐患|补贴|通报|督查|基础数据/;

describe('role duties on the home page', () => {
  it('marks every duty of a module still to come, for every role', () => {
    for (const role of roles) {
      for (const duty of roleDuties[role]) {
        if (notYetBuilt.test(duty.text))
          expect({ role, duty }).toEqual({ role, duty: { ...duty, coming: true } });
      }
    }
  });

  it('does not promise the leader 批示 yet, and shows what the leader can already do first', () => {
    const leader = roleDuties.leader;
    expect(leader[0]?.coming).toBeUndefined();
    expect(leader.find((d) => d.text.includes('批示'))?.coming).toBe(true);
  });

  it('says plainly that the inspector and the subsidy officer have nothing to handle yet', () => {
    expect(hasOnlyComingDuties('inspector')).toBe(true);
    expect(hasOnlyComingDuties('subsidy_officer')).toBe(true);
    expect(hasOnlyComingDuties('dispatcher')).toBe(false);
  });
});
