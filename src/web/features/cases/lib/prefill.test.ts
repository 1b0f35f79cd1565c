import { describe, expect, it } from 'vitest';
import { prefillFrom, titleFrom } from './prefill';

describe('prefillFrom (转为问题 from a daily report)', () => {
  it('reads a daily report difficulty and derives the title from its first sentence', () => {
    const params = new URLSearchParams({
      source: 'daily_report',
      reportDate: '2020-03-08',
      enterpriseId: '738',
      description: '外地员工返岗需隔离14天，缺工30人。希望协调包车。',
    });
    expect(prefillFrom(params)).toEqual({
      source: 'daily_report',
      category: undefined,
      reportDate: '2020-03-08',
      enterpriseId: 738,
      projectId: undefined,
      description: '外地员工返岗需隔离14天，缺工30人。希望协调包车。',
      title: '外地员工返岗需隔离14天，缺工30人',
    });
  });

  it('ignores what is malformed', () => {
    const params = new URLSearchParams({
      source: 'rumour',
      category: '天气',
      reportDate: '8 March',
      enterpriseId: '-3',
      projectId: 'abc',
    });
    expect(prefillFrom(params)).toEqual({
      source: undefined,
      category: undefined,
      reportDate: undefined,
      enterpriseId: undefined,
      projectId: undefined,
      description: undefined,
      title: undefined,
    });
  });

  it('keeps an explicit title and a known category', () => {
    const params = new URLSearchParams({
      title: ' 缺口罩 ',
      category: '防疫物资',
      description: '口罩只够两天',
    });
    expect(prefillFrom(params)).toMatchObject({ title: '缺口罩', category: '防疫物资' });
  });
});

describe('titleFrom', () => {
  it('cuts a long first sentence at 30 characters', () => {
    expect(titleFrom('一'.repeat(40))).toBe(`${'一'.repeat(30)}…`);
    expect(titleFrom('短句；后面的不要')).toBe('短句');
  });
});
