import type { CategoryFiguresDto } from '../../../contracts/dashboard';
import {
  categoryLabels,
  reportStatusLabels,
  resumptionCategories,
  type ReportStatus,
} from '../../../domain/resumption';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, writeWorkbook, type SheetColumn } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import { buildDailyBrief, type BriefLaggard } from './dashboard.brief';
import type { DashboardService } from './dashboard.service';
import type { SubjectKind } from '../../../domain/subjects';

type Row = { regionName: string; categories: CategoryFiguresDto[] };

const rate = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);

function figureColumns(): SheetColumn<Row>[] {
  const columns: SheetColumn<Row>[] = [{ header: '区县', width: 26, value: (r) => r.regionName }];
  for (const category of resumptionCategories) {
    const label = categoryLabels[category];
    const of = (r: Row) => r.categories.find((c) => c.category === category)!;
    columns.push(
      { header: `${label}总数`, value: (r) => of(r).total },
      { header: `${label}已复工`, value: (r) => of(r).resumed },
      { header: `${label}部分复工`, value: (r) => of(r).partial },
      { header: `${label}未复工`, value: (r) => of(r).notResumed },
      { header: `${label}未报送`, value: (r) => of(r).notReported },
      { header: `${label}不适用`, value: (r) => of(r).notApplicable },
      { header: `${label}复工率`, value: (r) => rate(of(r).resumptionRate) },
      { header: `${label}到岗率`, value: (r) => rate(of(r).workforceReturnRate) },
      { header: `${label}报送率`, value: (r) => rate(of(r).completenessRate) },
    );
  }
  return columns;
}

export function createDashboardFiles(platform: Platform, dashboard: DashboardService) {
  const { clock, audit, db } = platform;

  return {
    async figuresXlsx(
      actor: Actor,
      query: { date?: string | undefined; region?: string | undefined },
      context: AuditContext,
    ) {
      const data = await dashboard.resumption(actor, query.date, query.region);
      const buffer = await writeWorkbook<Row>({
        sheetName: '复工复产指标',
        preamble: [
          `${data.regionName}复工复产指标（${data.date}）`,
          `导出时间：${formatShanghaiTime(clock.now())}`,
          '复工率 =（已复工 + 部分复工）÷ 适用对象；未复工、未报送、不适用分列',
        ],
        columns: figureColumns(),
        rows: [{ regionName: `${data.regionName}（合计）`, categories: data.categories }, ...data.byRegion],
      });
      await audit.record(db, context, {
        action: 'dashboard.exported',
        entityType: 'dashboard',
        entityId: `${data.regionCode}:${data.date}`,
        summary: `导出 ${data.regionName} ${data.date} 复工复产指标`,
      });
      return { buffer, fileName: `复工复产指标-${data.regionName}-${data.date}.xlsx` };
    },

    async missingXlsx(
      actor: Actor,
      query: {
        date: string;
        region?: string | undefined;
        kind?: SubjectKind | undefined;
        category?: (typeof resumptionCategories)[number] | undefined;
      },
      context: AuditContext,
    ) {
      const list = await dashboard.missing(actor, query.date, query.region, query.kind, query.category);
      const { node } = await dashboard.resolveRegion(actor, query.region);
      type Item = (typeof list.items)[number];
      const buffer = await writeWorkbook<Item>({
        sheetName: '未报送清单',
        preamble: [
          `${node.name}未报送日报清单（${query.date}）`,
          `导出时间：${formatShanghaiTime(clock.now())}`,
          `共 ${list.total} 个`,
        ],
        columns: [
          { header: '区县', width: 20, value: (i) => i.regionName },
          {
            header: '类别',
            value: (i) => categoryLabels[i.category as keyof typeof categoryLabels] ?? i.category,
          },
          { header: '名称', width: 34, value: (i) => i.name },
          { header: '最近报送日期', value: (i) => i.lastReportDate ?? '从未报送' },
          {
            header: '最近状态',
            value: (i) => (i.lastStatus ? reportStatusLabels[i.lastStatus as ReportStatus] : '—'),
          },
          { header: '联络员', value: (i) => i.liaisonOfficer ?? '' },
          { header: '联络员电话', value: (i) => i.liaisonPhone ?? '' },
          { header: '企业联系人', value: (i) => i.contactName ?? '' },
          { header: '联系电话', value: (i) => i.contactPhone ?? '' },
        ],
        rows: list.items,
      });
      await audit.record(db, context, {
        action: 'dashboard.missing_exported',
        entityType: 'dashboard',
        entityId: `${node.code}:${query.date}`,
        summary: `导出 ${node.name} ${query.date} 未报送清单（${list.total} 个）`,
      });
      return { buffer, fileName: `未报送清单-${node.name}-${query.date}.xlsx` };
    },

    /** The day's brief as an editable Word document in official style. */
    async briefDocx(
      actor: Actor,
      query: { date?: string | undefined; region?: string | undefined },
      context: AuditContext,
    ) {
      const data = await dashboard.resumption(actor, query.date, query.region);
      const laggards: BriefLaggard[] = [];
      for (const category of resumptionCategories) {
        const { items } = await dashboard.subjectStatuses(actor, data.date, data.regionCode, category);
        for (const item of items) {
          if (item.status !== 'not_resumed' && item.status !== 'not_reported') continue;
          laggards.push({
            name: item.name,
            regionName: item.regionName,
            categoryLabel: categoryLabels[category],
            statusLabel: item.status === 'not_reported' ? '未报送' : reportStatusLabels.not_resumed,
            note: item.difficulty ?? (item.reportDate ? `最近报送 ${item.reportDate}` : '从未报送'),
          });
        }
      }
      const buffer = await buildDailyBrief({
        issuer: '衡阳市发展和改革委员会',
        date: data.date,
        generatedAt: clock.now(),
        regionName: data.regionName,
        categories: data.categories,
        byRegion: data.byRegion.map((r) => ({ regionName: r.regionName, categories: r.categories })),
        laggards,
      });
      await audit.record(db, context, {
        action: 'dashboard.brief_exported',
        entityType: 'dashboard',
        entityId: `${data.regionCode}:${data.date}`,
        summary: `生成 ${data.regionName} ${data.date} 复工复产日报（Word）`,
      });
      return { buffer, fileName: `复工复产日报-${data.regionName}-${data.date}.docx` };
    },
  };
}

export type DashboardFiles = ReturnType<typeof createDashboardFiles>;
