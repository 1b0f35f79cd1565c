import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import {
  isPrimaryTaken,
  splitByCurrentRole,
  withRoleSwitch,
  subjectConflicts,
  subjectIndexOf,
  withOtherPrimary,
} from './assignment-conflicts';

const sent = [
  { kind: 'enterprise' as const, id: 1, name: '甲公司' },
  { kind: 'enterprise' as const, id: 2, name: '乙公司' },
  { kind: 'project' as const, id: 3, name: '丙项目' },
];

describe('assignment conflicts', () => {
  it('reads the subject index from any path style', () => {
    expect(subjectIndexOf('subjects[2]')).toBe(2);
    expect(subjectIndexOf('body.subjects.1')).toBe(1);
    expect(subjectIndexOf('/subjects/0')).toBe(0);
    expect(subjectIndexOf('subjects[1].id')).toBe(1);
    expect(subjectIndexOf('officerId')).toBeNull();
  });

  it('names the subjects a refusal points at and offers 改派 for a taken primary', () => {
    const error = new ApiError(409, '丙项目 已有主责联络员 张三；如需改派请确认改派', 'conflict', [
      { path: 'subjects[2]', message: '已有主责联络员 张三' },
      { path: 'subjects[9]', message: '已有主责联络员 李四' },
    ]);
    const conflicts = subjectConflicts(error, sent);
    expect(conflicts).toEqual([{ subject: sent[2], message: '已有主责联络员 张三' }]);
    expect(isPrimaryTaken(error, conflicts, { isPrimary: true, replacePrimary: false })).toBe(true);
    expect(isPrimaryTaken(error, conflicts, { isPrimary: true, replacePrimary: true })).toBe(false);
    expect(isPrimaryTaken(error, conflicts, { isPrimary: false, replacePrimary: false })).toBe(false);
  });

  it('does not offer 改派 for a closed subject or a subject outside the work region', () => {
    const closed = new ApiError(409, '甲公司 已关闭', 'conflict', [
      { path: 'subjects[0]', message: '已关闭' },
    ]);
    const conflicts = subjectConflicts(closed, sent);
    expect(conflicts).toHaveLength(1);
    expect(isPrimaryTaken(closed, conflicts, { isPrimary: true, replacePrimary: false })).toBe(false);
    const outside = new ApiError(400, '乙公司 不在工作区域内', 'bad_request', [
      { path: 'subjects[1]', message: '乙公司 不在联络员 张三 的工作区域内' },
    ]);
    expect(subjectConflicts(outside, sent).map((c) => c.subject.id)).toEqual([2]);
    expect(subjectConflicts(new ApiError(400, '不是联络员'), sent)).toEqual([]);
  });

  it('skips subjects the officer already holds in the same role', () => {
    const subjects = [
      { id: 1, officers: [{ officerId: 5, isPrimary: true }] },
      { id: 2, officers: [{ officerId: 5, isPrimary: false }] },
      { id: 3, officers: [{ officerId: 6, isPrimary: true }] },
    ];
    const primary = splitByCurrentRole(subjects, 5, true);
    expect(primary.alreadyHeld.map((s) => s.id)).toEqual([1]);
    expect(primary.toSend.map((s) => s.id)).toEqual([2, 3]);
    expect(splitByCurrentRole(subjects, 5, false).alreadyHeld.map((s) => s.id)).toEqual([2]);
    expect(splitByCurrentRole(subjects, undefined, true).toSend).toHaveLength(3);
    expect(withOtherPrimary(subjects, 5).map((s) => s.id)).toEqual([3]);
    expect(withRoleSwitch(subjects, 5, false).map((s) => s.id)).toEqual([1]);
    expect(withRoleSwitch(subjects, 5, true).map((s) => s.id)).toEqual([2]);
  });
});
