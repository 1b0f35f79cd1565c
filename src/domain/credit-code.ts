/**
 * Unified social credit code 统一社会信用代码 (GB 32100-2015) and the embedded organisation code (GB 11714).
 * DOMAIN.md has the rules; the error says which part is wrong.
 */

export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const outerWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

/** Registration authorities (position 1) and the organisation categories (position 2) each may assign. */
export const registrationCategories: Record<string, string> = {
  '1': '1239', // 机构编制：机关、事业单位、中央编办直接管理机构编制的群众团体、其他
  '2': '19', // 外交
  '3': '12349', // 司法行政
  '4': '129', // 文化
  '5': '1239', // 民政
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '129', // 工会
  '9': '123', // 工商：企业、个体工商户、农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

// Province-level prefixes of GB/T 2260 (the first two digits of an area code).
const provincePrefixes = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type CreditCodeProblem =
  'length' | 'character' | 'authority' | 'category' | 'area' | 'org_check' | 'check';

export const creditCodeProblemMessages: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为 18 位',
  character: '统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）',
  authority: '第 1 位登记管理部门代码不正确',
  category: '第 2 位机构类别代码与登记管理部门不匹配',
  area: '第 3–8 位登记管理机关行政区划码不正确',
  org_check: '第 9–17 位组织机构代码校验码不正确',
  check: '第 18 位校验码不正确',
};

/** Trim, remove inner spaces, full-width to half-width, upper-case. */
export function normaliseCode(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

function orgCodeValue(char: string): number {
  // GB 11714: digits are their value, letters A=10 … Z=35.
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
}

/** The GB 11714 check character over 8 organisation-code characters. */
export function orgCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCodeValue(body8[i]!) * orgWeights[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** The GB 32100 check character over the first 17 characters. */
export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += creditCodeAlphabet.indexOf(first17[i]!) * outerWeights[i]!;
  const c = 31 - (sum % 31);
  return creditCodeAlphabet[c === 31 ? 0 : c]!;
}

/** Returns the first problem found, or null for a valid (already normalised) code. */
export function findCreditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const char of code) if (!creditCodeAlphabet.includes(char)) return 'character';
  const categories = registrationCategories[code[0]!];
  if (!categories) return 'authority';
  if (!categories.includes(code[1]!)) return 'category';
  const area = code.slice(2, 8);
  if (!/^\d{6}$/.test(area) || !provincePrefixes.has(area.slice(0, 2))) return 'area';
  if (orgCodeCheck(code.slice(8, 16)) !== code[16]) return 'org_check';
  if (creditCodeCheck(code.slice(0, 17)) !== code[17]) return 'check';
  return null;
}

export type CreditCodeResult =
  { ok: true; code: string } | { ok: false; code: string; problem: CreditCodeProblem; message: string };

/** Normalises then validates; the message names the wrong part in Chinese. */
export function validateCreditCode(raw: string): CreditCodeResult {
  const code = normaliseCode(raw);
  const problem = findCreditCodeProblem(code);
  if (problem === null) return { ok: true, code };
  return { ok: false, code, problem, message: creditCodeProblemMessages[problem] };
}

/** Completes 16 characters (authority, category, area, 8-character organisation body) into a valid code. */
export function completeCreditCode(first16: string): string {
  const with17 = first16 + orgCodeCheck(first16.slice(8, 16));
  return with17 + creditCodeCheck(with17);
}
