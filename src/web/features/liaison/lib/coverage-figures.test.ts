import { describe, expect, it } from 'vitest';
import { coverageRate, describeCampaign, describeContactRuleInFull } from './coverage-figures';

describe('coverage figures', () => {
  it('gives the rate to one decimal, none for nothing to cover', () => {
    expect(coverageRate(7, 8)).toBe(87.5);
    expect(coverageRate(1, 3)).toBe(33.3);
    expect(coverageRate(2, 3)).toBe(66.7);
    expect(coverageRate(0, 0)).toBeNull();
  });

  it('says the rule in words', () => {
    expect(describeCampaign({ campaignFrom: '2020-02-10', campaignTo: null })).toBe(
      '2020年2月10日起（持续）',
    );
    expect(describeCampaign({ campaignFrom: '2020-02-10', campaignTo: '2020-03-31' })).toBe(
      '2020年2月10日至2020年3月31日',
    );
    expect(
      describeContactRuleInFull({
        everyDays: 7,
        minVisits: 1,
        modes: ['on_site'],
        campaignFrom: '2020-02-10',
        campaignTo: null,
      }),
    ).toBe('攻坚期2020年2月10日起（持续），每个企业和项目每 7 天至少实地走访 1 次。');
  });
});
