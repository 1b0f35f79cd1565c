import { describe, expect, it } from 'vitest';
import { currentLight, type Timed } from './lights';

const base: Timed = {
  state: 'assigned',
  acceptLight: null,
  resolveLight: null,
  acceptDeadline: '2020-03-09T16:00:00.000Z',
  resolveDeadline: '2020-03-19T16:00:00.000Z',
  resolvedAt: null,
  closedAt: null,
};

describe('currentLight', () => {
  it('is none before assignment and after resolution', () => {
    expect(
      currentLight({ ...base, state: 'submitted', acceptDeadline: null, resolveDeadline: null }),
    ).toBeNull();
    expect(currentLight({ ...base, state: 'resolved' })).toBeNull();
  });

  it('shows acceptance while it is due, unless resolution is worse', () => {
    expect(currentLight({ ...base, acceptLight: 'yellow', resolveLight: 'green' })).toEqual({
      light: 'yellow',
      stage: '签收',
      deadline: base.acceptDeadline,
    });
    expect(currentLight({ ...base, acceptLight: 'red', resolveLight: 'red' })?.stage).toBe('签收');
    expect(currentLight({ ...base, acceptLight: 'yellow', resolveLight: 'red' })?.stage).toBe('办结');
  });

  it('shows resolution once accepted', () => {
    expect(currentLight({ ...base, state: 'accepted', resolveLight: 'green' })).toEqual({
      light: 'green',
      stage: '办结',
      deadline: base.resolveDeadline,
    });
  });
});
