import { describe, expect, it } from 'vitest';
import { caseActionBodies } from '../../../../contracts/cases';
import { confirmBody, confirmDefaults } from './confirm-values';

describe('confirm dialog values', () => {
  it('opens on 满意 with five stars, which is a valid body as it stands', () => {
    expect(confirmDefaults).toEqual({ satisfied: true, rating: 5 });
    const body = confirmBody(confirmDefaults);
    expect(body).toEqual({ satisfied: true, rating: 5, comment: undefined });
    expect(caseActionBodies.confirm.safeParse(body).success).toBe(true);
  });

  it('keeps the stars the requester chose and an optional comment', () => {
    expect(confirmBody({ satisfied: true, rating: 3, comment: '物流已恢复' })).toEqual({
      satisfied: true,
      rating: 3,
      comment: '物流已恢复',
    });
    expect(confirmBody({ satisfied: true, rating: 4, comment: '  ' }).comment).toBeUndefined();
  });

  it('sends no stars with 不满意, only the reason', () => {
    expect(confirmBody({ satisfied: false, rating: 5, comment: '供应仍未恢复' })).toEqual({
      satisfied: false,
      comment: '供应仍未恢复',
    });
  });
});
