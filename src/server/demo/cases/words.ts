import { hengyangRegions } from '../../../domain/reference/hengyang';
import type { Random } from '../random';

// Names, places and materials the texts and people are made of.

export const surnames = '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭罗梁宋郑谢唐邓曾彭谭廖邹蒋欧阳贺龙'.split('');
export const givenChars = '伟芳敏静丽强磊军洋勇艳杰涛明超霞平刚华兰红建国志文斌辉鹏飞春梅海燕峰东'.split('');

export function personName(r: Random): string {
  return r.pick(surnames) + r.pick(givenChars) + (r.chance(0.6) ? r.pick(givenChars) : '');
}

export const banks = [
  '工商银行',
  '农业银行',
  '中国银行',
  '建设银行',
  '邮储银行',
  '华融湘江银行',
  '衡阳农商银行',
];
export const provinces = ['广东', '广西', '贵州', '江西', '四川', '云南', '重庆'];
export const supplierPlaces = [
  '广东佛山',
  '浙江宁波',
  '江苏无锡',
  '江西赣州',
  '湖北孝感',
  '广西柳州',
  '湖南株洲',
  '湖南长沙',
];

/** The main materials a firm of a kind buys, by a word of its name. */
export const materialsByWord: [RegExp, string][] = [
  [/铜/, '电解铜、铜精矿'],
  [/冶炼|有色/, '铅锌精矿、焦炭'],
  [/水泥/, '燃煤、石膏'],
  [/建材/, '水泥、砂石'],
  [/油脂|茶油/, '油茶籽、包装瓶'],
  [/食品|农产品/, '面粉、包装材料'],
  [/酒业/, '高粱、包装瓶'],
  [/纺织|棉纺/, '棉花、涤纶短纤'],
  [/服饰|制衣/, '面料、辅料'],
  [/箱包|皮具/, '皮革、拉链'],
  [/包装|纸业/, '原纸、油墨'],
  [/化工/, '硫酸、纯碱'],
  [/药/, '原料药、药用辅料'],
  [/塑/, '聚丙烯颗粒'],
  [/钢结构/, '型钢、钢板'],
  [/钢/, '钢坯、废钢'],
  [/电缆|线缆/, '铜杆、绝缘料'],
  [/电气|变压器/, '硅钢片、铜线'],
  [/电子|光电/, '芯片、电子元器件'],
  [/汽/, '铝锭、钢材'],
  [/机械|重工|动力/, '钢板、轴承'],
  [/煤|矿/, '炸药、钢丝绳'],
  [/石业|砂石/, '炸药、配件'],
];

export function materialsOf(name: string): string {
  for (const [pattern, materials] of materialsByWord) if (pattern.test(name)) return materials;
  return '原辅材料';
}

export const tollStations: Record<string, string> = {
  '430405': '衡阳东',
  '430406': '衡阳南',
  '430407': '衡阳北',
  '430408': '衡阳西',
  '430412': '南岳',
  '430421': '西渡',
  '430422': '衡南',
  '430423': '衡山',
  '430424': '衡东',
  '430426': '祁东',
  '430481': '耒阳',
  '430482': '常宁',
  '430471': '衡阳南',
  '430472': '衡阳西',
  '430473': '衡阳北',
};

export const regionByCode = new Map(hengyangRegions.map((r) => [r.code, r]));

/** 常宁市 → 常宁, 衡南县 → 衡南, 衡阳县 stays, 湖南衡阳高新技术产业园区 → 高新区. */
export function unitShortName(code: string): string | null {
  const region = regionByCode.get(code);
  if (!region || region.kind === 'city') return null;
  if (region.kind === 'park')
    return region.name.includes('高新') ? '高新区' : region.name.includes('松木') ? '松木' : '综保区';
  if (region.name === '衡阳县') return '衡阳县';
  return region.name.replace(/[市县区]$/, '');
}

/** A firm's or site's short name for titles: 常宁市隆源铜业有限公司 → 隆源铜业. */
export function shortName(kind: 'enterprise' | 'project', name: string): string {
  if (kind === 'project') return name.replace(/项目$/, '');
  let short = name
    .replace(/(股份有限公司|有限责任公司|有限公司|公司)$/, '')
    .replace(/（[^）]*）/g, '')
    .replace(/^(湖南省|湖南|衡阳市|衡阳)/, '');
  for (const region of hengyangRegions) {
    if (region.kind === 'park' || region.kind === 'city') continue;
    const unit = region.name.replace(/[市县区]$/, '');
    if (short.startsWith(region.name)) short = short.slice(region.name.length);
    else if (short.startsWith(unit) && short.length > unit.length + 2) short = short.slice(unit.length);
  }
  return short.length >= 2 ? short : name;
}
