import { completeCreditCode, creditCodeAlphabet } from '../../domain/credit-code';
import type { ProjectLevel, ProjectStage } from '../../domain/registry';
import { apportion, createRandom, type Random } from './random';

/** The article's counts (Hengyang Daily, March 2020). */
export const scenarioCounts = { enterprises: 1049, provincialProjects: 12, municipalProjects: 135 };

export interface DemoEnterprise {
  creditCode: string;
  name: string;
  regionCode: string;
  industryCode: string;
  workforce: number;
  annualOutput: string;
  address: string;
  contactName: string;
  contactPhone: string;
  isContinuousProcess: boolean;
}

export interface DemoProject {
  code: string;
  name: string;
  level: ProjectLevel;
  regionCode: string;
  ownerUnit: string;
  category: string;
  totalInvestment: string;
  annualPlannedInvestment: string;
  plannedStart: string;
  plannedEnd: string;
  stage: ProjectStage;
}

// Units and how many of the city's 规上 enterprises each holds (weights, apportioned to exactly 1,049).
const units: { code: string; short: string; weight: number; towns: string[] }[] = [
  { code: '430405', short: '珠晖', weight: 55, towns: ['茶山坳镇', '东阳渡街道', '酃湖乡'] },
  { code: '430406', short: '雁峰', weight: 40, towns: ['白沙洲工业园', '岳屏镇'] },
  { code: '430407', short: '石鼓', weight: 35, towns: ['松木乡', '角山镇'] },
  { code: '430408', short: '蒸湘', weight: 35, towns: ['雨母山镇', '呆鹰岭镇'] },
  { code: '430412', short: '南岳', weight: 15, towns: ['南岳镇', '寿岳乡'] },
  { code: '430421', short: '衡阳县', weight: 100, towns: ['西渡镇', '演陂镇', '台源镇', '界牌镇'] },
  { code: '430422', short: '衡南', weight: 100, towns: ['云集街道', '三塘镇', '茶市镇', '车江镇'] },
  { code: '430423', short: '衡山', weight: 50, towns: ['开云镇', '店门镇', '白果镇'] },
  { code: '430424', short: '衡东', weight: 80, towns: ['城关镇', '大浦镇', '吴集镇'] },
  { code: '430426', short: '祁东', weight: 90, towns: ['洪桥街道', '归阳镇', '白地市镇', '黄土铺镇'] },
  { code: '430481', short: '耒阳', weight: 130, towns: ['灶市街道', '大市乡', '哲桥镇', '公平圩镇'] },
  { code: '430482', short: '常宁', weight: 110, towns: ['宜阳街道', '水口山镇', '松柏镇', '荫田镇'] },
  { code: '430471', short: '综保区', weight: 20, towns: ['白沙洲'] },
  { code: '430472', short: '高新区', weight: 114, towns: ['华新开发区', '解放大道'] },
  { code: '430473', short: '松木', weight: 65, towns: ['松木工业园', '衡州大道'] },
];

