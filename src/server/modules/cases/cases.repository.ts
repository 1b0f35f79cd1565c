import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { escapeLike } from '../../platform/db/like';
import { caseCounters, caseDepartments, caseEscalations, caseEvents, cases } from './cases.table';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseDepartmentRow = typeof caseDepartments.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/** Who can see which cases: the region subtree, or the department's cases, or the requester's own. */
export interface CaseVisibility {
  regionCodes?: readonly string[];
  departmentId?: number | null;
  enterpriseId?: number | null;
  projectId?: number | null;
  /** A liaison officer's assigned subjects. */
  enterpriseIds?: readonly number[];
  projectIds?: readonly number[];
  requesterUserId?: number | null;
}

export interface CaseFilter {
  kind?: string | undefined;
  state?: string | undefined;
  category?: string | undefined;
  departmentId?: number | undefined;
  regionCodes?: readonly string[] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
  /** Only cases in these states (the to-do box). */
  states?: readonly string[] | undefined;
  /** Only cases where this department is lead or co. */
  forDepartmentId?: number | undefined;
  /** With `states`: also the cases this county government leads that wait for it (a county dispatcher's box). */
  alsoLeadRegionCode?: string | undefined;
  requesterUserId?: number | undefined;
  /** Only cases whose resolve (or accept) deadline has passed and that are still open. */
  overdueAt?: Date | undefined;
  dueBefore?: Date | undefined;
}

function visibleCondition(v: CaseVisibility): SQL {
  const any: SQL[] = [];
  if (v.regionCodes && v.regionCodes.length > 0) {
    any.push(inArray(cases.regionCode, [...v.regionCodes]));
    // A county government leading a city-level case sees it too.
    any.push(inArray(cases.leadRegionCode, [...v.regionCodes]));
  }
  if (v.departmentId) {
    any.push(
      sql`exists (select 1 from case_departments d where d.case_id = ${cases.id} and d.department_id = ${v.departmentId} and d.is_active)`,
    );
  }
  if (v.enterpriseId) any.push(eq(cases.enterpriseId, v.enterpriseId));
  if (v.projectId) any.push(eq(cases.projectId, v.projectId));
  if (v.enterpriseIds && v.enterpriseIds.length > 0)
    any.push(inArray(cases.enterpriseId, [...v.enterpriseIds]));
  if (v.projectIds && v.projectIds.length > 0) any.push(inArray(cases.projectId, [...v.projectIds]));
  if (v.requesterUserId) any.push(eq(cases.requesterUserId, v.requesterUserId));
  return any.length > 0 ? or(...any)! : sql`false`;
}

const openStates = ['submitted', 'assigned', 'accepted', 'returned', 'reopened'];

function filterCondition(f: CaseFilter): SQL[] {
  const c: SQL[] = [];
  if (f.kind) c.push(eq(cases.kind, f.kind));
  if (f.state) c.push(eq(cases.state, f.state));
  if (f.states && f.alsoLeadRegionCode)
    c.push(
      or(
        inArray(cases.state, [...f.states]),
        and(
          eq(cases.leadRegionCode, f.alsoLeadRegionCode),
          inArray(cases.state, ['assigned', 'reopened', 'accepted']),
        ),
      )!,
    );
  else if (f.states) c.push(inArray(cases.state, [...f.states]));
  if (f.category) c.push(eq(cases.category, f.category));
  if (f.departmentId) c.push(eq(cases.leadDepartmentId, f.departmentId));
  if (f.forDepartmentId) {
    c.push(
      sql`exists (select 1 from case_departments d where d.case_id = ${cases.id} and d.department_id = ${f.forDepartmentId} and d.is_active)`,
    );
  }
  if (f.regionCodes) c.push(inArray(cases.regionCode, [...f.regionCodes]));
  if (f.from) c.push(gte(cases.createdAt, f.from));
  if (f.to) c.push(lt(cases.createdAt, f.to));
  if (f.requesterUserId) c.push(eq(cases.requesterUserId, f.requesterUserId));
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    c.push(or(ilike(cases.title, pattern), ilike(cases.number, pattern))!);
  }
  if (f.overdueAt) {
    c.push(inArray(cases.state, openStates));
    c.push(
      or(
        and(inArray(cases.state, ['assigned', 'reopened']), lt(cases.acceptDeadline, f.overdueAt)),
        lt(cases.resolveDeadline, f.overdueAt),
      )!,
    );
  }
  if (f.dueBefore) {
    c.push(inArray(cases.state, openStates));
    c.push(
      or(
        and(inArray(cases.state, ['assigned', 'reopened']), lt(cases.acceptDeadline, f.dueBefore)),
        lt(cases.resolveDeadline, f.dueBefore),
      )!,
    );
  }
  return c;
}

