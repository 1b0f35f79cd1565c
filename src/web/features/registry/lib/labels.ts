import {
  findIndustryClass,
  industryDivisions,
  industrySections,
} from '../../../../domain/reference/industries';

/** "1234567.50" → "1,234,567.50", as text: amounts are never turned into floats. */
export function formatAmount(amount: string | null | undefined): string {
  if (!amount) return '—';
  const [whole = '', fraction] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('zh-CN');
}

/** C3251 → 铜压延加工 (有色金属冶炼和压延加工业). */
export function describeIndustry(code: string): { name: string; divisionName: string } | null {
  return findIndustryClass(code);
}

/** The industry filter's options: divisions grouped by section (B 采矿业, C 制造业, D …). */
export const industryFilterOptions = (Object.keys(industrySections) as (keyof typeof industrySections)[]).map(
  (section) => ({
    label: `${section} ${industrySections[section]}`,
    title: industrySections[section],
    options: [
      { value: section, label: `${section} 全部${industrySections[section]}` },
      ...industryDivisions
        .filter((d) => d.section === section)
        .map((d) => ({ value: d.code, label: `${d.code} ${d.name}` })),
    ],
  }),
);

export const yesNo = (value: boolean) => (value ? '是' : '否');
