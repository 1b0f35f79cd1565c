import { describe, expect, it } from 'vitest';
import { describeContactRule, formatLongDay, isAcceptedPhoto, toFormName } from './visit-labels';

describe('visit labels', () => {
  it('says the contact rule in words', () => {
    expect(describeContactRule({ everyDays: 7, minVisits: 1, modes: ['on_site'] })).toBe(
      '每 7 天至少实地走访 1 次',
    );
    expect(describeContactRule({ everyDays: 14, minVisits: 2, modes: ['on_site', 'phone'] })).toBe(
      '每 14 天至少联系 2 次（实地走访、电话联系均计入）',
    );
    expect(describeContactRule({ everyDays: 1, minVisits: 1, modes: ['phone'] })).toBe(
      '每天至少电话联系 1 次',
    );
  });

  it('writes the day with its weekday', () => {
    expect(formatLongDay('2020-03-08')).toBe('2020年3月8日 星期日');
  });

  it('maps server field paths onto the form', () => {
    expect(toFormName('visitDate')).toEqual(['visitDate']);
    expect(toFormName('photos[0]')).toEqual(['photos', 0]);
    expect(toFormName('problems[0].title')).toEqual(['problems', 0, 'title']);
    expect(toFormName('/visit/problems/1/category')).toEqual(['problems', 1, 'category']);
    expect(toFormName('body.subjectId')).toEqual(['subject']);
  });

  it('accepts phone photos by type or by name', () => {
    expect(isAcceptedPhoto({ type: 'image/png', name: 'a' })).toBe(true);
    expect(isAcceptedPhoto({ type: '', name: 'IMG_0001.HEIC' })).toBe(true);
    expect(isAcceptedPhoto({ type: 'application/pdf', name: 'a.pdf' })).toBe(false);
  });
});
