import { describe, expect, it } from 'vitest';
import { readAssignmentFilters, subjectRowKey } from './assignment-list-params';
import { readCoverageParams } from './coverage-params';
import { readOfficerFilters, readPage, toSearch } from './officer-list-params';

describe('list addresses', () => {
  it('reads the roster filters and drops unknown values', () => {
    const search = new URLSearchParams('region=430482&q=+刘+&status=retired&unitDepartmentId=x');
    expect(readOfficerFilters(search)).toEqual({
      region: '430482',
      q: '刘',
      status: undefined,
      unitDepartmentId: undefined,
    });
    expect(readOfficerFilters(new URLSearchParams('status=inactive&unitDepartmentId=12'))).toMatchObject({
      status: 'inactive',
      unitDepartmentId: 12,
    });
  });

  it('bounds the page size and defaults the page', () => {
    expect(readPage(new URLSearchParams('page=0&pageSize=500'))).toEqual({ page: 1, pageSize: 200 });
    expect(readPage(new URLSearchParams('page=3'))).toEqual({ page: 3, pageSize: 20 });
  });

  it('writes only what differs from the defaults', () => {
    expect(toSearch({ region: '430482', q: undefined, page: 1, pageSize: 20 }).toString()).toBe(
      'region=430482',
    );
    expect(toSearch({ coverage: 'uncovered', page: 2, pageSize: 50 }).toString()).toBe(
      'coverage=uncovered&page=2&pageSize=50',
    );
  });

  it('reads the assignment filters', () => {
    const search = new URLSearchParams('kind=project&coverage=uncovered&officerId=9&region=43');
    expect(readAssignmentFilters(search)).toEqual({
      region: undefined,
      kind: 'project',
      q: undefined,
      coverage: 'uncovered',
      officerId: 9,
    });
    expect(subjectRowKey({ kind: 'enterprise', id: 12 })).toBe('enterprise-12');
  });

  it('reads the coverage day and region', () => {
    expect(readCoverageParams(new URLSearchParams('date=2020-03-08&region=430400'))).toEqual({
      date: '2020-03-08',
      region: '430400',
    });
    expect(readCoverageParams(new URLSearchParams('date=3月8日'))).toEqual({
      date: undefined,
      region: undefined,
    });
  });
});
