import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { subjectKey, type SubjectKind } from '../../../domain/subjects';
import { reportRevisions, reports } from './reports.table';

export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;
export type RevisionRow = typeof reportRevisions.$inferSelect;

export interface SubjectKey {
  subjectKind: SubjectKind;
  subjectId: number;
}

function assignedCondition(assigned: { enterpriseIds: readonly number[]; projectIds: readonly number[] }) {
  const any = [
    assigned.enterpriseIds.length > 0
      ? and(eq(reports.subjectKind, 'enterprise'), inArray(reports.subjectId, [...assigned.enterpriseIds]))
      : undefined,
    assigned.projectIds.length > 0
      ? and(eq(reports.subjectKind, 'project'), inArray(reports.subjectId, [...assigned.projectIds]))
      : undefined,
  ].filter((c) => c !== undefined);
  return any.length > 0 ? or(...any)! : sql`false`;
}

function subjectIs(key: SubjectKey) {
  return and(eq(reports.subjectKind, key.subjectKind), eq(reports.subjectId, key.subjectId));
}

export function createReportsRepository(db: Db) {
  return {
    /** The report for one date, locked for update inside a transaction. */
    async findForUpdate(key: SubjectKey, date: string): Promise<ReportRow | undefined> {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(subjectIs(key), eq(reports.reportDate, date)))
        .for('update');
      return row;
    },
    async find(key: SubjectKey, date: string): Promise<ReportRow | undefined> {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(subjectIs(key), eq(reports.reportDate, date)));
      return row;
    },
    /** The latest report dated before `date` (the one whose status carries into it). */
    async findPrevious(key: SubjectKey, date: string): Promise<ReportRow | undefined> {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(subjectIs(key), lt(reports.reportDate, date)))
        .orderBy(desc(reports.reportDate))
        .limit(1);
      return row;
    },
    /** The latest report dated on or before `date`. */
    async findEffective(key: SubjectKey, date: string): Promise<ReportRow | undefined> {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(subjectIs(key), lte(reports.reportDate, date)))
        .orderBy(desc(reports.reportDate))
        .limit(1);
      return row;
    },
    /** The date of the next report after `date`, where this one's carry-forward stops. */
    async findNextDate(key: SubjectKey, date: string): Promise<string | undefined> {
      const [row] = await db
        .select({ date: reports.reportDate })
        .from(reports)
        .where(and(subjectIs(key), sql`${reports.reportDate} > ${date}`))
        .orderBy(asc(reports.reportDate))
        .limit(1);
      return row?.date;
    },
    async listRange(key: SubjectKey, from: string, to: string): Promise<ReportRow[]> {
      return db
        .select()
        .from(reports)
        .where(and(subjectIs(key), gte(reports.reportDate, from), lte(reports.reportDate, to)))
        .orderBy(desc(reports.reportDate));
    },
    async revisions(key: SubjectKey, date: string): Promise<RevisionRow[]> {
      return db
        .select()
        .from(reportRevisions)
        .where(
          and(
            eq(reportRevisions.subjectKind, key.subjectKind),
            eq(reportRevisions.subjectId, key.subjectId),
            eq(reportRevisions.reportDate, date),
          ),
        )
        .orderBy(desc(reportRevisions.revision));
    },
    async insert(values: NewReportRow): Promise<void> {
      await db.insert(reports).values(values);
    },
    async replace(key: SubjectKey, date: string, values: Partial<NewReportRow>): Promise<void> {
      await db
        .update(reports)
        .set(values)
        .where(and(subjectIs(key), eq(reports.reportDate, date)));
    },
    async insertRevision(values: typeof reportRevisions.$inferInsert): Promise<void> {
      await db.insert(reportRevisions).values(values);
    },
    async insertMany(values: NewReportRow[]): Promise<void> {
      if (values.length > 0) await db.insert(reports).values(values);
    },
    async insertRevisions(values: (typeof reportRevisions.$inferInsert)[]): Promise<void> {
      if (values.length > 0) await db.insert(reportRevisions).values(values);
    },
    /** The effective reports on `date` of some subjects (closed subjects, to take out of the figures). */
    async effectiveOf(keys: readonly SubjectKey[], date: string): Promise<ReportRow[]> {
      if (keys.length === 0) return [];
      const result = await db.execute(sql`
        select distinct on (r.subject_kind, r.subject_id) r.*
        from reports r
        join (values ${sql.join(
          keys.map((k) => sql`(${k.subjectKind}, ${k.subjectId}::int)`),
          sql`, `,
        )}) as k(kind, id) on r.subject_kind = k.kind and r.subject_id = k.id
        where r.report_date <= ${date}
        order by r.subject_kind, r.subject_id, r.report_date desc`);
      return (result as unknown as { rows: Record<string, unknown>[] }).rows.map(fromRaw);
    },
    /** The latest report on or before `date` of every subject in some regions (subject lists on the dashboard). */
    async effectiveInRegions(
      regionCodes: readonly string[],
      date: string,
      category?: string,
    ): Promise<ReportRow[]> {
      if (regionCodes.length === 0) return [];
      const result = await db.execute(sql`
        select distinct on (subject_kind, subject_id) *
        from reports
        where report_date <= ${date}
          and region_code in (${sql.join(
            regionCodes.map((c) => sql`${c}`),
            sql`, `,
          )})
          ${category ? sql`and category = ${category}` : sql``}
        order by subject_kind, subject_id, report_date desc`);
      return (result as unknown as { rows: Record<string, unknown>[] }).rows.map(fromRaw);
    },
    /** Subjects with a report dated exactly `date` (for the missing list). */
    async reportedOn(regionCodes: readonly string[], date: string): Promise<Set<string>> {
      if (regionCodes.length === 0) return new Set();
      const rows = await db
        .select({ kind: reports.subjectKind, id: reports.subjectId })
        .from(reports)
        .where(
          and(
            eq(reports.reportDate, date),
            sql`${reports.regionCode} in (${sql.join(
              regionCodes.map((c) => sql`${c}`),
              sql`, `,
            )})`,
          ),
        );
      return new Set(rows.map(subjectKey));
    },
    /** Reports dated `date` in some regions, a page at a time (the dispatchers' list of the day). */
    async listOnDate(
      filter: {
        regionCodes: readonly string[];
        date: string;
        kind?: SubjectKind;
        category?: string;
        status?: string;
        subject?: SubjectKey;
        /** A liaison officer's assigned subjects. */
        assigned?: { enterpriseIds: readonly number[]; projectIds: readonly number[] } | null;
      },
      page: number,
      pageSize: number,
    ) {
      if (filter.regionCodes.length === 0) return { items: [], total: 0 };
      const where = and(
        eq(reports.reportDate, filter.date),
        inArray(reports.regionCode, [...filter.regionCodes]),
        filter.kind ? eq(reports.subjectKind, filter.kind) : undefined,
        filter.category ? eq(reports.category, filter.category) : undefined,
        filter.status ? eq(reports.status, filter.status) : undefined,
        filter.subject ? subjectIs(filter.subject) : undefined,
        filter.assigned ? assignedCondition(filter.assigned) : undefined,
      );
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(reports)
          .where(where)
          .orderBy(asc(reports.regionCode), asc(reports.subjectKind), asc(reports.subjectId))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(reports)
          .where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    async latestDate(): Promise<string | undefined> {
      const [row] = await db.select({ date: sql<string | null>`max(${reports.reportDate})` }).from(reports);
      return row?.date ?? undefined;
    },
  };
}

