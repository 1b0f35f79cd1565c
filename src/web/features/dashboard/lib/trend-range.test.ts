import { describe, expect, it } from 'vitest';
import { trendRange } from './trend-range';

describe('trendRange', () => {
  it('starts at the campaign start while the campaign is younger than 30 days', () => {
    expect(trendRange('2020-03-08')).toEqual({ from: '2020-02-10', to: '2020-03-08' });
    expect(trendRange('2020-02-10')).toEqual({ from: '2020-02-10', to: '2020-02-10' });
  });

  it('goes 30 days back once the campaign is older, or for days before it', () => {
    expect(trendRange('2020-04-15')).toEqual({ from: '2020-03-16', to: '2020-04-15' });
    expect(trendRange('2020-02-01')).toEqual({ from: '2020-01-02', to: '2020-02-01' });
  });
});
