import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-rule';

describe('password rule', () => {
  it('accepts 8+ characters with three of four classes', () => {
    expect(checkPasswordStrength('Demo@2020')).toBeNull();
    expect(checkPasswordStrength('abcdEF12')).toBeNull();
    expect(checkPasswordStrength('abcd12!@')).toBeNull();
  });
  it('rejects short passwords with a Chinese message', () => {
    expect(checkPasswordStrength('Ab@1')).toBe('密码至少 8 位');
  });
  it('rejects passwords with only two classes', () => {
    expect(checkPasswordStrength('abcdefgh12')).toContain('至少三类');
    expect(checkPasswordStrength('ABCDEFGH!!')).toContain('至少三类');
  });
  it('rejects absurdly long passwords', () => {
    expect(checkPasswordStrength(`Aa1!${'x'.repeat(200)}`)).toContain('128');
  });
});
