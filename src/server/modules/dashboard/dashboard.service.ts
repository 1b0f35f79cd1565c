import type { CategoryFiguresDto, Resumption } from '../../../contracts/dashboard';
import { addDays, shanghaiDate } from '../../../domain/dates';
import { hasPermission } from '../../../domain/permissions';
import { maskPhone } from '../../../domain/registry';
import type { RegionNode } from '../../../domain/regions';
import {
  addCounts,
  categoryOfProjectLevel,
  computeFigures,
  emptyCounts,
  resumptionCategories,
  type CategoryCounts,
  type ResumptionCategory,
} from '../../../domain/resumption';
import type { Actor } from '../../platform/access';
import { fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { LiaisonService } from '../liaison/index';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import {
  countsOf,
  createReportsRepository,
  createSummariesRepository,
  type ReportRow,
  type SummaryRow,
} from '../reports/index';
import { subjectKey, type SubjectKind } from '../../../domain/subjects';

/** counts[regionCode][category] */
type CountsByRegion = Map<string, Map<string, CategoryCounts>>;

function bucket(map: CountsByRegion, region: string, category: string): CategoryCounts {
  let byCategory = map.get(region);
  if (!byCategory) map.set(region, (byCategory = new Map()));
  let counts = byCategory.get(category);
  if (!counts) byCategory.set(category, (counts = { ...emptyCounts }));
  return counts;
}

function add(map: CountsByRegion, region: string, category: string, delta: Partial<CategoryCounts>) {
  const target = bucket(map, region, category);
  for (const [key, value] of Object.entries(delta) as [keyof CategoryCounts, number][]) target[key] += value;
}

/** A carried report's share of the counts (the same rules as the summary upkeep), to take closed subjects out. */
function countsOfReport(r: ReportRow): Partial<CategoryCounts> {
  const isCapacity =
    r.category === 'enterprise' &&
    (r.status === 'resumed' || r.status === 'partial') &&
    r.capacityPct !== null;
  const pct = r.capacityPct ?? 0;
  return {
    resumed: r.status === 'resumed' ? 1 : 0,
    partial: r.status === 'partial' ? 1 : 0,
    notResumed: r.status === 'not_resumed' ? 1 : 0,
    suspended: r.status === 'suspended' ? 1 : 0,
    workforce: r.workforce,
    onDuty: r.onDuty,
    capacitySum: isCapacity ? pct : 0,
    capacityCount: isCapacity ? 1 : 0,
    capacityHigh: isCapacity && pct >= 80 ? 1 : 0,
    capacityMiddle: isCapacity && pct >= 50 && pct < 80 ? 1 : 0,
    capacityLow: isCapacity && pct < 50 ? 1 : 0,
  };
}

export function createDashboardService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  liaison: LiaisonService,
) {
  const { db, clock } = platform;
  const summaries = createSummariesRepository(db);
  const reportsRepo = createReportsRepository(db);
  const today = () => shanghaiDate(clock.now());

  /** The region asked for, within the caller's scope (404 outside it), and its subtree. */
  async function resolveRegion(
    actor: Actor,
    region: string | undefined,
  ): Promise<{ node: RegionNode; codes: string[] }> {
    const code = region ?? actor.scope.regionCode;
    const node = await regions.find(code);
    if (!node || !actor.scope.regionCodes.includes(code)) throw notFound('区划');
    return { node, codes: await regions.subtree(code) };
  }

  async function resolveDate(date: string | undefined): Promise<string> {
    if (date) {
      if (date > today()) throw fieldError('date', '不能查看未来日期');
      return date;
    }
    const latest = await reportsRepo.latestDate();
    return latest && latest <= today() ? latest : today();
  }

  /** Counts per leaf region and category on `date`: summaries + registry totals − closed subjects' carry. */
  async function countsOn(
    date: string,
    codes: readonly string[],
    summaryRows?: { rows: SummaryRow[]; isSameDay: boolean },
  ): Promise<CountsByRegion> {
    const map: CountsByRegion = new Map();
    const { rows, isSameDay } = summaryRows ?? (await summaries.readDay(date, codes));
    const reportedContinuous = new Map<string, number>();
    for (const row of rows) {
      add(map, row.regionCode, row.category, countsOf(row, isSameDay));
      reportedContinuous.set(
        row.regionCode,
        (reportedContinuous.get(row.regionCode) ?? 0) +
          (row.category === 'enterprise' ? row.reportedContinuous : 0),
      );
    }
    const closed = await subjects.closedBy(codes, date);
    if (closed.length > 0) {
      const carried = await reportsRepo.effectiveOf(
        closed.map((c) => ({ subjectKind: c.kind, subjectId: c.id })),
        date,
      );
      for (const r of carried) {
        const share = countsOfReport(r);
        add(
          map,
          r.regionCode,
          r.category,
          Object.fromEntries(Object.entries(share).map(([k, v]) => [k, -v])),
        );
        if (r.isContinuous && r.category === 'enterprise')
          reportedContinuous.set(r.regionCode, (reportedContinuous.get(r.regionCode) ?? 0) - 1);
      }
    }
    for (const c of await subjects.countByRegion(codes, date)) {
      const category = c.level === 'enterprise' ? 'enterprise' : categoryOfProjectLevel(c.level);
      const continuousUnreported =
        c.level === 'enterprise'
          ? Math.max(0, c.continuousActive - (reportedContinuous.get(c.regionCode) ?? 0))
          : 0;
      add(map, c.regionCode, category, { total: c.total, inactive: c.inactive, continuousUnreported });
    }
    return map;
  }

  function sumOver(map: CountsByRegion, codes: readonly string[], category: string): CategoryCounts {
    let total = { ...emptyCounts };
    for (const code of codes) {
      const counts = map.get(code)?.get(category);
      if (counts) total = addCounts(total, counts);
    }
    return total;
  }

  function figuresOf(map: CountsByRegion, codes: readonly string[]): CategoryFiguresDto[] {
    return resumptionCategories.map((category) => ({
      category,
      ...computeFigures(sumOver(map, codes, category)),
    }));
  }

  return {
    resolveRegion,
    resolveDate,
    today,

    /** The day's figures for a region and, row by row, for each unit directly under it. */
    async resumption(actor: Actor, dateParam?: string, region?: string): Promise<Resumption> {
      const { node, codes } = await resolveRegion(actor, region);
      const date = await resolveDate(dateParam);
      const map = await countsOn(date, codes);
      const tree = await regions.tree();
      const children = tree.filter(
        (n) => n.parentCode === node.code && actor.scope.regionCodes.includes(n.code),
      );
      const byRegion = await Promise.all(
        children.map(async (child) => ({
          regionCode: child.code,
          regionName: child.name,
          hasChildren: tree.some((n) => n.parentCode === child.code),
          categories: figuresOf(map, await regions.subtree(child.code)),
        })),
      );
      const latest = await reportsRepo.latestDate();
      return {
        date,
        regionCode: node.code,
        regionName: node.name,
        latestDate: latest ?? null,
        categories: figuresOf(map, codes),
        byRegion,
      };
    },

    /** Figures per day over a range (at most 92 days), statuses carried forward. */
    async trend(actor: Actor, from: string, to: string, region?: string) {
      const { node, codes } = await resolveRegion(actor, region);
      if (from > to) throw fieldError('from', '开始日期不能晚于结束日期');
      if (to > today()) throw fieldError('to', '不能查看未来日期');
      if (addDays(from, 92) < to) throw fieldError('from', '时间跨度不能超过 92 天');
      const rows = await summaries.readRange(from, to, codes);
      const days = [...new Set(rows.map((r) => r.summaryDate))].sort();
      const points = [];
      for (let date = from; date <= to; date = addDays(date, 1)) {
        const day = days.filter((d) => d <= date).at(-1);
        const dayRows = day ? rows.filter((r) => r.summaryDate === day) : [];
        const map = await countsOn(date, codes, { rows: dayRows, isSameDay: day === date });
        points.push({ date, categories: figuresOf(map, codes) });
      }
      return { regionCode: node.code, points };
    },

    /** Subjects in a region with their carried status on `date` (the dashboard's drill-down). */
    async subjectStatuses(
      actor: Actor,
      date: string,
      region: string,
      category: ResumptionCategory,
      status?: string,
    ) {
      const { codes } = await resolveRegion(actor, region);
      if (date > today()) throw fieldError('date', '不能查看未来日期');
      const level =
        category === 'enterprise'
          ? 'enterprise'
          : category === 'provincial_project'
            ? 'provincial'
            : 'municipal';
      const list = await subjects.listActive(
        actor.scope,
        codes,
        date,
        category === 'enterprise' ? 'enterprise' : 'project',
        level,
      );
      const effective = new Map(
        (await reportsRepo.effectiveInRegions(codes, date)).map((r) => [
          subjectKey({ kind: r.subjectKind, id: r.subjectId }),
          r,
        ]),
      );
      const names = new Map((await regions.tree()).map((n) => [n.code, n.name]));
      const items = list.map((s) => {
        const r = effective.get(subjectKey(s));
        const derived = r ? r.status : s.isContinuous ? 'resumed' : 'not_reported';
        return {
          kind: s.kind,
          id: s.id,
          name: s.name,
          regionCode: s.regionCode,
          regionName: names.get(s.regionCode) ?? s.regionCode,
          status: derived as never,
          reportDate: r?.reportDate ?? null,
          workforce: r?.workforce ?? null,
          onDuty: r?.onDuty ?? null,
          capacityPct: r?.capacityPct ?? null,
          isLate: r ? r.reportDate === date && r.isLate : null,
          difficulty: r?.difficulty ?? null,
        };
      });
      return { items: status ? items.filter((i) => i.status === status) : items };
    },

    /** Active subjects with no report dated `date`, with their contacts (masked per role). */
    async missing(
      actor: Actor,
      date: string,
      region?: string,
      kind?: SubjectKind,
      category?: ResumptionCategory,
    ) {
      const { codes } = await resolveRegion(actor, region);
      if (date > today()) throw fieldError('date', '不能查看未来日期');
      const level =
        category === 'enterprise'
          ? 'enterprise'
          : category === 'provincial_project'
            ? 'provincial'
            : category === 'municipal_project'
              ? 'municipal'
              : undefined;
      const list = await subjects.listActive(actor.scope, codes, date, kind, level);
      const reported = await reportsRepo.reportedOn(codes, date);
      const effective = new Map(
        (await reportsRepo.effectiveInRegions(codes, date)).map((r) => [
          subjectKey({ kind: r.subjectKind, id: r.subjectId }),
          r,
        ]),
      );
      const names = new Map((await regions.tree()).map((n) => [n.code, n.name]));
      const canSeeContact = hasPermission(actor.role, 'registry.contact.view');
      const unreported = list.filter((s) => !reported.has(subjectKey(s)));
      const officers = await liaison.primaryOfficersOf(unreported);
      const items = unreported
        .map((s) => {
          const last = effective.get(subjectKey(s));
          const officer = officers.get(subjectKey(s));
          return {
            kind: s.kind,
            id: s.id,
            name: s.name,
            category: s.kind === 'enterprise' ? 'enterprise' : categoryOfProjectLevel(s.level),
            regionCode: s.regionCode,
            regionName: names.get(s.regionCode) ?? s.regionCode,
            lastReportDate: last?.reportDate ?? null,
            lastStatus: (last?.status as never) ?? null,
            liaisonOfficerId: officer?.id ?? null,
            liaisonOfficer: officer?.name ?? null,
            // Always masked: the full number is shown on request in the roster, where each viewing is audited.
            liaisonPhone: officer ? maskPhone(officer.mobile) : null,
            contactName: s.contactName,
            contactPhone: canSeeContact ? s.contactPhone : maskPhone(s.contactPhone),
          };
        })
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'));
      return { date, total: items.length, items };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
