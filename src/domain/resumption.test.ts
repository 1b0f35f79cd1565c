import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeFigures,
  emptyCounts,
  isLate,
  isLocked,
  percent,
  reportDeadline,
  statusOn,
} from './resumption';

describe('percent: one decimal, half-up, from integers', () => {
  it('reproduces the article and the province', () => {
    expect(percent(121, 135)).toBe(89.6);
    expect(percent(1049, 1049)).toBe(100);
    expect(percent(12, 12)).toBe(100);
    expect(percent(0, 0)).toBeNull();
  });
  it('rounds half up exactly where floats would not', () => {
    expect(percent(1, 8)).toBe(12.5); // 12.5 exactly
    expect(percent(1, 16)).toBe(6.3); // 6.25 → 6.3 (half-up)
    expect(percent(5, 16)).toBe(31.3); // 31.25 → 31.3
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 3)).toBe(33.3);
  });
  it('property: matches exact rational half-up rounding', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), (n, d) => {
        const tenths = percent(n, d)! * 10;
        // exact: floor(1000n/d + 1/2) computed with BigInt
        const exact = Number((BigInt(2000 * n) + BigInt(d)) / BigInt(2 * d));
        return Math.round(tenths) === exact;
      }),
    );
  });
});

describe('carry-forward', () => {
  const reports = [
    { date: '2020-02-10', status: 'not_resumed' },
    { date: '2020-02-14', status: 'partial' },
    { date: '2020-02-20', status: 'resumed' },
  ];
  it('takes the latest report on or before the date', () => {
    expect(statusOn(reports, '2020-02-09')).toBeUndefined();
    expect(statusOn(reports, '2020-02-10')?.status).toBe('not_resumed');
    expect(statusOn(reports, '2020-02-13')?.status).toBe('not_resumed');
    expect(statusOn(reports, '2020-02-14')?.status).toBe('partial');
    expect(statusOn(reports, '2020-03-08')?.status).toBe('resumed');
  });
});

describe('figures keep not resumed, not reported and not applicable apart', () => {
  it('counts a never-reported subject as not resumed in the rate, listed as not reported', () => {
    const f = computeFigures({
      ...emptyCounts,
      total: 10,
      inactive: 1,
      resumed: 5,
      partial: 1,
      notResumed: 1,
      suspended: 1,
      continuousUnreported: 0,
      workforce: 100,
      onDuty: 73,
    });
    expect(f).toMatchObject({
      total: 10,
      notApplicable: 2,
      applicable: 8,
      resumed: 5,
      partial: 1,
      notResumed: 1,
      notReported: 1,
      expected: 9,
    });
    expect(f.resumptionRate).toBe(75); // 6 / 8
    expect(f.fullResumptionRate).toBe(62.5);
    expect(f.workforceReturnRate).toBe(73);
  });
  it('counts continuous-process plants that never reported as resumed', () => {
    const f = computeFigures({ ...emptyCounts, total: 4, resumed: 1, continuousUnreported: 2 });
    expect(f.resumed).toBe(3);
    expect(f.notReported).toBe(1);
    expect(f.resumptionRate).toBe(75);
  });
  it('completeness and timeliness over the subjects expected to report', () => {
    const f = computeFigures({
      ...emptyCounts,
      total: 135,
      inactive: 0,
      resumed: 121,
      notResumed: 14,
      received: 127,
      onTime: 120,
    });
    expect(f.completenessRate).toBe(94.1);
    expect(f.timelinessRate).toBe(88.9);
  });
  it('capacity average and bands', () => {
    const f = computeFigures({
      ...emptyCounts,
      total: 3,
      resumed: 3,
      capacitySum: 235,
      capacityCount: 3,
      capacityHigh: 1,
      capacityMiddle: 1,
      capacityLow: 1,
    });
    expect(f.capacityAverage).toBe(78.3);
    expect(f.capacityBands).toEqual({ high: 1, middle: 1, low: 1 });
  });
});

describe('deadline and lock', () => {
  it('is due by 12:00 on D+1 Asia/Shanghai; the boundary itself is on time', () => {
    expect(reportDeadline('2020-03-08').toISOString()).toBe('2020-03-09T04:00:00.000Z');
    expect(isLate('2020-03-08', new Date('2020-03-09T12:00:00+08:00'))).toBe(false);
    expect(isLate('2020-03-08', new Date('2020-03-09T12:00:01+08:00'))).toBe(true);
    expect(isLate('2020-03-08', new Date('2020-03-08T23:59:59+08:00'))).toBe(false);
    // 03:59:59 UTC on the 9th is 11:59:59 in Shanghai: on time, whatever the server's own zone
    expect(isLate('2020-03-08', new Date('2020-03-09T03:59:59Z'))).toBe(false);
  });
  it('follows a configured deadline', () => {
    const calendar = { deadlineDays: 0, deadlineHour: 18, lockDays: 3 };
    expect(isLate('2020-03-08', new Date('2020-03-08T18:30:00+08:00'), calendar)).toBe(true);
    expect(isLocked('2020-03-04', '2020-03-08', calendar)).toBe(true);
    expect(isLocked('2020-03-05', '2020-03-08', calendar)).toBe(false);
  });
  it('locks days older than 7 days', () => {
    expect(isLocked('2020-03-01', '2020-03-08')).toBe(false);
    expect(isLocked('2020-02-29', '2020-03-08')).toBe(true);
  });
});

describe('Shanghai dates', () => {
  it('turns at 16:00 UTC', async () => {
    const { shanghaiDate } = await import('./dates');
    expect(shanghaiDate(new Date('2020-03-08T15:59:59Z'))).toBe('2020-03-08');
    expect(shanghaiDate(new Date('2020-03-08T16:00:00Z'))).toBe('2020-03-09');
    expect(shanghaiDate(new Date('2020-03-09T11:59:59+08:00'))).toBe('2020-03-09');
  });
});
