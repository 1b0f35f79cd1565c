import { describe, expect, it } from 'vitest';
import { checkAssignment } from './liaison';

const officer = {
  id: 1,
  name: '陈志强',
  activeFrom: '2020-02-01',
  activeTo: null,
  regionCodes: ['430482'],
};
const subject = { name: '常宁铜业', regionCode: '430482', closedAt: null };
const date = '2020-03-08';
const asPrimary = { isPrimary: true };

describe('the assignment rules', () => {
  it('allows an on-duty officer an open subject in their region', () => {
    expect(checkAssignment(officer, subject, date, [], asPrimary)).toBeNull();
  });

  it('refuses an officer before their active period starts and after it ends, naming the officer', () => {
    const early = checkAssignment({ ...officer, activeFrom: '2020-03-09' }, subject, date, [], asPrimary);
    expect(early).toMatchObject({ rule: 'officer_off_duty', field: 'officer' });
    expect(early!.message).toContain('2020-03-09 起才在岗');
    const left = checkAssignment({ ...officer, activeTo: '2020-03-07' }, subject, date, [], asPrimary);
    expect(left).toMatchObject({ rule: 'officer_off_duty', field: 'officer' });
    // The first and the last day of the period count as on duty.
    expect(
      checkAssignment({ ...officer, activeFrom: date, activeTo: date }, subject, date, [], asPrimary),
    ).toBeNull();
  });

  it('refuses a closed subject and one outside the officer’s regions', () => {
    expect(
      checkAssignment(officer, { ...subject, closedAt: '2020-03-01' }, date, [], asPrimary),
    ).toMatchObject({
      rule: 'subject_closed',
      field: 'subject',
    });
    expect(checkAssignment(officer, { ...subject, closedAt: '2020-03-09' }, date, [], asPrimary)).toBeNull();
    expect(checkAssignment(officer, { ...subject, regionCode: '430481' }, date, [], asPrimary)).toMatchObject(
      {
        rule: 'outside_region',
      },
    );
  });

  it('keeps one primary per subject unless the request replaces them, and refuses a repeat', () => {
    const held = [{ officerId: 2, isPrimary: true }];
    expect(checkAssignment(officer, subject, date, held, asPrimary)).toMatchObject({
      rule: 'primary_taken',
      field: 'primary',
      holderOfficerId: 2,
    });
    expect(
      checkAssignment(officer, subject, date, held, { isPrimary: true, replacePrimary: true }),
    ).toBeNull();
    expect(checkAssignment(officer, subject, date, held, { isPrimary: false })).toBeNull();
    const own = [{ officerId: 1, isPrimary: false }];
    expect(checkAssignment(officer, subject, date, own, { isPrimary: false })).toMatchObject({
      rule: 'already_assigned',
    });
    expect(checkAssignment(officer, subject, date, own, asPrimary)).toBeNull();
  });
});
