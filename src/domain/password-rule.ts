export const passwordMinLength = 8;

const classes: { label: string; test: RegExp }[] = [
  { label: '大写字母', test: /[A-Z]/ },
  { label: '小写字母', test: /[a-z]/ },
  { label: '数字', test: /[0-9]/ },
  { label: '特殊字符', test: /[^A-Za-z0-9]/ },
];

/** Returns null when the password is acceptable, else a Chinese message saying what is missing. */
export function checkPasswordStrength(password: string): string | null {
  if (password.length < passwordMinLength) return `密码至少 ${passwordMinLength} 位`;
  if (password.length > 128) return '密码不能超过 128 位';
  const present = classes.filter((c) => c.test.test(password)).length;
  if (present < 3) return '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类';
  return null;
}