// Industry classes with the word a firm of that class carries in its name, and whether it runs continuously.
const industries: { code: string; words: string[]; continuous: number; weight: number }[] = [
  { code: 'C3251', words: ['铜业', '铜材'], continuous: 0.2, weight: 4 },
  { code: 'C3211', words: ['冶炼'], continuous: 0.8, weight: 2 },
  { code: 'C3212', words: ['有色金属', '冶炼'], continuous: 0.8, weight: 3 },
  { code: 'C3011', words: ['水泥'], continuous: 0.9, weight: 4 },
  { code: 'C3031', words: ['新型建材', '建材'], continuous: 0.1, weight: 6 },
  { code: 'C1331', words: ['油脂', '茶油'], continuous: 0, weight: 5 },
  { code: 'C1391', words: ['食品', '农产品'], continuous: 0, weight: 6 },
  { code: 'C1511', words: ['酒业'], continuous: 0, weight: 2 },
  { code: 'C1711', words: ['纺织', '棉纺'], continuous: 0.1, weight: 6 },
  { code: 'C1811', words: ['服饰', '制衣'], continuous: 0, weight: 5 },
  { code: 'C1922', words: ['箱包', '皮具'], continuous: 0, weight: 4 },
  { code: 'C2231', words: ['包装', '纸业'], continuous: 0, weight: 4 },
  { code: 'C2614', words: ['化工'], continuous: 0.6, weight: 5 },
  { code: 'C2710', words: ['药业', '制药'], continuous: 0.2, weight: 3 },
  { code: 'C2927', words: ['塑业', '塑胶'], continuous: 0, weight: 4 },
  { code: 'C3130', words: ['钢材', '钢业'], continuous: 0.6, weight: 3 },
  { code: 'C3311', words: ['钢结构'], continuous: 0, weight: 5 },
  { code: 'C3413', words: ['动力', '机械'], continuous: 0, weight: 3 },
  { code: 'C3511', words: ['矿山机械', '重工'], continuous: 0, weight: 4 },
  { code: 'C3670', words: ['汽车零部件', '汽配'], continuous: 0, weight: 4 },
  { code: 'C3821', words: ['电气', '变压器'], continuous: 0, weight: 4 },
  { code: 'C3831', words: ['电缆', '线缆'], continuous: 0, weight: 4 },
  { code: 'C3976', words: ['光电'], continuous: 0.1, weight: 3 },
  { code: 'C3981', words: ['电子'], continuous: 0, weight: 5 },
  { code: 'B0610', words: ['煤业'], continuous: 0.3, weight: 2 },
  { code: 'B0916', words: ['矿业'], continuous: 0.3, weight: 2 },
  { code: 'B1019', words: ['石业', '砂石'], continuous: 0, weight: 3 },
  { code: 'D4411', words: ['发电', '热电'], continuous: 1, weight: 1 },
  { code: 'D4413', words: ['水电'], continuous: 1, weight: 2 },
  { code: 'D4610', words: ['自来水', '供水'], continuous: 1, weight: 2 },
];

const brandChars =
  '华鑫恒宏金瑞湘岳衡祥达源泰兴盛嘉德荣天凯利通远丰隆顺安宝昌海永建中明信诚万正和汇佳博晟'.split('');
const surnames =
  '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  );
const givenChars =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏飞春梅海燕峰建军小龙晓东'.split('');

/** The article's named firms, in their real counties, with fitting classes. */
const namedEnterprises: Omit<
  DemoEnterprise,
  'creditCode' | 'workforce' | 'annualOutput' | 'address' | 'contactName' | 'contactPhone'
>[] = [
  { name: '常宁市隆源铜业有限公司', regionCode: '430482', industryCode: 'C3251', isContinuousProcess: false },
  {
    name: '湖南株冶有色金属有限公司',
    regionCode: '430482',
    industryCode: 'C3212',
    isContinuousProcess: true,
  },
  {
    name: '五矿铜业（湖南）有限公司',
    regionCode: '430482',
    industryCode: 'C3211',
    isContinuousProcess: true,
  },
  { name: '耒阳南方水泥有限公司', regionCode: '430481', industryCode: 'C3011', isContinuousProcess: true },
  {
    name: '湖南美蓓达科技股份有限公司',
    regionCode: '430481',
    industryCode: 'C3451',
    isContinuousProcess: false,
  },
  { name: '耒阳汉客箱包有限公司', regionCode: '430481', industryCode: 'C1922', isContinuousProcess: false },
  {
    name: '湖南大三湘茶油股份有限公司',
    regionCode: '430422',
    industryCode: 'C1331',
    isContinuousProcess: false,
  },
  {
    name: '衡南中科光电科技有限公司',
    regionCode: '430422',
    industryCode: 'C3976',
    isContinuousProcess: false,
  },
];

function personName(random: Random): string {
  return (
    random.pick(surnames) + random.pick(givenChars) + (random.chance(0.6) ? random.pick(givenChars) : '')
  );
}

