import type { CaseListQuery } from '../../../contracts/cases';
import type { CaseKind } from '../../../domain/cases/case-kind';
import { kindOf } from '../../../domain/cases/kinds';
import { casePriorityLabels, type CasePriority } from '../../../domain/cases/workflow';
import { shanghaiDate } from '../../../domain/dates';
import { percent } from '../../../domain/resumption';
import { subjectKey, subjectOf } from '../../../domain/subjects';
import { workingDaysBetween } from '../../../domain/working-days';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, writeWorkbook } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import type { UsersService } from '../users/index';
import { createCasesRepository, type CaseRow } from './cases.repository';
import type { CasesService } from './cases.service';
import { leadUnitOf } from './use-cases/case-access';
import { stateLabelOf, unitNameOf } from './use-cases/case-views';
import { casesDeps } from './use-cases/deps';
import { filterOf } from './use-cases/list-cases';

const unitOfKey = (key: string) => {
  return key.startsWith('region:')
    ? { type: 'region' as const, code: key.slice('region:'.length) }
    : { type: 'department' as const, id: Number(key) };
};
const lightLabel = { green: '绿灯', yellow: '黄灯', red: '红灯' } as const;
const shanghai = (d: Date | null) => (d ? formatShanghaiTime(d) : '');

/** The ledger in Excel and the statistics, of one kind (or every kind, for the ledger). */
export function createCasesFiles(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  users: UsersService,
  cases: CasesService,
) {
  const { db, clock, audit } = platform;
  const deps = casesDeps(platform, regions, subjects, users);

  return {
    /** The ledger (台账) of the filtered cases in Excel. */
    async ledgerXlsx(actor: Actor, query: Partial<CaseListQuery>, context: AuditContext) {
      const rows: CaseRow[] = [];
      for await (const row of createCasesRepository(db).iterate(
        cases.visibilityOf(actor),
        await filterOf(deps, query),
      ))
        rows.push(row);
      const names = await cases.namesFor(rows);
      const label = query.kind ? kindOf(query.kind).label : '事项';
      const buffer = await writeWorkbook<CaseRow>({
        sheetName: `${label}台账`,
        preamble: [
          query.kind === 'problem' ? '问题协调解决台账' : `${label}台账`,
          `导出时间：${formatShanghaiTime(clock.now())}`,
          `共 ${rows.length} 件`,
        ],
        columns: [
          { header: '编号', width: 20, value: (r) => r.number },
          { header: '标题', width: 40, value: (r) => r.title },
          { header: '类别', value: (r) => r.category },
          { header: '紧急程度', value: (r) => casePriorityLabels[r.priority as CasePriority] },
          {
            header: '来源',
            value: (r) => kindOf(r.kind).sources.find((x) => x.code === r.source)?.label ?? r.source,
          },
          { header: '区县', value: (r) => names.regions.get(r.regionCode) ?? r.regionCode },
          {
            header: '企业或项目',
            width: 30,
            value: (r) => {
              const subject = subjectOf(r);
              return (subject ? names.subjects.get(subjectKey(subject)) : '') ?? '';
            },
          },
          { header: '提出人', value: (r) => r.requesterName },
          {
            header: '牵头单位',
            width: 22,
            value: (r) => {
              const lead = leadUnitOf(r);
              return lead ? (unitNameOf(names, lead) ?? '') : '';
            },
          },
          { header: '状态', value: (r) => stateLabelOf(r.kind, r.state) },
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
          { header: '类型', value: (r) => kindOf(r.kind).label },
          {
            header: '销号方式',
            value: (r) => (r.closedAs ? (kindOf(r.kind).closedAsLabels[r.closedAs] ?? '') : ''),
          },
        ],
        rows,
      });
      await audit.record(db, context, {
        action: 'case.exported',
        entityType: 'case',
        summary: `导出${label}台账 ${rows.length} 件`,
      });
      return buffer;
    },

    /** Received, on-time acceptance and resolution, working days to resolve, satisfaction: per department or category. */
    async stats(
      actor: Actor,
      query: {
        kind: CaseKind;
        from?: string | undefined;
        to?: string | undefined;
        region?: string | undefined;
        by: 'department' | 'category';
      },
    ) {
      const filter = await filterOf(deps, {
        kind: query.kind,
        from: query.from,
        to: query.to,
        region: query.region,
      });
      const groups = new Map<string, CaseRow[]>();
      for await (const row of createCasesRepository(db).iterate(cases.visibilityOf(actor), filter)) {
        const lead = leadUnitOf(row);
        // A department's key stays its id (the web links it to the ledger's department filter).
        const unit = lead ? (lead.type === 'department' ? String(lead.id) : `region:${lead.code}`) : '';
        const key = query.by === 'category' ? row.category : unit;
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
          label: query.by === 'category' ? key : (unitNameOf(names, unitOfKey(key)) ?? key),
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
