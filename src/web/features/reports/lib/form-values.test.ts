import { describe, expect, it } from 'vitest';
import { reportInputSchema, type Report } from '../../../../contracts/reports';
import { initialValues, toReportInput } from './form-values';
import { pastDayItem } from './past-day';

const report: Report = {
  subjectKind: 'project',
  subjectId: 3,
  subjectName: '常宁职业教育实训基地（三期）项目',
  regionCode: '430482',
  date: '2020-02-29',
  status: 'partial',
  workforce: 40,
  onDuty: 25,
  capacityPct: null,
  workersOnSite: 23,
  investmentThisMonth: '41.70',
  prevention: {
    supplies: true,
    temperatureChecks: true,
    disinfection: false,
    staffHealth: true,
    emergencyPlan: true,
  },
  difficulty: '施工人员返岗慢',
  note: null,
  isLate: false,
  revision: 1,
  filedBy: '联络员 陈志强',
  filedByRole: '联络员',
  isOnBehalf: true,
  filedAt: '2020-02-29T10:00:00.000Z',
  firstFiledAt: '2020-02-29T10:00:00.000Z',
};

describe('report form values', () => {
  it('prefills from the previous report, but not last month’s investment', () => {
    const sameMonth = initialValues(report, '2020-02-29');
    expect(sameMonth.prevention).toEqual(['supplies', 'temperatureChecks', 'staffHealth', 'emergencyPlan']);
    expect(sameMonth.investmentThisMonth).toBe('41.70');
    expect(initialValues(report, '2020-03-01').investmentThisMonth).toBeNull();
    expect(initialValues(null, '2020-03-01')).toEqual({ prevention: [] });
  });

  it('builds a body the contract accepts: capacity only for working enterprises, blanks as null', () => {
    const enterprise = toReportInput('enterprise', {
      status: 'not_resumed',
      workforce: 43,
      onDuty: 0,
      capacityPct: 88,
      prevention: ['supplies'],
      difficulty: '  ',
    });
    const parsed = reportInputSchema.parse(enterprise);
    expect(parsed.capacityPct).toBeNull();
    expect(parsed.difficulty).toBeNull();
    expect(parsed.prevention).toEqual({
      supplies: true,
      temperatureChecks: false,
      disinfection: false,
      staffHealth: false,
      emergencyPlan: false,
    });
    const project = reportInputSchema.parse(
      toReportInput('project', { ...initialValues(report, report.date) }),
    );
    expect(project).toMatchObject({ status: 'partial', workersOnSite: 23, investmentThisMonth: '41.70' });
    expect(project.capacityPct).toBeNull();
  });

  it('gives an earlier day its own report, the one before it and its 12:00 deadline', () => {
    const later = { ...report, date: '2020-03-02', revision: 2 };
    const subject = { kind: 'project' as const, id: 3, name: report.subjectName };
    const missed = pastDayItem(subject, '2020-03-01', [report, later], Date.parse('2020-03-08T10:00:00Z'));
    expect(missed.report).toBeNull();
    expect(missed.previous?.date).toBe('2020-02-29');
    expect(missed.deadline).toBe('2020-03-02T04:00:00.000Z');
    expect(missed.isOverdue).toBe(true);
    const filed = pastDayItem(subject, '2020-03-02', [report, later], Date.parse('2020-03-08T10:00:00Z'));
    expect(filed.report?.revision).toBe(2);
    expect(filed.isOverdue).toBe(false);
  });
});
