import type { Report, ReportInput } from '../../../contracts/reports';
import { addDays, shanghaiDate } from '../../../domain/dates';
import { hasPermission } from '../../../domain/permissions';
import {
  categoryOfProjectLevel,
  isLate,
  isLocked,
  preventionItems,
  reportDeadline,
  type ReportCalendar,
} from '../../../domain/resumption';
import { roleLabels, type Role } from '../../../domain/roles';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import type { Db } from '../../platform/db/client';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectKind, SubjectRow, SubjectsService } from '../registry/index';
import { createReportsRepository, type ReportRow, type RevisionRow } from './reports.repository';
import { contributionOf, createSummariesRepository } from './summaries.repository';
import { subjectKey, subjectKindLabels, subjectOf } from '../../../domain/subjects';

export interface FileResult {
  report: Report;
  outcome: 'created' | 'replaced' | 'identical';
}

/** The fields that make up a report's content: two bodies with the same values are the same report. */
function bodyOf(input: ReportInput, kind: SubjectKind) {
  return {
    status: input.status,
    workforce: input.workforce,
    onDuty: input.onDuty,
    capacityPct: kind === 'enterprise' ? (input.capacityPct ?? null) : null,
    workersOnSite: kind === 'project' ? (input.workersOnSite ?? null) : null,
    investmentThisMonth:
      kind === 'project' && input.investmentThisMonth ? Number(input.investmentThisMonth).toFixed(2) : null,
    prevention: input.prevention,
    difficulty: input.difficulty || null,
    note: input.note || null,
  };
}
type Body = ReturnType<typeof bodyOf>;

function bodyOfRow(row: ReportRow): Body {
  return {
    status: row.status as Body['status'],
    workforce: row.workforce,
    onDuty: row.onDuty,
    capacityPct: row.capacityPct,
    workersOnSite: row.workersOnSite,
    investmentThisMonth: row.investmentThisMonth,
    prevention: row.prevention as Body['prevention'],
    difficulty: row.difficulty,
    note: row.note,
  };
}

/** Field by field: jsonb does not keep key order, so the prevention check is compared item by item. */
function sameBody(a: Body, b: Body): boolean {
  const scalar = [
    'status',
    'workforce',
    'onDuty',
    'capacityPct',
    'workersOnSite',
    'investmentThisMonth',
    'difficulty',
    'note',
  ] as const;
  return (
    scalar.every((k) => a[k] === b[k]) &&
    preventionItems.every((item) => a.prevention[item] === b.prevention[item])
  );
}

export function toReportDto(row: ReportRow, subjectName: string): Report {
  return {
    subjectKind: row.subjectKind as SubjectKind,
    subjectId: row.subjectId,
    subjectName,
    regionCode: row.regionCode,
    date: row.reportDate,
    ...bodyOfRow(row),
    isLate: row.isLate,
    revision: row.revision,
    filedBy: row.filedByName,
    filedByRole: roleLabels[row.filedByRole as Role] ?? row.filedByRole,
    isOnBehalf: row.isOnBehalf,
    filedAt: row.filedAt.toISOString(),
    firstFiledAt: row.firstFiledAt.toISOString(),
  };
}