/** Raw SQL rows (snake_case) to the Drizzle row shape. */
function fromRaw(r: Record<string, unknown>): ReportRow {
  const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
  return {
    subjectKind: String(r.subject_kind) as SubjectKind,
    subjectId: Number(r.subject_id),
    reportDate: date(r.report_date),
    regionCode: String(r.region_code),
    category: String(r.category),
    isContinuous: Boolean(r.is_continuous),
    status: String(r.status),
    workforce: Number(r.workforce),
    onDuty: Number(r.on_duty),
    capacityPct: r.capacity_pct === null ? null : Number(r.capacity_pct),
    workersOnSite: r.workers_on_site === null ? null : Number(r.workers_on_site),
    investmentThisMonth: r.investment_this_month === null ? null : String(r.investment_this_month),
    prevention: typeof r.prevention === 'string' ? JSON.parse(r.prevention) : r.prevention,
    difficulty: (r.difficulty as string | null) ?? null,
    note: (r.note as string | null) ?? null,
    isLate: Boolean(r.is_late),
    revision: Number(r.revision),
    filedByUserId: r.filed_by_user_id === null ? null : Number(r.filed_by_user_id),
    filedByName: String(r.filed_by_name),
    filedByRole: String(r.filed_by_role),
    isOnBehalf: Boolean(r.is_on_behalf),
    filedAt: new Date(r.filed_at as string),
    firstFiledAt: new Date(r.first_filed_at as string),
  };
}

export type ReportsRepository = ReturnType<typeof createReportsRepository>;
