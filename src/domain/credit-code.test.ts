import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeCreditCode,
  creditCodeAlphabet,
  creditCodeCheck,
  findCreditCodeProblem,
  normaliseCode,
  orgCodeCheck,
  registrationCategories,
  validateCreditCode,
} from './credit-code';
import { findIdNumberProblem } from './id-number';

// Valid codes: an authority with one of its categories, a Hunan/Beijing/any area code, a random body.
const validCode = fc
  .record({
    authority: fc.constantFrom(...Object.keys(registrationCategories)),
    categoryIndex: fc.nat(),
    area: fc.constantFrom('430400', '430482', '430481', '110105', '440305', '350100'),
    body: fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'.split('')), {
      minLength: 8,
      maxLength: 8,
    }),
  })
  .map(({ authority, categoryIndex, area, body }) => {
    const categories = registrationCategories[authority]!;
    const category = categories[categoryIndex % categories.length]!;
    return completeCreditCode(`${authority}${category}${area}${body.join('')}`);
  });

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the standard’s example and a real code', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(validateCreditCode('91110000600037341L').ok).toBe(true);
  });

  it('normalises full-width characters, spaces and case first', () => {
    expect(normaliseCode(' ９１３５０１００ｍ０００ 100y43 ')).toBe('91350100M000100Y43');
    expect(validateCreditCode('９１３５０１００ｍ０００１００ｙ４３').ok).toBe(true);
    expect(validateCreditCode('91350100m000100y43').ok).toBe(true);
  });

  it('says which part is wrong', () => {
    const cases: [string, string][] = [
      ['91350100M000100Y4', 'length'],
      ['91350100M000100Y4I', 'character'],
      ['B1350100M000100Y43', 'authority'],
      ['94350100M000100Y43', 'category'],
      ['91990100M000100Y43', 'area'],
      ['91350100M000100Y53', 'org_check'],
      ['91350100M000100Y44', 'check'],
    ];
    for (const [code, problem] of cases) {
      const result = validateCreditCode(code);
      expect(result.ok, code).toBe(false);
      if (!result.ok) {
        expect(result.problem, code).toBe(problem);
        expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });

  it('computes the weights 3^(i-1) mod 31 and writes a check of 31 as 0', () => {
    // Find a 17-character prefix whose weighted sum is ≡ 0 (mod 31): its check is 31 → '0'.
    let found: string | undefined;
    for (let n = 0; n < 31 * 40 && !found; n++) {
      const prefix = `9143040${String(n).padStart(10, '0')}`;
      if (creditCodeCheck(prefix) === '0') found = prefix;
    }
    expect(found).toBeDefined();
    const prefix = found!;
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += creditCodeAlphabet.indexOf(prefix[i]!) * (3 ** i % 31);
    expect(sum % 31).toBe(0);
  });

  it('computes the GB 11714 check with 10 → X and 11 → 0', () => {
    expect(orgCodeCheck('M000100Y')).toBe('4');
    expect(orgCodeCheck('60003734')).toBe('1');
    const checks = new Set<string>();
    for (let n = 0; n < 200; n++) checks.add(orgCodeCheck(String(n).padStart(8, '0')));
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
  });

  it('property: every generated valid code passes', () => {
    fc.assert(
      fc.property(validCode, (code) => findCreditCodeProblem(code) === null),
      { numRuns: 2000 },
    );
  });

  it('property: every single-character change of a valid code fails', () => {
    fc.assert(
      fc.property(
        validCode,
        fc.nat(17),
        fc.constantFrom(...creditCodeAlphabet.split('')),
        (code, position, char) => {
          fc.pre(code[position] !== char);
          const changed = code.slice(0, position) + char + code.slice(position + 1);
          return findCreditCodeProblem(changed) !== null;
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('citizen ID number (GB 11643-1999)', () => {
  it('accepts the standard’s examples', () => {
    expect(findIdNumberProblem('11010519491231002X')).toBeNull();
    expect(findIdNumberProblem('440524188001010014')).toBeNull();
  });
  it('rejects a wrong check, a non-existent date and a bad shape', () => {
    expect(findIdNumberProblem('110105194912310021')).toContain('校验码');
    expect(findIdNumberProblem('110105194902310020')).toContain('出生日期');
    expect(findIdNumberProblem('11010519491231002')).toContain('18 位');
  });
});
