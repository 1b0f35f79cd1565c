import { describe, expect, it } from 'vitest';
import { formatActivePeriod, formatSubjectCounts, governmentName, isMaskedMobile } from './officer-labels';

describe('officer labels', () => {
  it('formats the roster cells', () => {
    expect(formatActivePeriod('2020-02-10', null)).toBe('2020-02-10 起');
    expect(formatActivePeriod('2020-02-10', '2020-03-31')).toBe('2020-02-10 至 2020-03-31');
    expect(formatSubjectCounts({ subjects: 5, primarySubjects: 3 })).toBe('主责 3 / 共 5');
    expect(isMaskedMobile('138****5678')).toBe(true);
    expect(isMaskedMobile('13812345678')).toBe(false);
    expect(governmentName({ name: '常宁市', kind: 'county_city' })).toBe('常宁市人民政府');
    expect(governmentName({ name: '衡阳高新区', kind: 'park' })).toBe('衡阳高新区管委会');
  });
});
