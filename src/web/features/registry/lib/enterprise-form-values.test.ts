import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../../contracts/registry';
import { enterpriseFormValuesOf, toEnterpriseUpdate } from './enterprise-form-values';

const enterprise: Enterprise = {
  id: 7,
  creditCode: '91430482MA4L00001X',
  name: '常宁市隆源铜业有限公司',
  regionCode: '430482',
  regionName: '常宁市',
  industryCode: 'C3251',
  industryName: '铜压延加工',
  workforce: 43,
  annualOutput: '10451.50',
  address: '宜阳街道园区大道178号',
  contactName: '曾娜',
  contactPhone: '18014322011',
  isContinuousProcess: true,
  activeFrom: '2020-03-08',
  closedAt: null,
  version: 3,
  updatedAt: '2020-03-08T10:00:00.000Z',
};

describe('toEnterpriseUpdate (what an edit sends)', () => {
  it('sends nothing when nothing changed, amounts compared as two-decimal text', () => {
    const values = { ...enterpriseFormValuesOf(enterprise), annualOutput: '10,451.5' };
    expect(toEnterpriseUpdate(values, enterprise, false)).toEqual({});
  });

  it('sends the change plus the fields the contract would otherwise default to blank', () => {
    const values = { ...enterpriseFormValuesOf(enterprise), workforce: 50 };
    expect(toEnterpriseUpdate(values, enterprise, false)).toEqual({
      workforce: 50,
      address: enterprise.address,
      contactName: enterprise.contactName,
      contactPhone: enterprise.contactPhone,
      isContinuousProcess: true,
    });
  });

  it("never sends identity fields for an enterprise's own user", () => {
    const values = { ...enterpriseFormValuesOf(enterprise), name: '改名', workforce: 44 };
    const body = toEnterpriseUpdate(values, enterprise, true);
    expect(body).not.toHaveProperty('name');
    expect(body).not.toHaveProperty('creditCode');
    expect(body.workforce).toBe(44);
  });

  it('does not send a masked phone back as if it were the number', () => {
    const masked = { ...enterprise, contactPhone: '180****2011' };
    const values = { ...enterpriseFormValuesOf(masked), contactName: '张三' };
    const body = toEnterpriseUpdate(values, masked, false);
    expect(body.contactName).toBe('张三');
    expect(body).not.toHaveProperty('contactPhone');
  });

  it('treats a lower-case or spaced credit code as the same code', () => {
    const values = { ...enterpriseFormValuesOf(enterprise), creditCode: ' 91430482ma4l00001x ' };
    expect(toEnterpriseUpdate(values, enterprise, false)).toEqual({});
  });
});
