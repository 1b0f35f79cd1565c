import type { z } from 'zod';
import type { reportRevisionSchema } from '../../../../contracts/reports';
import { preventionItems, preventionLabels, reportStatusLabels } from '../../../../domain/resumption';

export type Revision = z.infer<typeof reportRevisionSchema>;

const text = (value: string | number | null) => (value === null || value === '' ? '（空）' : String(value));

/** What one revision changed against the one before, in words (状态 已复工 → 部分复工). */
export function describeChanges(previous: Revision, next: Revision): string[] {
  const out: string[] = [];
  if (previous.status !== next.status)
    out.push(`状态 ${reportStatusLabels[previous.status]} → ${reportStatusLabels[next.status]}`);
  const numbers: [string, keyof Revision, string][] = [
    ['职工总数', 'workforce', '人'],
    ['在岗人数', 'onDuty', '人'],
    ['产能利用率', 'capacityPct', '%'],
    ['在场施工人数', 'workersOnSite', '人'],
    ['本月完成投资', 'investmentThisMonth', '万元'],
  ];
  for (const [label, key, unit] of numbers) {
    const a = previous[key] as string | number | null;
    const b = next[key] as string | number | null;
    if (a !== b)
      out.push(
        `${label} ${a === null ? '（空）' : `${a}${unit}`} → ${b === null ? '（空）' : `${b}${unit}`}`,
      );
  }
  for (const item of preventionItems) {
    if (previous.prevention[item] !== next.prevention[item])
      out.push(`${preventionLabels[item]} ${next.prevention[item] ? '已落实' : '改为未落实'}`);
  }
  if (previous.difficulty !== next.difficulty)
    out.push(`主要困难 ${text(previous.difficulty)} → ${text(next.difficulty)}`);
  if (previous.note !== next.note) out.push(`备注 ${text(previous.note)} → ${text(next.note)}`);
  return out;
}
