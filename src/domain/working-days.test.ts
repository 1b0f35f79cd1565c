import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  lightOf,
  workingDayDeadline,
  workingDaysBetween,
} from './working-days';

describe('official working days', () => {
  it('knows 2020’s extended Spring Festival and the cancelled adjusted Saturday', () => {
    expect(isWorkingDay('2020-01-19')).toBe(true); // Sunday, 调休 working day
    expect(isWorkingDay('2020-01-24')).toBe(false); // 除夕
    expect(isWorkingDay('2020-01-31')).toBe(false); // extended holiday
    expect(isWorkingDay('2020-02-01')).toBe(false); // adjusted working Saturday cancelled
    expect(isWorkingDay('2020-02-02')).toBe(false); // extended to 2 February
    expect(isWorkingDay('2020-02-03')).toBe(true); // work resumed Monday
  });
  it('counts holidays off and 调休 weekends on', () => {
    expect(isWorkingDay('2020-04-26')).toBe(true); // Sunday before May Day, worked
    expect(isWorkingDay('2020-05-01')).toBe(false);
    expect(isWorkingDay('2020-05-09')).toBe(true); // Saturday, worked
    expect(isWorkingDay('2020-03-07')).toBe(false); // ordinary Saturday
  });
  it('adds working days across weekends and holidays', () => {
    expect(addWorkingDays('2020-03-06', 1)).toBe('2020-03-09'); // Friday → Monday
    expect(addWorkingDays('2020-01-23', 1)).toBe('2020-02-03'); // over the extended Spring Festival
    expect(addWorkingDays('2020-04-30', 1)).toBe('2020-05-06');
    expect(addWorkingDays('2020-03-07', 0)).toBe('2020-03-09');
    expect(addWorkingDays('2020-03-09', 10)).toBe('2020-03-23');
    expect(workingDaysBetween('2020-01-23', '2020-02-03')).toBe(1);
  });
  it('falls back to Monday–Friday outside the table', () => {
    expect(isWorkingDay('2030-01-07')).toBe(true); // a Monday
    expect(isWorkingDay('2030-01-06')).toBe(false); // a Sunday
  });
});

describe('deadlines and lights', () => {
  it('a deadline is the end of the n-th working day, Asia/Shanghai', () => {
    expect(workingDayDeadline('2020-03-06', 1).toISOString()).toBe('2020-03-09T16:00:00.000Z');
  });
  const problem = (startDate: string) => ({ reminderDays: 1, startDate });
  it('is green with more than the reminder window left, yellow within it, red when overdue', () => {
    const deadline = workingDayDeadline('2020-03-09', 3); // end of Thursday 2020-03-12
    const at = (iso: string, date: string) =>
      lightOf(new Date(iso), date, deadline, '2020-03-12', problem('2020-03-09'));
    expect(at('2020-03-10T09:00:00+08:00', '2020-03-10')).toBe('green');
    expect(at('2020-03-11T09:00:00+08:00', '2020-03-11')).toBe('yellow');
    expect(at('2020-03-12T23:59:00+08:00', '2020-03-12')).toBe('yellow');
    expect(at('2020-03-13T00:00:01+08:00', '2020-03-13')).toBe('red');
  });
  it('a one-working-day limit is green the day it is assigned, yellow on its deadline day, red after', () => {
    const deadline = workingDayDeadline('2020-03-06', 1); // Friday → end of Monday 2020-03-09
    const at = (iso: string, date: string) =>
      lightOf(new Date(iso), date, deadline, '2020-03-09', problem('2020-03-06'));
    expect(at('2020-03-06T10:00:00+08:00', '2020-03-06')).toBe('green');
    expect(at('2020-03-07T10:00:00+08:00', '2020-03-07')).toBe('green'); // Saturday: no working day passed
    expect(at('2020-03-09T08:00:00+08:00', '2020-03-09')).toBe('yellow');
    expect(at('2020-03-10T00:00:01+08:00', '2020-03-10')).toBe('red');
  });
  it("a directive's three-day window turns yellow three working days before its deadline", () => {
    const deadline = workingDayDeadline('2020-03-02', 10); // end of Monday 2020-03-16
    const at = (date: string) =>
      lightOf(new Date(`${date}T10:00:00+08:00`), date, deadline, '2020-03-16', {
        reminderDays: 3,
        startDate: '2020-03-02',
      });
    expect(at('2020-03-10')).toBe('green'); // 4 working days left
    expect(at('2020-03-11')).toBe('yellow'); // 3 left
  });
});

describe('working-day arithmetic across the special periods of 2020', () => {
  it('2020-01-23 → 2020-02-10: only 2020-02-03 … 02-07 and 02-10 are working days', () => {
    const days: string[] = [];
    for (
      let d = '2020-01-23';
      d <= '2020-02-10';
      d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    ) {
      if (isWorkingDay(d)) days.push(d);
    }
    expect(days).toEqual([
      '2020-01-23',
      '2020-02-03',
      '2020-02-04',
      '2020-02-05',
      '2020-02-06',
      '2020-02-07',
      '2020-02-10',
    ]);
    expect(addWorkingDays('2020-01-23', 3)).toBe('2020-02-05');
  });
  it('May Day: 05-01 → 05-05 off, Sunday 04-26 and Saturday 05-09 worked', () => {
    expect(['2020-05-01', '2020-05-02', '2020-05-03', '2020-05-04', '2020-05-05'].some(isWorkingDay)).toBe(
      false,
    );
    expect(addWorkingDays('2020-04-30', 1)).toBe('2020-05-06');
    expect(addWorkingDays('2020-05-08', 1)).toBe('2020-05-09');
  });
  it('National Day and Mid-Autumn 2020: 10-01 → 10-08 off, Sunday 09-27 and Saturday 10-10 worked', () => {
    expect(isWorkingDay('2020-09-27')).toBe(true);
    expect(isWorkingDay('2020-10-08')).toBe(false);
    expect(isWorkingDay('2020-10-10')).toBe(true);
    expect(addWorkingDays('2020-09-30', 1)).toBe('2020-10-09');
    expect(workingDaysBetween('2020-09-30', '2020-10-10')).toBe(2);
  });
});
