import { describe, expect, it } from 'vitest';
import { hengyangDepartments, hengyangRegions } from './reference/hengyang';
import { collectSubtree, isWithin } from './regions';
import { hasControlCharacters } from './text-rules';

describe('region tree', () => {
  it('has the city, 12 county-level units and 3 parks', () => {
    expect(hengyangRegions.filter((r) => r.parentCode === null).map((r) => r.code)).toEqual(['430400']);
    expect(
      hengyangRegions.filter((r) => ['district', 'county', 'county_city'].includes(r.kind)),
    ).toHaveLength(12);
    expect(hengyangRegions.filter((r) => r.kind === 'park')).toHaveLength(3);
  });
  it('collects a subtree and nothing for an unknown code', () => {
    expect(collectSubtree(hengyangRegions, '430400')).toHaveLength(16);
    expect(collectSubtree(hengyangRegions, '430482')).toEqual(['430482']);
    expect(collectSubtree(hengyangRegions, '999999')).toEqual([]);
  });
  it('answers ancestry', () => {
    expect(isWithin(hengyangRegions, '430482', '430400')).toBe(true);
    expect(isWithin(hengyangRegions, '430400', '430482')).toBe(false);
  });
  it('names the departments the issue lists, each with a unique code', () => {
    const list = hengyangDepartments();
    for (const name of ['市发改委', '市工信局', '人行衡阳市中心支行', '国网衡阳供电公司', '常宁市发改局']) {
      expect(list.some((d) => d.name === name)).toBe(true);
    }
    expect(new Set(list.map((d) => d.code)).size).toBe(list.length);
  });
});

describe('control characters', () => {
  it('finds C0, DEL and bidi overrides but not Chinese text', () => {
    expect(hasControlCharacters('张三\u0000')).toBe(true);
    expect(hasControlCharacters('a\u202eb')).toBe(true);
    expect(hasControlCharacters('衡阳市隆源铜业有限公司')).toBe(false);
  });
});
