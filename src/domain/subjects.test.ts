import { describe, expect, it } from 'vitest';
import { parseSubjectKey, subjectColumns, subjectKey, subjectOf } from './subjects';

describe('subject references', () => {
  it('round-trips a key and accepts the older hyphen form', () => {
    expect(subjectKey({ kind: 'project', id: 3 })).toBe('project:3');
    expect(parseSubjectKey('project:3')).toEqual({ kind: 'project', id: 3 });
    expect(parseSubjectKey('enterprise-12')).toEqual({ kind: 'enterprise', id: 12 });
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'region:1', 'enterprise:0', 'enterprise:', 'enterprise:1x', null, undefined])
      expect(parseSubjectKey(bad)).toBeNull();
  });

  it('converts between the two-column form and a reference', () => {
    expect(subjectOf({ enterpriseId: null, projectId: 7 })).toEqual({ kind: 'project', id: 7 });
    expect(subjectOf({ enterpriseId: null, projectId: null })).toBeNull();
    expect(subjectColumns({ kind: 'enterprise', id: 5 })).toEqual({ enterpriseId: 5, projectId: null });
    expect(subjectColumns(null)).toEqual({ enterpriseId: null, projectId: null });
  });
});