export function createCasesRepository(db: Db) {
  return {
    /** The next serial of a kind on a day, atomically. */
    async nextSerial(kind: string, day: string): Promise<number> {
      const [row] = await db
        .insert(caseCounters)
        .values({ kind, day, last: 1 })
        .onConflictDoUpdate({
          target: [caseCounters.kind, caseCounters.day],
          set: { last: sql`${caseCounters.last} + 1` },
        })
        .returning({ last: caseCounters.last });
      return row!.last;
    },
    async insert(values: NewCaseRow): Promise<CaseRow> {
      const [row] = await db.insert(cases).values(values).returning();
      return row!;
    },
    /** Open cases of a kind per subject key (`enterprise:12`, `project:3`). */
    async openCountsBySubject(
      kind: string,
      enterpriseIds: readonly number[],
      projectIds: readonly number[],
      states: readonly string[],
    ): Promise<Map<string, number>> {
      const subject = or(
        enterpriseIds.length > 0 ? inArray(cases.enterpriseId, [...enterpriseIds]) : sql`false`,
        projectIds.length > 0 ? inArray(cases.projectId, [...projectIds]) : sql`false`,
      );
      const rows = await db
        .select({
          enterpriseId: cases.enterpriseId,
          projectId: cases.projectId,
          n: sql<number>`count(*)::int`,
        })
        .from(cases)
        .where(and(eq(cases.kind, kind), subject, inArray(cases.state, [...states])))
        .groupBy(cases.enterpriseId, cases.projectId);
      const counts = new Map<string, number>();
      for (const r of rows) {
        const key = r.enterpriseId !== null ? `enterprise:${r.enterpriseId}` : `project:${r.projectId}`;
        counts.set(key, (counts.get(key) ?? 0) + r.n);
      }
      return counts;
    },
    async byIds(ids: readonly number[]): Promise<CaseRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(cases)
        .where(inArray(cases.id, [...ids]))
        .orderBy(asc(cases.id));
    },
    async findVisible(v: CaseVisibility, id: number): Promise<CaseRow | undefined> {
      const [row] = await db
        .select()
        .from(cases)
        .where(and(eq(cases.id, id), visibleCondition(v)));
      return row;
    },
    async findForUpdate(id: number): Promise<CaseRow | undefined> {
      const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
      return row;
    },
    async list(v: CaseVisibility, f: CaseFilter, page: number, pageSize: number) {
      const where = and(visibleCondition(v), ...filterCondition(f));
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(cases)
          .where(where)
          .orderBy(desc(cases.createdAt), desc(cases.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(cases).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    async *iterate(v: CaseVisibility, f: CaseFilter, limit = 100_000): AsyncGenerator<CaseRow> {
      const where = and(visibleCondition(v), ...filterCondition(f));
      let lastId = 0;
      let emitted = 0;
      for (;;) {
        const rows = await db
          .select()
          .from(cases)
          .where(and(where, sql`${cases.id} > ${lastId}`))
          .orderBy(asc(cases.id))
          .limit(1000);
        for (const row of rows) {
          if (emitted++ >= limit) return;
          yield row;
        }
        if (rows.length < 1000) return;
        lastId = rows.at(-1)!.id;
      }
    },
    async updateVersioned(
      id: number,
      version: number,
      values: Partial<NewCaseRow>,
    ): Promise<CaseRow | undefined> {
      const [row] = await db
        .update(cases)
        .set({ ...values, version: sql`${cases.version} + 1` })
        .where(and(eq(cases.id, id), eq(cases.version, version)))
        .returning();
      return row;
    },

    async departmentsOf(caseIds: readonly number[]): Promise<CaseDepartmentRow[]> {
      if (caseIds.length === 0) return [];
      return db
        .select()
        .from(caseDepartments)
        .where(inArray(caseDepartments.caseId, [...caseIds]));
    },
    async deactivateDepartments(caseId: number): Promise<void> {
      await db.update(caseDepartments).set({ isActive: false }).where(eq(caseDepartments.caseId, caseId));
    },
    async upsertDepartment(values: typeof caseDepartments.$inferInsert): Promise<void> {
      await db
        .insert(caseDepartments)
        .values(values)
        .onConflictDoUpdate({
          target: [caseDepartments.caseId, caseDepartments.departmentId],
          set: {
            role: values.role,
            part: values.part ?? null,
            deadline: values.deadline ?? null,
            doneAt: null,
            isActive: true,
          },
        });
    },
    async markPartDone(caseId: number, departmentId: number, at: Date): Promise<void> {
      await db
        .update(caseDepartments)
        .set({ doneAt: at })
        .where(and(eq(caseDepartments.caseId, caseId), eq(caseDepartments.departmentId, departmentId)));
    },

    async events(caseId: number): Promise<CaseEventRow[]> {
      return db
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId))
        .orderBy(asc(caseEvents.at), asc(caseEvents.id));
    },
    async addEvent(values: typeof caseEvents.$inferInsert): Promise<void> {
      await db.insert(caseEvents).values(values);
    },

    /** Records an escalation step once; false when this case already reached that level. */
    async recordEscalation(caseId: number, level: number, at: Date): Promise<boolean> {
      const rows = await db
        .insert(caseEscalations)
        .values({ caseId, level, at })
        .onConflictDoNothing()
        .returning();
      return rows.length > 0;
    },
    async escalationLevels(caseIds: readonly number[]): Promise<Map<number, number>> {
      if (caseIds.length === 0) return new Map();
      const rows = await db
        .select({ caseId: caseEscalations.caseId, level: sql<number>`max(${caseEscalations.level})` })
        .from(caseEscalations)
        .where(inArray(caseEscalations.caseId, [...caseIds]))
        .groupBy(caseEscalations.caseId);
      return new Map(rows.map((r) => [r.caseId, Number(r.level)]));
    },

    /** Open cases whose deadline has passed (the escalation job's work list). */
    async overdue(at: Date): Promise<CaseRow[]> {
      return db
        .select()
        .from(cases)
        .where(and(...filterCondition({ overdueAt: at })));
    },

    async insertMany(rows: NewCaseRow[]): Promise<CaseRow[]> {
      if (rows.length === 0) return [];
      return db.insert(cases).values(rows).returning();
    },
    async insertDepartments(rows: (typeof caseDepartments.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await db.insert(caseDepartments).values(rows);
    },
    async insertEvents(rows: (typeof caseEvents.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await db.insert(caseEvents).values(rows);
    },
    async setCounters(rows: { kind: string; day: string; last: number }[]): Promise<void> {
      if (rows.length > 0) await db.insert(caseCounters).values(rows).onConflictDoNothing();
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