export function createReportsService(platform: Platform, regions: RegionsService, subjects: SubjectsService) {
  const { db, clock, audit, config } = platform;
  const calendar: ReportCalendar = {
    deadlineDays: config.reportDeadlineDays,
    deadlineHour: config.reportDeadlineHour,
    lockDays: config.reportLockDays,
  };
  const today = () => shanghaiDate(clock.now());

  async function getSubject(actor: Actor, kind: SubjectKind, id: number, tx: Db = db): Promise<SubjectRow> {
    const subject = await subjects.find(actor.scope, kind, id, tx);
    if (!subject) throw notFound(subjectKindLabels[kind]);
    return subject;
  }

  /** Rules that do not depend on the stored report: dates, kind-specific fields, the lock window. */
  function checkInput(actor: Actor, subject: SubjectRow, date: string, input: ReportInput) {
    if (date > today()) throw fieldError('date', '不能填报未来日期的日报');
    if (date < subject.activeFrom)
      throw fieldError('date', `${subject.name}自 ${subject.activeFrom} 起纳入统计，之前的日期不能填报`);
    if (subject.closedAt && date >= subject.closedAt)
      throw new AppError('conflict', `${subject.name}已于 ${subject.closedAt} 关停或退出，不能再填报`);
    if (subject.kind === 'enterprise') {
      if (input.workersOnSite != null) throw fieldError('workersOnSite', '在场施工人数仅适用于项目');
      if (input.investmentThisMonth != null)
        throw fieldError('investmentThisMonth', '本月完成投资仅适用于项目');
      if ((input.status === 'resumed' || input.status === 'partial') && input.capacityPct == null) {
        throw fieldError('capacityPct', '已复工或部分复工的企业请填写产能利用率');
      }
    } else if (input.capacityPct != null) {
      throw fieldError('capacityPct', '产能利用率仅适用于企业');
    }
    if (isLocked(date, today(), calendar) && !hasPermission(actor.role, 'reports.unlock')) {
      throw new AppError('forbidden', `${calendar.lockDays} 天前的日报已锁定，如需更正请联系调度员`);
    }
  }

  /** Writes one report and keeps the summaries in step, inside the caller's transaction. */
  async function writeReport(
    tx: Db,
    actor: Actor,
    subject: SubjectRow,
    date: string,
    input: ReportInput,
    ifMatch: number | undefined,
    context: AuditContext,
  ): Promise<FileResult> {
    const repo = createReportsRepository(tx);
    const summaries = createSummariesRepository(tx);
    await summaries.lockShared();
    const key = { subjectKind: subject.kind, subjectId: subject.id };
    const existing = await repo.findForUpdate(key, date);
    if (ifMatch !== undefined && (existing?.revision ?? 0) !== ifMatch) {
      throw new AppError('stale_version', '该日报已被他人修改，请刷新后重试', {
        extra: { currentRevision: existing?.revision ?? 0 },
      });
    }
    const body = bodyOf(input, subject.kind);
    if (existing && sameBody(bodyOfRow(existing), body))
      return { report: toReportDto(existing, subject.name), outcome: 'identical' };
    const now = clock.now();
    const afterDeadline = isLate(date, now, calendar);
    if (existing && afterDeadline && !input.reason)
      throw fieldError('reason', '截止时间后修改日报须填写修改理由');
    const isOnBehalf =
      !(actor.scope.enterpriseId === subject.id && subject.kind === 'enterprise') &&
      !(actor.scope.projectId === subject.id && subject.kind === 'project');
    const filer = {
      filedByUserId: actor.userId,
      filedByName: actor.name,
      filedByRole: actor.role,
      isOnBehalf,
      filedAt: now,
    };
    const category = subject.kind === 'enterprise' ? 'enterprise' : categoryOfProjectLevel(subject.level);
    const revision = (existing?.revision ?? 0) + 1;
    const row: ReportRow = {
      ...key,
      reportDate: date,
      regionCode: subject.regionCode,
      category,
      isContinuous: subject.isContinuous,
      ...body,
      isLate: existing ? existing.isLate : afterDeadline,
      revision,
      ...filer,
      firstFiledAt: existing?.firstFiledAt ?? now,
    };
    const next = await repo.findNextDate(key, date);
    const previous = existing ? undefined : await repo.findPrevious(key, date);
    if (existing) await repo.replace(key, date, row);
    else await repo.insert(row);
    await repo.insertRevision({
      ...key,
      reportDate: date,
      revision,
      body,
      isLate: row.isLate,
      reason: input.reason || null,
      ...filer,
    });
    await audit.record(tx, context, {
      action: existing ? 'report.revised' : 'report.filed',
      entityType: subject.kind === 'enterprise' ? 'enterprise_report' : 'project_report',
      entityId: `${subject.id}:${date}`,
      summary: `${subject.name} ${date} 日报${existing ? `第 ${revision} 次修订` : '报送'}${row.isLate && !existing ? '（逾期）' : ''}${isOnBehalf ? `，${actor.name}代报` : ''}${input.reason ? `，理由：${input.reason}` : ''}`,
    });
    // The summary rows are shared by every subject of a region: update them last, so their row locks are held
    // only for the end of the transaction.
    const carried = existing ?? previous;
    await summaries.replaceCarry(
      date,
      next,
      carried ? contributionOf(carried) : undefined,
      contributionOf(row),
    );
    if (!existing) await summaries.addReceived(date, row.regionCode, row.category, !row.isLate);
    return { report: toReportDto(row, subject.name), outcome: existing ? 'replaced' : 'created' };
  }

  return {
    calendar,
    writeReport,
    checkInput,
    getSubject,

    /** PUT semantics: the same body twice is one report; a changed body is a new revision. */
    async file(
      actor: Actor,
      kind: SubjectKind,
      id: number,
      date: string,
      input: ReportInput,
      ifMatch: number | undefined,
      context: AuditContext,
    ): Promise<FileResult> {
      const subject = await getSubject(actor, kind, id);
      checkInput(actor, subject, date, input);
      // Only the first report of a new day needs the (exclusive) day creation; the check itself is cheap.
      if (((await createSummariesRepository(db).maxDate()) ?? '') < date) {
        await db.transaction((tx) => createSummariesRepository(tx).ensureDays(date));
      }
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.transaction((tx) => writeReport(tx, actor, subject, date, input, ifMatch, context));
        } catch (error) {
          // Two first filings of the same day at once: the loser retries and finds the winner's report.
          const code =
            (error as { code?: string; cause?: { code?: string } }).cause?.code ??
            (error as { code?: string }).code;
          if (code !== '23505' || attempt > 0) throw error;
        }
      }
    },

    async history(actor: Actor, kind: SubjectKind, id: number, date: string) {
      const subject = await getSubject(actor, kind, id);
      const repo = createReportsRepository(db);
      const key = { subjectKind: kind, subjectId: id };
      const [report, revisions] = await Promise.all([repo.find(key, date), repo.revisions(key, date)]);
      return {
        report: report ? toReportDto(report, subject.name) : null,
        revisions: revisions.map((r) => ({
          ...(r.body as Body),
          isLate: r.isLate,
          revision: r.revision,
          filedBy: r.filedByName,
          filedByRole: roleLabels[r.filedByRole as Role] ?? r.filedByRole,
          isOnBehalf: r.isOnBehalf,
          filedAt: r.filedAt.toISOString(),
          reason: r.reason,
        })),
      };
    },

    async list(
      actor: Actor,
      kind: SubjectKind,
      id: number,
      from: string | undefined,
      to: string | undefined,
    ): Promise<Report[]> {
      const subject = await getSubject(actor, kind, id);
      const end = to ?? today();
      const start = from ?? addDays(end, -30);
      if (start > end) throw fieldError('from', '开始日期不能晚于结束日期');
      const rows = await createReportsRepository(db).listRange(
        { subjectKind: kind, subjectId: id },
        start,
        end,
      );
      return rows.map((r) => toReportDto(r, subject.name));
    },

    /**
     * What the caller files: their own enterprise or project, or (liaison officers) the subjects in their
     * scope. Today's report with yesterday's to prefill from, and whether it is overdue.
     */
    async myDue(actor: Actor) {
      const date = today();
      const all = await subjects.listActive(actor.scope, actor.scope.regionCodes, date);
      const mine = all
        .filter((s) =>
          actor.scope.enterpriseId !== null
            ? s.kind === 'enterprise' && s.id === actor.scope.enterpriseId
            : actor.scope.projectId !== null
              ? s.kind === 'project' && s.id === actor.scope.projectId
              : true,
        )
        .slice(0, 200);
      const repo = createReportsRepository(db);
      const now = clock.now();
      return Promise.all(
        mine.map(async (s) => {
          const key = { subjectKind: s.kind, subjectId: s.id };
          const [report, previous] = await Promise.all([repo.find(key, date), repo.findPrevious(key, date)]);
          const deadline = reportDeadline(date, calendar);
          return {
            subjectKind: s.kind,
            subjectId: s.id,
            subjectName: s.name,
            regionCode: s.regionCode,
            date,
            deadline: deadline.toISOString(),
            isOverdue: !report && now.getTime() > deadline.getTime(),
            report: report ? toReportDto(report, s.name) : null,
            previous: previous ? toReportDto(previous, s.name) : null,
          };
        }),
      );
    },

    /**
     * Loads a history of reports at once (the demo scenario): rows and revisions inserted in bulk, then the
     * summaries rebuilt from them, all in one transaction. Not for live filing, which goes through `file`.
     */
    async loadHistory(rows: ReportRow[], revisions: RevisionRow[], context: AuditContext): Promise<void> {
      await db.transaction(async (tx) => {
        const repo = createReportsRepository(tx);
        for (let i = 0; i < rows.length; i += 1000) await repo.insertMany(rows.slice(i, i + 1000));
        for (let i = 0; i < revisions.length; i += 1000)
          await repo.insertRevisions(revisions.slice(i, i + 1000));
        const summaries = createSummariesRepository(tx);
        await summaries.replaceAll(await summaries.recompute());
        await audit.record(tx, context, {
          action: 'report.imported',
          entityType: 'report',
          summary: `载入历史日报 ${rows.length} 份（修订 ${revisions.length} 条）`,
        });
      });
    },

    /** The reports filed for one date in the caller's scope (API.md `GET /api/reports`). */
    async listOnDate(
      actor: Actor,
      query: {
        date: string;
        region?: string | undefined;
        kind?: SubjectKind | undefined;
        category?: string | undefined;
        status?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      // The region filter is always intersected with the caller's scope (API.md).
      const codes = query.region
        ? (await regions.subtree(query.region)).filter((c) => actor.scope.regionCodes.includes(c))
        : [...actor.scope.regionCodes];
      const own = subjectOf(actor.scope);
      const subject = own ? { subjectKind: own.kind, subjectId: own.id } : undefined;
      const result = await createReportsRepository(db).listOnDate(
        {
          regionCodes: codes,
          date: query.date,
          kind: query.kind,
          category: query.category,
          status: query.status,
          subject,
          assigned: actor.scope.assigned,
        },
        query.page,
        query.pageSize,
      );
      const names = await subjects.namesOf(
        result.items.map((r) => ({ kind: r.subjectKind as SubjectKind, id: r.subjectId })),
      );
      return {
        items: result.items.map((r) =>
          toReportDto(r, names.get(subjectKey({ kind: r.subjectKind, id: r.subjectId })) ?? ''),
        ),
        total: result.total,
      };
    },

    deadlineOf: (date: string) => reportDeadline(date, calendar),
    today,
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
