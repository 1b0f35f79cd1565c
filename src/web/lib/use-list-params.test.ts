import { describe, expect, it } from 'vitest';
import { auditQuerySchema } from '../../contracts/audit';
import { caseListQuerySchema } from '../../contracts/cases';
import {
  coverageQuerySchema,
  officerListQuerySchema,
  subjectAssignmentsQuerySchema,
} from '../../contracts/liaison';
import { enterpriseListQuerySchema } from '../../contracts/registry';
import { readListParams, writeListParams } from './use-list-params';

const read = (schema: Parameters<typeof readListParams>[0], query: string) =>
  readListParams(schema, new URLSearchParams(query));

describe('list addresses, read and written with the contract schemas', () => {
  it('keeps the valid filters and drops each invalid one on its own', () => {
    expect(read(officerListQuerySchema, 'region=430482&q=+刘+&status=retired&unitDepartmentId=x')).toEqual({
      page: 1,
      pageSize: 20,
      region: '430482',
      q: '刘',
    });
    expect(read(officerListQuerySchema, 'status=inactive&unitDepartmentId=12')).toMatchObject({
      status: 'inactive',
      unitDepartmentId: 12,
    });
    expect(
      read(subjectAssignmentsQuerySchema, 'kind=project&coverage=uncovered&officerId=9&region=43'),
    ).toEqual({
      page: 1,
      pageSize: 20,
      kind: 'project',
      coverage: 'uncovered',
      officerId: 9,
    });
  });

  it('falls back to the default page and size when the address asks for too much', () => {
    expect(read(auditQuerySchema, 'page=0&pageSize=500')).toEqual({ page: 1, pageSize: 20 });
    expect(read(auditQuerySchema, 'page=3&from=2020-02-30&to=2020-03-08')).toEqual({
      page: 3,
      pageSize: 20,
      to: '2020-03-08',
    });
  });

  it('applies the schema defaults and transforms', () => {
    expect(read(enterpriseListQuerySchema, 'industry=c32&sort=bogus')).toMatchObject({
      industry: 'C32',
      sort: 'name',
      order: 'asc',
    });
    expect(read(caseListQuerySchema, '')).toMatchObject({ box: 'all', page: 1 });
  });

  it('writes only what differs from the defaults', () => {
    const write = (schema: Parameters<typeof writeListParams>[0], values: object) =>
      writeListParams(schema, values).toString();
    expect(write(officerListQuerySchema, { region: '430482', q: undefined, page: 1, pageSize: 20 })).toBe(
      'region=430482',
    );
    expect(write(subjectAssignmentsQuerySchema, { coverage: 'uncovered', page: 2, pageSize: 50 })).toBe(
      'coverage=uncovered&page=2&pageSize=50',
    );
    expect(write(enterpriseListQuerySchema, { sort: 'name', order: 'desc', stray: 'x' })).toBe('order=desc');
  });

  it('reads the coverage day and region', () => {
    expect(read(coverageQuerySchema, 'date=2020-03-08&region=430400')).toEqual({
      date: '2020-03-08',
      region: '430400',
    });
    expect(read(coverageQuerySchema, 'date=3月8日')).toEqual({});
  });
});
