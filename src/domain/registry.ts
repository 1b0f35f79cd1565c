/** Key projects' levels and stages, and the rules the registry shares between server and web. */
export const projectLevels = ['provincial', 'municipal', 'county'] as const;
export type ProjectLevel = (typeof projectLevels)[number];
export const projectLevelLabels: Record<ProjectLevel, string> = {
  provincial: '省级',
  municipal: '市级',
  county: '县级',
};

export const projectStages = ['preliminary', 'new_start', 'continuing', 'completed'] as const;
export type ProjectStage = (typeof projectStages)[number];
export const projectStageLabels: Record<ProjectStage, string> = {
  preliminary: '前期',
  new_start: '新开工',
  continuing: '续建',
  completed: '竣工',
};

export const projectCategories = [
  '产业项目',
  '基础设施',
  '社会民生',
  '生态环保',
  '新型城镇化',
  '其他',
] as const;

export const subjectStatuses = ['active', 'closed'] as const;
export type SubjectStatus = (typeof subjectStatuses)[number];

/** 138****5678 for mobiles; landlines keep the area code and the last 4 digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  const [area, rest] = phone.includes('-') ? phone.split('-', 2) : [phone.slice(0, 4), phone.slice(4)];
  return `${area}-${'*'.repeat(Math.max(0, (rest ?? '').length - 4))}${(rest ?? '').slice(-4)}`;
}

export const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** 万元 amounts: non-negative, at most 12 integer digits and 2 decimals, kept as text (never floats). */
export const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;

/** Normalises an amount to two decimals as text: "1234.5" → "1234.50". */
export function normaliseAmount(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  return `${BigInt(whole!).toString()}.${fraction.padEnd(2, '0')}`;
}
