import { describe, expect, it } from 'vitest';
import { describeReportChanges as describeChanges, type ReportRevision as Revision } from './report-changes';

const first: Revision = {
  status: 'resumed',
  workforce: 43,
  onDuty: 37,
  capacityPct: 88,
  workersOnSite: null,
  investmentThisMonth: null,
  prevention: {
    supplies: true,
    temperatureChecks: true,
    disinfection: true,
    staffHealth: true,
    emergencyPlan: true,
  },
  difficulty: null,
  note: null,
  isLate: false,
  revision: 1,
  filedBy: '隆源铜业 赵敏',
  filedByRole: '企业填报员',
  isOnBehalf: false,
  filedAt: '2020-03-08T04:19:32.000Z',
  reason: null,
};

describe('describeChanges', () => {
  it('names each changed field in words', () => {
    const second: Revision = {
      ...first,
      revision: 2,
      status: 'partial',
      capacityPct: 55,
      prevention: { ...first.prevention, disinfection: false },
      difficulty: '原料短缺',
    };
    expect(describeChanges(first, second)).toEqual([
      '状态 已复工 → 部分复工',
      '产能利用率 88% → 55%',
      '消毒 改为未落实',
      '主要困难 （空） → 原料短缺',
    ]);
    expect(describeChanges(first, { ...first, revision: 2 })).toEqual([]);
  });
});
