import type { ProblemCategory, ProblemSource } from '../../../../domain/cases/problem';
import type { Random } from '../../random';
import { approvalsPoliciesOtherTexts } from './approvals-policies-other';
import { financeSuppliesEnergyTexts } from './finance-supplies-energy';
import { labourMaterialsLogisticsTexts } from './labour-materials-logistics';
import type { CategoryTexts, TextContext } from './wording';

export type { CategoryTexts, Template, TextContext, Wording } from './wording';

// Problems by category: texts, routing, urgency.

export const categoryTexts: Record<ProblemCategory, CategoryTexts> = {
  ...labourMaterialsLogisticsTexts,
  ...financeSuppliesEnergyTexts,
  ...approvalsPoliciesOtherTexts,
};

/** Problems outside government remit, closed by the dispatcher at the start (不予受理). */
export const outOfRemit: {
  category: ProblemCategory;
  text(c: TextContext): { title: string; description: string; reason: string };
}[] = [
  {
    category: '资金融资',
    text(c) {
      const owed = c.r.int(50, 600);
      return {
        title: `${c.short}：下游客户拖欠货款${owed}万元`,
        description: `${c.name}反映外省客户拖欠货款${owed}万元，请求政府出面催收。`,
        reason: '属企业之间的合同纠纷，不属于政府协调职能范围，已告知企业通过协商、仲裁或诉讼途径解决',
      };
    },
  },
  {
    category: '政策兑现',
    text(c) {
      return {
        title: `${c.short}：要求私人房东减免租金`,
        description: `${c.name}租用的厂房为私人物业，请求政府要求房东减免疫情期间租金。`,
        reason: '厂房为非国有物业，租金减免由租赁双方协商，不属于政府协调范围，已向企业解读相关鼓励政策',
      };
    },
  },
  {
    category: '用工',
    text(c) {
      return {
        title: `${c.short}：员工要求支付隔离期工资`,
        description: `${c.name}部分员工要求企业支付隔离期间全额工资，双方意见分歧，请求政府裁定。`,
        reason: '属劳动关系双方的争议，已告知企业和员工可向劳动人事争议仲裁委员会申请调解，不作为问题交办',
      };
    },
  },
];

// Category shares early (first week) and late (last week) in the period, interpolated in between.
export const categoryWeights: Record<ProblemCategory, [number, number]> = {
  用工: [22, 15],
  原材料供应: [12, 12],
  物流运输: [15, 7],
  资金融资: [9, 16],
  防疫物资: [18, 5],
  能源要素保障: [7, 10],
  审批手续: [6, 11],
  政策兑现: [4, 16],
  其他: [7, 8],
};

export const sourceWeights: Record<ProblemSource, number> = {
  enterprise: 40,
  liaison_visit: 22,
  daily_report: 16,
  dispatcher: 12,
  hotline_12345: 10,
};

/** City department suffix → a county-level unit's own bureau suffix. */
export const countyCounterpart: Record<string, string> = {
  fgw: 'fgj',
  gxj: 'gxj',
  rsj: 'rsj',
  jtj: 'jtj',
  swj: 'swj',
  czj: 'czj',
  wjw: 'wjj',
  zrj: 'zrj',
  scjg: 'scjg',
  yjj: 'yjj',
};

export function pickWeighted<T>(r: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((a, [, w]) => a + w, 0);
  let roll = r.next() * total;
  for (const [item, weight] of entries) {
    roll -= weight;
    if (roll <= 0) return item;
  }
  return entries.at(-1)![0];
}
