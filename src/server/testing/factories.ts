import { completeCreditCode } from '../../domain/credit-code';
import type { EnterpriseInput, ProjectInput } from '../../contracts/registry';
import type { Actor, Scope } from '../platform/access';

let serial = 0;

/** A fresh valid credit code in an area (default 常宁市). */
export function nextCreditCode(areaCode = '430482'): string {
  serial++;
  return completeCreditCode(`91${areaCode}${String(serial).padStart(8, '0')}`);
}

export function enterpriseInput(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  const regionCode = overrides.regionCode ?? '430482';
  return {
    creditCode: nextCreditCode(regionCode),
    name: `测试企业${serial}有限公司`,
    regionCode,
    industryCode: 'C3251',
    workforce: 120,
    annualOutput: '5600.50',
    address: '宜阳街道工业路1号',
    contactName: '张三',
    contactPhone: '13812345678',
    isContinuousProcess: false,
    ...overrides,
  };
}

export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  serial++;
  return {
    code: `T2020-${String(serial).padStart(4, '0')}`,
    name: `测试项目${serial}`,
    level: 'municipal',
    regionCode: '430482',
    ownerUnit: '常宁市城市建设投资开发有限公司',
    category: '产业项目',
    totalInvestment: '120000.00',
    annualPlannedInvestment: '30000.00',
    plannedStart: '2019-06-01',
    plannedEnd: '2021-12-31',
    stage: 'continuing',
    ...overrides,
  };
}

/** An actor with the whole city in scope, for arranging data in tests (not a signed-in user). */
export function systemActor(scope: Scope): Actor {
  return {
    kind: 'session',
    userId: null,
    tokenId: null,
    username: 'test-factory',
    name: '测试',
    role: 'admin',
    scope,
    sessionId: null,
    csrfToken: null,
  };
}
