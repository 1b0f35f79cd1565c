import dayjs from 'dayjs';
import type { ContactRuleDto, Coverage } from '../../../../contracts/liaison';
import { describeContactRule } from './visit-labels';

/** 覆盖率 in percent to one decimal (87.5), null when there is nothing to cover. */
export function coverageRate(covered: number, subjects: number): number | null {
  if (subjects <= 0) return null;
  return Math.round((covered / subjects) * 1000) / 10;
}

export interface CoverageKpis {
  subjects: number;
  covered: number;
  rate: number | null;
  uncovered: number;
  overdue: number;
  officersActive: number;
}

export function coverageKpis(coverage: Coverage): CoverageKpis {
  return {
    subjects: coverage.subjects,
    covered: coverage.covered,
    rate: coverageRate(coverage.covered, coverage.subjects),
    uncovered: coverage.subjects - coverage.covered,
    overdue: coverage.overdueContact.length,
    officersActive: coverage.officersActive,
  };
}

const longDay = (date: string) => dayjs(date).format('YYYY年M月D日');

/** 2020年2月10日起（持续） / 2020年2月10日至2020年3月31日 */
export function describeCampaign(rule: Pick<ContactRuleDto, 'campaignFrom' | 'campaignTo'>): string {
  return rule.campaignTo
    ? `${longDay(rule.campaignFrom)}至${longDay(rule.campaignTo)}`
    : `${longDay(rule.campaignFrom)}起（持续）`;
}

/** The rule as one sentence for the card. */
export function describeContactRuleInFull(rule: ContactRuleDto): string {
  return `攻坚期${describeCampaign(rule)}，每个企业和项目${describeContactRule(rule)}。`;
}
