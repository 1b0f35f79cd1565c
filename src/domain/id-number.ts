/** Citizen ID number 公民身份号码 (GB 11643-1999): 6-digit area, birth date, sequence, check. */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export function idNumberCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkChars[sum % 11]!;
}

/** Returns a Chinese message for an invalid number, or null. */
export function findIdNumberProblem(raw: string): string | null {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1800 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return '身份证号中的出生日期不存在';
  }
  if (idNumberCheck(value.slice(0, 17)) !== value[17]) return '身份证号校验码不正确';
  return null;
}
