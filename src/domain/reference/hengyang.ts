import type { RegionNode } from '../regions';

/**
 * Hengyang's region tree (GB/T 2260, DOMAIN.md) and the statistical park codes the city reports as units.
 * Another city is another data file of this shape.
 */
export const hengyangRegions: RegionNode[] = [
  { code: '430400', name: '衡阳市', kind: 'city', parentCode: null },
  { code: '430405', name: '珠晖区', kind: 'district', parentCode: '430400' },
  { code: '430406', name: '雁峰区', kind: 'district', parentCode: '430400' },
  { code: '430407', name: '石鼓区', kind: 'district', parentCode: '430400' },
  { code: '430408', name: '蒸湘区', kind: 'district', parentCode: '430400' },
  { code: '430412', name: '南岳区', kind: 'district', parentCode: '430400' },
  { code: '430421', name: '衡阳县', kind: 'county', parentCode: '430400' },
  { code: '430422', name: '衡南县', kind: 'county', parentCode: '430400' },
  { code: '430423', name: '衡山县', kind: 'county', parentCode: '430400' },
  { code: '430424', name: '衡东县', kind: 'county', parentCode: '430400' },
  { code: '430426', name: '祁东县', kind: 'county', parentCode: '430400' },
  { code: '430481', name: '耒阳市', kind: 'county_city', parentCode: '430400' },
  { code: '430482', name: '常宁市', kind: 'county_city', parentCode: '430400' },
  { code: '430471', name: '衡阳综合保税区', kind: 'park', parentCode: '430400' },
  { code: '430472', name: '湖南衡阳高新技术产业园区', kind: 'park', parentCode: '430400' },
  { code: '430473', name: '湖南衡阳松木经济开发区', kind: 'park', parentCode: '430400' },
];

export interface DepartmentSeed {
  code: string;
  name: string;
  regionCode: string;
}

const cityDepartments: [string, string][] = [
  ['fgw', '市发改委'],
  ['gxj', '市工信局'],
  ['rsj', '市人社局'],
  ['jtj', '市交通运输局'],
  ['swj', '市商务局'],
  ['czj', '市财政局'],
  ['slj', '市水利局'],
  ['mzj', '市民政局'],
  ['wjw', '市卫健委'],
  ['yjj', '市应急管理局'],
  ['zrj', '市自然资源和规划局'],
  ['sthj', '市生态环境局'],
  ['scjg', '市市场监管局'],
  ['zsj', '市住房和城乡建设局'],
  ['sjj', '市数据资源局'],
  ['jrb', '市地方金融监管局'],
  ['rhzx', '人行衡阳市中心支行'],
  ['gwgd', '国网衡阳供电公司'],
  ['gas', '衡阳市燃气公司'],
];

// A county-level unit's own bureaus; the unit's short name is prefixed (常宁市发改局).
const countyDepartments: [string, string][] = [
  ['fgj', '发改局'],
  ['gxj', '工信局'],
  ['rsj', '人社局'],
  ['jtj', '交通运输局'],
  ['swj', '商务局'],
  ['czj', '财政局'],
  ['slj', '水利局'],
  ['mzj', '民政局'],
  ['wjj', '卫健局'],
  ['yjj', '应急管理局'],
  ['zrj', '自然资源局'],
  ['scjg', '市场监管局'],
];

const parkDepartments: [string, string][] = [
  ['jjfz', '经济发展局'],
  ['qyfw', '企业服务局'],
];

export function hengyangDepartments(): DepartmentSeed[] {
  const out: DepartmentSeed[] = cityDepartments.map(([code, name]) => ({
    code: `430400-${code}`,
    name,
    regionCode: '430400',
  }));
  for (const region of hengyangRegions) {
    if (region.parentCode === null) continue;
    const list = region.kind === 'park' ? parkDepartments : countyDepartments;
    for (const [code, name] of list) {
      const prefix = region.kind === 'park' ? `${region.name}管委会` : region.name;
      out.push({ code: `${region.code}-${code}`, name: `${prefix}${name}`, regionCode: region.code });
    }
  }
  return out;
}
