import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { contactStatus, defaultContactRule, photoTypeOf, weekStart, type ContactRule } from './liaison';

const rule = defaultContactRule; // one on-site visit every 7 days from 2020-02-10

describe('the contact rule', () => {
  it('gives a subject with no visit the first seven days of the campaign', () => {
    expect(contactStatus(rule, [], '2020-02-16')).toMatchObject({ dueDate: '2020-02-16', isOverdue: false });
    expect(contactStatus(rule, [], '2020-02-17')).toMatchObject({
      dueDate: '2020-02-16',
      isOverdue: true,
      daysOverdue: 1,
      lastVisitDate: null,
    });
  });

  it('is due seven days after the last visit, and overdue the day after', () => {
    const visits = ['2020-02-12', '2020-03-01'];
    expect(contactStatus(rule, visits, '2020-03-08')).toMatchObject({
      dueDate: '2020-03-08',
      isOverdue: false,
      lastVisitDate: '2020-03-01',
    });
    expect(contactStatus(rule, visits, '2020-03-09')).toMatchObject({ isOverdue: true, daysOverdue: 1 });
    // Seen from an earlier date, later visits do not count yet.
    expect(contactStatus(rule, visits, '2020-02-25')).toMatchObject({
      dueDate: '2020-02-19',
      isOverdue: true,
      daysOverdue: 6,
      lastVisitDate: '2020-02-12',
    });
  });

  it('starts the clock when a subject became active after the campaign began', () => {
    expect(contactStatus(rule, [], '2020-03-05', '2020-03-01')).toMatchObject({
      dueDate: '2020-03-07',
      isOverdue: false,
    });
    // Visits before the subject's start do not count for it.
    expect(contactStatus(rule, ['2020-02-20'], '2020-03-08', '2020-03-01')).toMatchObject({
      dueDate: '2020-03-07',
      isOverdue: true,
      lastVisitDate: '2020-02-20',
    });
  });

  it('asks for the n-th latest visit when the rule wants several', () => {
    const twice: ContactRule = { ...rule, minVisits: 2 };
    expect(contactStatus(twice, ['2020-02-20', '2020-03-05'], '2020-03-08')).toMatchObject({
      dueDate: '2020-02-27',
      isOverdue: true,
    });
    expect(contactStatus(twice, ['2020-03-02', '2020-03-05'], '2020-03-08')).toMatchObject({
      dueDate: '2020-03-09',
      isOverdue: false,
    });
  });

  it('asks nothing outside the campaign', () => {
    const ended: ContactRule = { ...rule, campaignTo: '2020-03-31' };
    expect(contactStatus(ended, [], '2020-04-10')).toMatchObject({ dueDate: null, isOverdue: false });
    expect(contactStatus(rule, [], '2020-02-01')).toMatchObject({ dueDate: null, isOverdue: false });
  });

  it('is never overdue on the day of a visit, and overdue exactly after everyDays days without one', () => {
    const dateArb = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2020-02-10', n));
    fc.assert(
      fc.property(
        fc.array(dateArb, { maxLength: 8 }),
        dateArb,
        fc.integer({ min: 1, max: 14 }),
        (visits, date, days) => {
          const r: ContactRule = { ...rule, everyDays: days };
          const status = contactStatus(r, visits, date);
          if (visits.includes(date)) expect(status.isOverdue).toBe(false);
          const last = visits
            .filter((v) => v <= date)
            .sort()
            .at(-1);
          if (last) expect(status.isOverdue).toBe(date > addDays(last, days));
          expect(status.daysOverdue >= 0).toBe(true);
        },
      ),
    );
  });
});

describe('weeks', () => {
  it('start on Monday', () => {
    expect(weekStart('2020-03-08')).toBe('2020-03-02'); // a Sunday
    expect(weekStart('2020-03-02')).toBe('2020-03-02');
    expect(weekStart('2020-03-04')).toBe('2020-03-02');
  });
});

describe('photo types by content', () => {
  it('knows JPEG, PNG and HEIC by their first bytes and nothing else', () => {
    expect(photoTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(photoTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    const heic = new Uint8Array([0, 0, 0, 0x1c, ...Buffer.from('ftypheic')]);
    expect(photoTypeOf(heic)).toBe('image/heic');
    expect(photoTypeOf(new Uint8Array([0, 0, 0, 0x1c, ...Buffer.from('ftypisom')]))).toBeNull(); // MP4 video
    expect(photoTypeOf(Buffer.from('%PDF-1.7\n'))).toBeNull();
    expect(photoTypeOf(Buffer.from('PK\u0003\u0004'))).toBeNull();
    expect(photoTypeOf(new Uint8Array([]))).toBeNull();
  });
});
