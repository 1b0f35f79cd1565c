/** GB/T 4754-2017 divisions of the industrial sections B, C and D (the 规上工业 scope). */
export const industrySections = {
  B: '采矿业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
} as const;

export type IndustrySection = keyof typeof industrySections;

export interface IndustryDivision {
  code: string;
  name: string;
  section: IndustrySection;
}

const table: [IndustrySection, string, string][] = [
  ['B', '06', '煤炭开采和洗选业'],
  ['B', '07', '石油和天然气开采业'],
  ['B', '08', '黑色金属矿采选业'],
  ['B', '09', '有色金属矿采选业'],
  ['B', '10', '非金属矿采选业'],
  ['B', '11', '开采专业及辅助性活动'],
  ['B', '12', '其他采矿业'],
  ['C', '13', '农副食品加工业'],
  ['C', '14', '食品制造业'],
  ['C', '15', '酒、饮料和精制茶制造业'],
  ['C', '16', '烟草制品业'],
  ['C', '17', '纺织业'],
  ['C', '18', '纺织服装、服饰业'],
  ['C', '19', '皮革、毛皮、羽毛及其制品和制鞋业'],
  ['C', '20', '木材加工和木、竹、藤、棕、草制品业'],
  ['C', '21', '家具制造业'],
  ['C', '22', '造纸和纸制品业'],
  ['C', '23', '印刷和记录媒介复制业'],
  ['C', '24', '文教、工美、体育和娱乐用品制造业'],
  ['C', '25', '石油、煤炭及其他燃料加工业'],
  ['C', '26', '化学原料和化学制品制造业'],
  ['C', '27', '医药制造业'],
  ['C', '28', '化学纤维制造业'],
  ['C', '29', '橡胶和塑料制品业'],
  ['C', '30', '非金属矿物制品业'],
  ['C', '31', '黑色金属冶炼和压延加工业'],
  ['C', '32', '有色金属冶炼和压延加工业'],
  ['C', '33', '金属制品业'],
  ['C', '34', '通用设备制造业'],
  ['C', '35', '专用设备制造业'],
  ['C', '36', '汽车制造业'],
  ['C', '37', '铁路、船舶、航空航天和其他运输设备制造业'],
  ['C', '38', '电气机械和器材制造业'],
  ['C', '39', '计算机、通信和其他电子设备制造业'],
  ['C', '40', '仪器仪表制造业'],
  ['C', '41', '其他制造业'],
  ['C', '42', '废弃资源综合利用业'],
  ['C', '43', '金属制品、机械和设备修理业'],
  ['D', '44', '电力、热力生产和供应业'],
  ['D', '45', '燃气生产和供应业'],
  ['D', '46', '水的生产和供应业'],
];

export const industryDivisions: IndustryDivision[] = table.map(([section, code, name]) => ({
  code: `${section}${code}`,
  name,
  section,
}));

/** Class names (4-digit) we name explicitly: the article's firms and the demo's common classes. */
export const industryClassNames: Record<string, string> = {
  C3211: '铜冶炼',
  C3212: '铅锌冶炼',
  C3251: '铜压延加工',
  C3011: '水泥制造',
  C3821: '变压器、整流器和电感器制造',
  C3976: '光电子器件制造',
  C1922: '皮箱、包(袋)制造',
  C1331: '食用植物油加工',
  C1711: '棉纺纱加工',
  C1811: '运动机织服装制造',
  C1819: '其他机织服装制造',
  C2614: '有机化学原料制造',
  C2710: '化学药品原料药制造',
  C3130: '钢压延加工',
  C3311: '金属结构制造',
  C3413: '内燃机及配件制造',
  C3511: '矿山机械制造',
  C3670: '汽车零部件及配件制造',
  C3831: '电线、电缆制造',
  C3981: '电阻电容电感元件制造',
  C3451: '轴承制造',
  C1391: '淀粉及淀粉制品制造',
  C1511: '酒精制造',
  C2231: '纸和纸板容器制造',
  C2927: '日用塑料制品制造',
  C3031: '粘土砖瓦及建筑砌块制造',
  B0610: '烟煤和无烟煤开采洗选',
  B0916: '铅锌矿采选',
  B1019: '粘土及其他土砂石开采',
  D4411: '火力发电',
  D4413: '水力发电',
  D4430: '热力生产和供应',
  D4610: '自来水生产和供应',
};

/** A class code is a section letter and 4 digits whose division (first 2 digits) exists in the section. */
export function findIndustryClass(code: string): { code: string; name: string; divisionName: string } | null {
  const normalised = code.trim().toUpperCase();
  const match = /^([BCD])(\d{2})(\d{2})$/.exec(normalised);
  if (!match) return null;
  const division = industryDivisions.find((d) => d.code === `${match[1]}${match[2]}`);
  if (!division) return null;
  return {
    code: normalised,
    name: industryClassNames[normalised] ?? division.name,
    divisionName: division.name,
  };
}
