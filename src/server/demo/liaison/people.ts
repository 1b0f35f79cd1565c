/** Who the officers are: their dispatching units, posts, start dates, names and mobiles. */
import type { Random } from '../random';
import { type Department, type Draft, type Slot, type UnitKind, pickWeighted } from './model';

// Which departments send officers to which kind of subject (by the code after the region, e.g. 'gxj').
export const enterpriseUnitWeights: Record<string, number> = {
  gxj: 7,
  swj: 2.5,
  rsj: 2,
  scjg: 2,
  fgw: 2,
  fgj: 2,
  czj: 1.5,
  yjj: 1.5,
  sthj: 1,
  jrb: 1,
  rhzx: 0.5,
  qyfw: 5,
  jjfz: 3,
};
export const projectUnitWeights: Record<string, number> = {
  fgw: 5,
  fgj: 5,
  zsj: 5,
  jtj: 3,
  zrj: 3,
  slj: 2,
  sthj: 1.5,
  jjfz: 5,
  qyfw: 2,
};

export const posts: Record<UnitKind | 'cityWide', [string, number][]> = {
  city: [
    ['科长', 10],
    ['副科长', 20],
    ['一级科员', 16],
    ['科员', 16],
    ['四级主任科员', 16],
    ['三级主任科员', 8],
    ['副主任', 6],
    ['驻企干部', 8],
  ],
  cityWide: [
    ['科长', 30],
    ['副科长', 25],
    ['二级主任科员', 15],
    ['三级主任科员', 15],
    ['副主任', 15],
  ],
  county: [
    ['股长', 22],
    ['副股长', 18],
    ['科员', 26],
    ['四级主任科员', 10],
    ['副局长', 6],
    ['驻企干部', 18],
  ],
  government: [
    ['驻企干部', 40],
    ['科员', 20],
    ['副主任', 15],
    ['四级主任科员', 10],
    ['干事', 15],
  ],
};

export class UnitPicker {
  constructor(
    private readonly random: Random,
    private readonly cityCode: string,
    private readonly cityDepartments: readonly Department[],
    private readonly departmentsByRegion: Map<string, Department[]>,
  ) {}

  /** An officer working in `regionCode` with a dispatching unit and a post that fit the subjects. */
  draft(regionCode: string, hasProject: boolean, cityWide: boolean, slots: Slot[]): Draft {
    const { random } = this;
    const local = this.departmentsByRegion.get(regionCode) ?? [];
    let unitKind: UnitKind;
    let department: Department | null = null;
    if (this.cityDepartments.length > 0 && (cityWide || random.chance(hasProject ? 0.5 : 0.37))) {
      unitKind = 'city';
      department = this.pickDepartment(this.cityDepartments, hasProject);
    } else if (local.length > 0 && random.chance(0.62)) {
      unitKind = 'county';
      department = this.pickDepartment(local, hasProject);
    } else unitKind = 'government';
    return {
      name: '',
      mobile: '',
      unitDepartmentId: department?.id ?? null,
      unitRegionCode: department?.regionCode ?? regionCode,
      post: pickWeighted(random, posts[cityWide ? 'cityWide' : unitKind]),
      regionCode: cityWide ? this.cityCode : regionCode,
      activeFrom: pickWeighted(random, activeFromDates),
      activeTo: null,
      slots,
    };
  }

  private pickDepartment(list: readonly Department[], hasProject: boolean): Department {
    const weights = hasProject ? projectUnitWeights : enterpriseUnitWeights;
    return pickWeighted(
      this.random,
      list.map((d) => [d, weights[d.code.slice(d.code.indexOf('-') + 1)] ?? 0.4] as [Department, number]),
    );
  }
}

/** The first working week after the extended Spring Festival holiday, when the officers were sent. */
export const activeFromDates: [string, number][] = [
  ['2020-02-03', 30],
  ['2020-02-04', 20],
  ['2020-02-05', 14],
  ['2020-02-06', 10],
  ['2020-02-07', 10],
  ['2020-02-08', 3],
  ['2020-02-09', 3],
  ['2020-02-10', 10],
];

export function rosterOrder(officer: Draft, cityCode: string): number {
  const region = officer.regionCode === cityCode ? 0 : Number(officer.regionCode);
  return region * 100_000 + (officer.unitDepartmentId ?? 99_999);
}

export const surnames =
  '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文阳欧'.split(
    '',
  );
export const givenChars =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏飞春梅海燕峰龙东亮宇浩俊波湘岳林清'.split(
    '',
  );

export function personName(random: Random): string {
  return (
    random.pick(surnames) + random.pick(givenChars) + (random.chance(0.65) ? random.pick(givenChars) : '')
  );
}

export const mobilePrefixes = [
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '182',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '186',
  '133',
  '153',
  '173',
  '177',
  '180',
  '189',
];

/** Unique names (so that pickers and lists are unambiguous in the demo) and unique mobiles. */
export function nameOfficers(random: Random, officers: Draft[], demo: Draft) {
  const names = new Set([demo.name]);
  const mobiles = new Set([demo.mobile]);
  for (const officer of officers) {
    let name = personName(random);
    while (names.has(name)) name = personName(random);
    names.add(name);
    let mobile = '';
    while (!mobile || mobiles.has(mobile))
      mobile = random.pick(mobilePrefixes) + String(random.int(0, 99_999_999)).padStart(8, '0');
    mobiles.add(mobile);
    officer.name = name;
    officer.mobile = mobile;
  }
}
