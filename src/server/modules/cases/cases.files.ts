import type { CaseListQuery } from '../../../contracts/cases';
import {
  casePriorityLabels,
  caseSourceLabels,
  caseStateLabels,
  type CasePriority,
  type CaseSource,
  type CaseState,
} from '../../../domain/case-workflow';
import { shanghaiDate } from '../../../domain/dates';
import { percent } from '../../../domain/resumption';
import { endOfDay, workingDaysBetween } from '../../../domain/working-days';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, writeWorkbook } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { createCasesRepository, type CaseFilter, type CaseRow } from './cases.repository';
import type { CasesService } from './cases.service';

const lightLabel = { green: '绿灯', yellow: '黄灯', red: '红灯' } as const;
const shanghai = (d: Date | null) => (d ? formatShanghaiTime(d) : '');

export function createCasesFiles(platform: Platform, regions: RegionsService, cases: CasesService) {
  const { db, clock, audit } = platform;

  async function filterOf(query: Partial<CaseListQuery>): Promise<CaseFilter> {
    return {
      kind: query.kind,
      state: query.state,
      category: query.category,
      departmentId: query.department,
      regionCodes: query.region ? await regions.subtree(query.region) : undefined,
      from: query.from ? new Date(`${query.from}T00:00:00+08:00`) : undefined,
      to: query.to ? endOfDay(query.to) : undefined,
      q: query.q,
      overdueAt: query.light === 'red' ? clock.now() : undefined,
    };
  }

  return {
    /** The ledger (台账) of the filtered cases in Excel. */
    async ledgerXlsx(actor: Actor, query: Partial<CaseListQuery>, context: AuditContext) {
      const rows: CaseRow[] = [];
      for await (const row of createCasesRepository(db).iterate(
        cases.visibilityOf(actor),
        await filterOf(query),
      ))
        rows.push(row);
      const names = await cases.namesFor(rows);
      const buffer = await writeWorkbook<CaseRow>({
        sheetName: '问题台账',
        preamble: [
          '问题协调解决台账',
          `导出时间：${formatShanghaiTime(clock.now())}`,
          `共 ${rows.length} 件`,
        ],
        columns: [
          { header: '编号', width: 20, value: (r) => r.number },
          { header: '标题', width: 40, value: (r) => r.title },
          { header: '类别', value: (r) => r.category },
          { header: '紧急程度', value: (r) => casePriorityLabels[r.priority as CasePriority] },
          { header: '来源', value: (r) => caseSourceLabels[r.source as CaseSource] },
          { header: '区县', value: (r) => names.regions.get(r.regionCode) ?? r.regionCode },
          {
            header: '企业或项目',
            width: 30,
            value: (r) =>
              (r.enterpriseId
                ? names.subjects.get(`enterprise:${r.enterpriseId}`)
                : r.projectId
                  ? names.subjects.get(`project:${r.projectId}`)
                  : '') ?? '',
          },
          { header: '提出人', value: (r) => r.requesterName },
          {
            header: '牵头单位',
            width: 22,
            value: (r) => (r.leadDepartmentId ? (names.departments.get(r.leadDepartmentId) ?? '') : ''),
          },
          { header: '状态', value: (r) => caseStateLabels[r.state as CaseState] },
          {
            header: '时限灯',
            value: (r) => {
              const l = cases.lights(r);
              const light = l.acceptLight ?? l.resolveLight;
              return light ? lightLabel[light] : '';
            },
          },
          { header: '提出时间', width: 20, value: (r) => shanghai(r.createdAt) },
          { header: '签收期限', width: 20, value: (r) => shanghai(r.acceptDeadline) },
          { header: '办结期限', width: 20, value: (r) => shanghai(r.resolveDeadline) },
          { header: '办结时间', width: 20, value: (r) => shanghai(r.resolvedAt) },
          { header: '销号时间', width: 20, value: (r) => shanghai(r.closedAt) },
          { header: '评价', value: (r) => r.rating ?? '' },
          { header: '办理结果', width: 50, value: (r) => r.resolution ?? '' },
        ],
        rows,
      });
      await audit.record(db, context, {
        action: 'case.exported',
        entityType: 'case',
        summary: `导出问题台账 ${rows.length} 件`,
      });
      return buffer;
    },

    /** Received, on-time acceptance and resolution, working days to resolve, satisfaction: per department or category. */
    async stats(
      actor: Actor,
      query: {
        from?: string | undefined;
        to?: string | undefined;
        region?: string | undefined;
        by: 'department' | 'category';
      },
    ) {
      const filter = await filterOf({ from: query.from, to: query.to, region: query.region });
      const groups = new Map<string, CaseRow[]>();
      for await (const row of createCasesRepository(db).iterate(cases.visibilityOf(actor), filter)) {
        const key = query.by === 'category' ? row.category : String(row.leadDepartmentId ?? '');
        if (!key) continue;
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      const names = await cases.namesFor([]);
      const rows = [...groups.entries()].map(([key, list]) => {
        const accepted = list.filter((r) => r.acceptedAt);
        const acceptedOnTime = accepted.filter((r) => r.acceptDeadline && r.acceptedAt! <= r.acceptDeadline);
        const resolved = list.filter((r) => r.resolvedAt);
        const resolvedOnTime = resolved.filter(
          (r) => r.resolveDeadline && r.resolvedAt! <= r.resolveDeadline,
        );
        const days = resolved
          .filter((r) => r.assignedAt)
          .map((r) => workingDaysBetween(shanghaiDate(r.assignedAt!), shanghaiDate(r.resolvedAt!)));
        // 满意率: ratings of 4–5 stars among the rated cases (3 is 基本满意); an unrated confirmation counts by its choice.
        const rated = list.filter((r) => r.satisfied !== null);
        const isSatisfied = (r: CaseRow) => (r.rating !== null ? r.rating >= 4 : r.satisfied === true);
        const open = list.filter((r) => !r.closedAt);
        const red = open.filter((r) => {
          const l = cases.lights(r);
          return l.acceptLight === 'red' || l.resolveLight === 'red';
        });
        return {
          key,
          label: query.by === 'category' ? key : (names.departments.get(Number(key)) ?? key),
          received: list.length,
          accepted: accepted.length,
          acceptedOnTimeRate: percent(acceptedOnTime.length, accepted.length),
          resolved: resolved.length,
          resolvedOnTimeRate: percent(resolvedOnTime.length, resolved.length),
          averageWorkingDaysToResolve:
            days.length > 0
              ? percent(
                  days.reduce((a, b) => a + b, 0),
                  days.length * 100,
                )
              : null,
          rated: rated.length,
          satisfactionRate: percent(rated.filter(isSatisfied).length, rated.length),
          open: open.length,
          red: red.length,
        };
      });
      return { rows: rows.sort((a, b) => b.received - a.received) };
    },
  };
}

export type CasesFiles = ReturnType<typeof createCasesFiles>;
