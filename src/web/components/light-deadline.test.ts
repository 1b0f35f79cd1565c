import { describe, expect, it } from 'vitest';
import { formatDeadline } from './light-deadline';

describe('formatDeadline', () => {
  it('writes the end of a day in the city as 24:00 of that day', () => {
    // 2020-03-12 00:00 in Shanghai is 2020-03-11 16:00 UTC.
    expect(formatDeadline('2020-03-11T16:00:00.000Z')).toBe('3月11日 24:00前');
    expect(formatDeadline('2020-03-12T00:00:00+08:00')).toBe('3月11日 24:00前');
    // Across a month end.
    expect(formatDeadline('2020-02-29T16:00:00.000Z')).toBe('2月29日 24:00前');
  });

  it('keeps any other time as it is, in the city’s zone', () => {
    expect(formatDeadline('2020-03-11T09:30:00.000Z')).toBe('3月11日 17:30前');
    expect(formatDeadline('2020-03-11T16:01:00.000Z')).toBe('3月12日 00:01前');
  });

  it('shows a dash (or the given text) when there is no deadline', () => {
    expect(formatDeadline(null)).toBe('—');
    expect(formatDeadline(undefined, '未交办')).toBe('未交办');
  });
});
