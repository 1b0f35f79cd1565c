import type { Officer } from '../../../../contracts/liaison';

/** 2020-02-10 起 / 2020-02-10 至 2020-03-31 */
export function formatActivePeriod(activeFrom: string, activeTo: string | null): string {
  return activeTo ? `${activeFrom} 至 ${activeTo}` : `${activeFrom} 起`;
}

/** 主责 3 / 共 5: the officer's current subjects. */
export function formatSubjectCounts(officer: Pick<Officer, 'subjects' | 'primarySubjects'>): string {
  return `主责 ${officer.primarySubjects} / 共 ${officer.subjects}`;
}

/** The API masks a number the reader may not see in full (138****5678). */
export function isMaskedMobile(mobile: string): boolean {
  return mobile.includes('*');
}

/** Region kinds whose people's government can send an officer (县级及以上；园区为管委会). */
const governmentKinds = new Set(['city', 'district', 'county', 'county_city', 'park']);

export function isGovernmentRegion(kind: string): boolean {
  return governmentKinds.has(kind);
}

/** 衡阳市人民政府, 常宁市人民政府, 衡阳高新区管委会 */
export function governmentName(region: { name: string; kind: string }): string {
  return region.kind === 'park' ? `${region.name}管委会` : `${region.name}人民政府`;
}