function mobile(random: Random): string {
  return `1${random.pick(['38', '39', '37', '58', '59', '87', '88', '89', '77', '80'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

function amount(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}

function creditCodeFor(random: Random, areaCode: string, used: Set<string>): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 8; i++)
      body += random.chance(0.8)
        ? String(random.int(0, 9))
        : random.pick(creditCodeAlphabet.slice(10).split(''));
    const code = completeCreditCode(`91${areaCode}${body}`);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((a, b) => a + b.weight, 0);
  let roll = random.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll <= 0) return item;
  }
  return items.at(-1)!;
}

/** 1,049 enterprises with valid synthetic credit codes in their county's area, deterministic for a seed. */
export function generateEnterprises(seed = 20200308): DemoEnterprise[] {
  const random = createRandom(seed);
  const usedCodes = new Set<string>();
  const usedNames = new Set<string>();
  const counts = apportion(
    scenarioCounts.enterprises,
    units.map((u) => u.weight),
  );
  const out: DemoEnterprise[] = [];
  for (const [index, unit] of units.entries()) {
    const named = namedEnterprises.filter((n) => n.regionCode === unit.code);
    for (let i = 0; i < counts[index]!; i++) {
      const base = named[i];
      const industry = base
        ? industries.find((x) => x.code === base.industryCode)
        : pickWeighted(random, industries);
      let name = base?.name;
      while (!name || usedNames.has(name)) {
        const brand = random.pick(brandChars) + random.pick(brandChars);
        const word = random.pick(industry?.words ?? ['科技']);
        const isCounty = /县$|耒阳|常宁/.test(unit.short);
        const prefix = !isCounty ? '衡阳' : random.chance(0.5) ? unit.short.replace(/县$/, '') : '湖南';
        name = `${prefix}${brand}${word}${random.pick(['有限公司', '有限公司', '有限责任公司', '股份有限公司'])}`;
      }
      usedNames.add(name);
      const workforce = Math.round(random.logUniform(25, base ? 2500 : 1800));
      out.push({
        creditCode: creditCodeFor(random, unit.code, usedCodes),
        name,
        regionCode: unit.code,
        industryCode: base?.industryCode ?? industry!.code,
        workforce,
        annualOutput: amount(Math.max(2000, workforce * random.logUniform(40, 260))),
        address: `${random.pick(unit.towns)}${random.pick(['工业路', '创业大道', '园区大道', '兴业路', '建设路'])}${random.int(1, 399)}号`,
        contactName: personName(random),
        contactPhone: mobile(random),
        isContinuousProcess: base?.isContinuousProcess ?? random.chance(industry!.continuous),
      });
    }
  }
  return out;
}

const namedProjects: {
  name: string;
  regionCode: string;
  level: ProjectLevel;
  stage: ProjectStage;
  category: string;
  owner: string;
}[] = [
  {
    name: '湘南纺织产业基地',
    regionCode: '430482',
    level: 'provincial',
    stage: 'continuing',
    category: '产业项目',
    owner: '常宁市城市建设投资开发有限公司',
  },
  {
    name: '武广高铁耒阳西站站前综合枢纽',
    regionCode: '430481',
    level: 'provincial',
    stage: 'continuing',
    category: '基础设施',
    owner: '耒阳市交通建设投资有限公司',
  },
  {
    name: '耒阳高铁新城基础设施建设',
    regionCode: '430481',
    level: 'municipal',
    stage: 'continuing',
    category: '新型城镇化',
    owner: '耒阳市高铁新城开发建设有限公司',
  },
  {
    name: '中科光电产业园',
    regionCode: '430422',
    level: 'provincial',
    stage: 'continuing',
    category: '产业项目',
    owner: '衡南中科光电科技有限公司',
  },
  {
    name: '特变电工衡南产业园',
    regionCode: '430422',
    level: 'provincial',
    stage: 'new_start',
    category: '产业项目',
    owner: '特变电工衡阳变压器有限公司',
  },
  {
    name: '衡阳南岳机场改扩建工程',
    regionCode: '430422',
    level: 'provincial',
    stage: 'continuing',
    category: '基础设施',
    owner: '衡阳南岳机场有限公司',
  },
  {
    name: '祁东归阳工业园标准厂房',
    regionCode: '430426',
    level: 'municipal',
    stage: 'continuing',
    category: '产业项目',
    owner: '祁东县工业园区开发建设有限公司',
  },
  {
    name: '衡缘物流园',
    regionCode: '430426',
    level: 'municipal',
    stage: 'continuing',
    category: '产业项目',
    owner: '祁东衡缘物流有限公司',
  },
];

const projectThemes: { category: string; things: string[] }[] = [
  {
    category: '产业项目',
    things: [
      '智能制造产业园',
      '新材料产业园',
      '电子信息产业园',
      '农产品加工园',
      '标准厂房',
      '装备制造基地',
      '生物医药产业园',
    ],
  },
  {
    category: '基础设施',
    things: [
      '大道提质改造',
      '污水处理厂扩建',
      '城区供水管网改造',
      '220千伏输变电工程',
      '物流园配套道路',
      '国道改线工程',
      '天然气管网',
    ],
  },
  {
    category: '社会民生',
    things: ['人民医院门急诊综合楼', '职业教育实训基地', '保障性住房', '中学新校区', '养老服务中心'],
  },
  { category: '生态环保', things: ['湘江风光带治理', '固废综合处置中心', '河道综合治理', '矿山生态修复'] },
  { category: '新型城镇化', things: ['老旧小区改造', '城市更新片区', '棚户区改造'] },
];

/** 12 provincial and 135 municipal key projects, the article's named sites among them. */
export function generateProjects(seed = 20200309): DemoProject[] {
  const random = createRandom(seed);
  const out: DemoProject[] = [];
  const usedNames = new Set<string>();
  const levels: ProjectLevel[] = [
    ...Array<ProjectLevel>(scenarioCounts.provincialProjects).fill('provincial'),
    ...Array<ProjectLevel>(scenarioCounts.municipalProjects).fill('municipal'),
  ];
  const namedByLevel = {
    provincial: namedProjects.filter((p) => p.level === 'provincial'),
    municipal: namedProjects.filter((p) => p.level === 'municipal'),
  };
  const serial = { provincial: 0, municipal: 0, county: 0 };
  for (const level of levels) {
    const index = serial[level]++;
    const named = level === 'county' ? undefined : namedByLevel[level][index];
    const unit = named ? units.find((u) => u.code === named.regionCode)! : pickWeighted(random, units);
    const theme = named
      ? projectThemes.find((t) => t.category === named.category)!
      : random.pick(projectThemes);
    let name = named?.name;
    while (!name || usedNames.has(name)) {
      const area = unit.code.startsWith('43047')
        ? unit.short
        : `${unit.short.replace(/县$/, '')}${unit.short.endsWith('县') ? '县' : ''}`;
      name = `${area}${random.pick(theme.things)}${random.chance(0.3) ? `（${random.pick(['一', '二', '三'])}期）` : ''}项目`;
    }
    usedNames.add(name);
    const total =
      level === 'provincial' ? random.logUniform(80_000, 1_200_000) : random.logUniform(5_000, 300_000);
    const startYear = named
      ? named.stage === 'new_start'
        ? 2020
        : random.pick([2018, 2019])
      : random.pick([2018, 2019, 2019, 2020, 2020]);
    const stage: ProjectStage =
      named?.stage ??
      (startYear === 2020
        ? random.pick(['new_start', 'preliminary'] as const)
        : random.pick(['continuing', 'continuing', 'continuing', 'completed'] as const));
    const start = `${startYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const end = `${startYear + random.int(1, 4)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    out.push({
      code: `HY2020-${level === 'provincial' ? 'S' : 'M'}${String(index + 1).padStart(3, '0')}`,
      name,
      level,
      regionCode: unit.code,
      ownerUnit:
        named?.owner ??
        `${unit.short.replace(/县$/, '')}${random.pick(['城市建设投资', '产业发展', '交通建设投资', '国有资产经营'])}有限公司`,
      category: theme.category,
      totalInvestment: amount(total),
      annualPlannedInvestment: amount(total * random.next() * 0.35 + total * 0.05),
      plannedStart: start,
      plannedEnd: end,
      stage,
    });
  }
  return out;
}
