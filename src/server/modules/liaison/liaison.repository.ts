import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { escapeLike } from '../../platform/db/like';
import {
  liaisonAssignments,
  liaisonOfficers,
  liaisonVisitPhotos,
  liaisonVisitProblems,
  liaisonVisits,
} from './liaison.table';

export type OfficerRow = typeof liaisonOfficers.$inferSelect;
export type NewOfficerRow = typeof liaisonOfficers.$inferInsert;
export type AssignmentRow = typeof liaisonAssignments.$inferSelect;
export type NewAssignmentRow = typeof liaisonAssignments.$inferInsert;
export type VisitRow = typeof liaisonVisits.$inferSelect;
export type NewVisitRow = typeof liaisonVisits.$inferInsert;
export type PhotoRow = typeof liaisonVisitPhotos.$inferSelect;
export type NewPhotoRow = typeof liaisonVisitPhotos.$inferInsert;

export interface SubjectKey {
  kind: string;
  id: number;
}

export const keyOf = (kind: string, id: number) => `${kind}:${id}`;

/**
 * Which officers a caller sees: those working in their regions, and those covering a subject there (a city
 * department's officer stationed in a county firm is seen by that county's dispatcher).
 */
export interface OfficerVisibility {
  regionCodes: readonly string[];
}

export interface OfficerFilter {
  q?: string | undefined;
  regionCodes?: readonly string[] | undefined;
  /** Active on this date (`active`) or not (`inactive`). */
  status?: 'active' | 'inactive' | undefined;
  unitDepartmentId?: number | undefined;
  date: string;
}

export interface VisitVisibility {
  regionCodes: readonly string[];
  /** An officer sees only their own visits. */
  officerId: number | null;
}

export interface VisitFilter {
  regionCodes?: readonly string[] | undefined;
  officerId?: number | undefined;
  subjectKind?: string | undefined;
  subjectId?: number | undefined;
  mode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const activeOn = (date: string) =>
  and(
    lte(liaisonOfficers.activeFrom, date),
    or(isNull(liaisonOfficers.activeTo), gte(liaisonOfficers.activeTo, date)),
  )!;

function officerVisible(v: OfficerVisibility): SQL {
  if (v.regionCodes.length === 0) return sql`false`;
  return or(
    inArray(liaisonOfficers.regionCode, [...v.regionCodes]),
    sql`exists (select 1 from ${liaisonAssignments} a where a.officer_id = ${liaisonOfficers.id}
      and a.ended_at is null and a.region_code in (${sql.join(
        v.regionCodes.map((c) => sql`${c}`),
        sql`, `,
      )}))`,
  )!;
}

function officerConditions(v: OfficerVisibility, f: OfficerFilter): SQL {
  const c: SQL[] = [officerVisible(v)];
  if (f.regionCodes) c.push(officerVisible({ regionCodes: f.regionCodes }));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    c.push(or(ilike(liaisonOfficers.name, like), ilike(liaisonOfficers.post, like))!);
  }
  if (f.status === 'active') c.push(activeOn(f.date));
  if (f.status === 'inactive') c.push(sql`not (${activeOn(f.date)})`);
  if (f.unitDepartmentId) c.push(eq(liaisonOfficers.unitDepartmentId, f.unitDepartmentId));
  return and(...c)!;
}

function visitConditions(v: VisitVisibility, f: VisitFilter): SQL {
  const c: SQL[] = [];
  if (v.officerId !== null) c.push(eq(liaisonVisits.officerId, v.officerId));
  else c.push(v.regionCodes.length > 0 ? inArray(liaisonVisits.regionCode, [...v.regionCodes]) : sql`false`);
  if (f.regionCodes) c.push(inArray(liaisonVisits.regionCode, [...f.regionCodes]));
  if (f.officerId) c.push(eq(liaisonVisits.officerId, f.officerId));
  if (f.subjectKind) c.push(eq(liaisonVisits.subjectKind, f.subjectKind));
  if (f.subjectId) c.push(eq(liaisonVisits.subjectId, f.subjectId));
  if (f.mode) c.push(eq(liaisonVisits.mode, f.mode));
  if (f.from) c.push(gte(liaisonVisits.visitDate, f.from));
  if (f.to) c.push(lte(liaisonVisits.visitDate, f.to));
  return and(...c)!;
}

/** Rows of a table whose (kind, id) columns name one of `keys`. */
function subjectsIn(
  columns: {
    kind: typeof liaisonAssignments.subjectKind | typeof liaisonVisits.subjectKind;
    id: typeof liaisonAssignments.subjectId | typeof liaisonVisits.subjectId;
  },
  keys: readonly SubjectKey[],
): SQL {
  const any: SQL[] = [];
  for (const kind of ['enterprise', 'project']) {
    const ids = keys.filter((k) => k.kind === kind).map((k) => k.id);
    if (ids.length > 0) any.push(and(eq(columns.kind, kind), inArray(columns.id, ids))!);
  }
  return any.length > 0 ? or(...any)! : sql`false`;
}

const assignmentSubject = { kind: liaisonAssignments.subjectKind, id: liaisonAssignments.subjectId };
const visitSubject = { kind: liaisonVisits.subjectKind, id: liaisonVisits.subjectId };

export function createLiaisonRepository(db: Db) {
  return {
    // ------------------------------------------------------------ officers
    async insertOfficer(values: NewOfficerRow): Promise<OfficerRow> {
      const [row] = await db.insert(liaisonOfficers).values(values).returning();
      return row!;
    },
    async insertOfficers(values: NewOfficerRow[]): Promise<OfficerRow[]> {
      if (values.length === 0) return [];
      return db.insert(liaisonOfficers).values(values).returning();
    },
    async findOfficer(id: number): Promise<OfficerRow | undefined> {
      const [row] = await db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, id));
      return row;
    },
    async findVisibleOfficer(v: OfficerVisibility, id: number): Promise<OfficerRow | undefined> {
      const [row] = await db
        .select()
        .from(liaisonOfficers)
        .where(and(eq(liaisonOfficers.id, id), officerVisible(v)));
      return row;
    },
    async findOfficerByUser(userId: number): Promise<OfficerRow | undefined> {
      const [row] = await db.select().from(liaisonOfficers).where(eq(liaisonOfficers.userId, userId));
      return row;
    },
    async findOfficersByMobile(mobiles: readonly string[]): Promise<OfficerRow[]> {
      if (mobiles.length === 0) return [];
      return db
        .select()
        .from(liaisonOfficers)
        .where(inArray(liaisonOfficers.mobile, [...mobiles]));
    },
    async listOfficers(v: OfficerVisibility, f: OfficerFilter, page: number, pageSize: number) {
      const where = officerConditions(v, f);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(liaisonOfficers)
          .where(where)
          .orderBy(asc(liaisonOfficers.regionCode), asc(liaisonOfficers.name), asc(liaisonOfficers.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(liaisonOfficers)
          .where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    async *iterateOfficers(v: OfficerVisibility, f: OfficerFilter, batch = 2000): AsyncGenerator<OfficerRow> {
      const where = officerConditions(v, f);
      for (let offset = 0; ; offset += batch) {
        const rows = await db
          .select()
          .from(liaisonOfficers)
          .where(where)
          .orderBy(asc(liaisonOfficers.regionCode), asc(liaisonOfficers.name), asc(liaisonOfficers.id))
          .limit(batch)
          .offset(offset);
        yield* rows;
        if (rows.length < batch) return;
      }
    },
    async updateOfficerVersioned(
      id: number,
      version: number,
      changes: Partial<NewOfficerRow>,
    ): Promise<OfficerRow | undefined> {
      const [row] = await db
        .update(liaisonOfficers)
        .set({ ...changes, version: sql`${liaisonOfficers.version} + 1` })
        .where(and(eq(liaisonOfficers.id, id), eq(liaisonOfficers.version, version)))
        .returning();
      return row;
    },
    async updateOfficer(id: number, changes: Partial<NewOfficerRow>): Promise<void> {
      await db
        .update(liaisonOfficers)
        .set({ ...changes, version: sql`${liaisonOfficers.version} + 1` })
        .where(eq(liaisonOfficers.id, id));
    },
    async officersByIds(ids: readonly number[]): Promise<OfficerRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(liaisonOfficers)
        .where(inArray(liaisonOfficers.id, [...ids]));
    },

    // ------------------------------------------------------------ assignments
    async insertAssignments(values: NewAssignmentRow[]): Promise<AssignmentRow[]> {
      if (values.length === 0) return [];
      return db.insert(liaisonAssignments).values(values).returning();
    },
    async findAssignment(id: number): Promise<AssignmentRow | undefined> {
      const [row] = await db.select().from(liaisonAssignments).where(eq(liaisonAssignments.id, id));
      return row;
    },
    async endAssignments(
      ids: readonly number[],
      end: { endedOn: string; endedAt: Date; endedBy: string; endReason: string },
    ): Promise<AssignmentRow[]> {
      if (ids.length === 0) return [];
      return db
        .update(liaisonAssignments)
        .set(end)
        .where(and(inArray(liaisonAssignments.id, [...ids]), isNull(liaisonAssignments.endedAt)))
        .returning();
    },
    /** Current (not ended) assignments of some subjects. */
    async currentOfSubjects(keys: readonly SubjectKey[]): Promise<AssignmentRow[]> {
      if (keys.length === 0) return [];
      return db
        .select()
        .from(liaisonAssignments)
        .where(and(isNull(liaisonAssignments.endedAt), subjectsIn(assignmentSubject, keys)));
    },
    async currentInRegions(regionCodes: readonly string[]): Promise<AssignmentRow[]> {
      if (regionCodes.length === 0) return [];
      return db
        .select()
        .from(liaisonAssignments)
        .where(
          and(isNull(liaisonAssignments.endedAt), inArray(liaisonAssignments.regionCode, [...regionCodes])),
        )
        .orderBy(asc(liaisonAssignments.subjectKind), asc(liaisonAssignments.subjectId));
    },
    async currentOfOfficer(officerId: number): Promise<AssignmentRow[]> {
      return db
        .select()
        .from(liaisonAssignments)
        .where(and(eq(liaisonAssignments.officerId, officerId), isNull(liaisonAssignments.endedAt)))
        .orderBy(desc(liaisonAssignments.isPrimary), asc(liaisonAssignments.id));
    },
    /** Every assignment an officer has had, current first. */
    async historyOfOfficer(officerId: number): Promise<AssignmentRow[]> {
      return db
        .select()
        .from(liaisonAssignments)
        .where(eq(liaisonAssignments.officerId, officerId))
        .orderBy(sql`${liaisonAssignments.endedAt} is not null`, desc(liaisonAssignments.startedAt));
    },
    async historyOfSubject(kind: string, id: number): Promise<AssignmentRow[]> {
      return db
        .select()
        .from(liaisonAssignments)
        .where(and(eq(liaisonAssignments.subjectKind, kind), eq(liaisonAssignments.subjectId, id)))
        .orderBy(sql`${liaisonAssignments.endedAt} is not null`, desc(liaisonAssignments.startedAt));
    },
    /** Current assignment counts per officer (all, primary). */
    async assignmentCounts(
      officerIds: readonly number[],
    ): Promise<Map<number, { all: number; primary: number }>> {
      if (officerIds.length === 0) return new Map();
      const rows = await db
        .select({
          officerId: liaisonAssignments.officerId,
          all: sql<number>`count(*)::int`,
          primary: sql<number>`(count(*) filter (where ${liaisonAssignments.isPrimary}))::int`,
        })
        .from(liaisonAssignments)
        .where(
          and(isNull(liaisonAssignments.endedAt), inArray(liaisonAssignments.officerId, [...officerIds])),
        )
        .groupBy(liaisonAssignments.officerId);
      return new Map(rows.map((r) => [r.officerId, { all: r.all, primary: r.primary }]));
    },
    /** The subjects an officer covers today: their current assignments, if the officer is active today. */
    async assignedSubjectsOfUser(userId: number, date: string): Promise<SubjectKey[]> {
      return db
        .select({ kind: liaisonAssignments.subjectKind, id: liaisonAssignments.subjectId })
        .from(liaisonAssignments)
        .innerJoin(liaisonOfficers, eq(liaisonOfficers.id, liaisonAssignments.officerId))
        .where(and(eq(liaisonOfficers.userId, userId), isNull(liaisonAssignments.endedAt), activeOn(date)));
    },

    // ------------------------------------------------------------ visits
    async insertVisit(values: NewVisitRow): Promise<VisitRow> {
      const [row] = await db.insert(liaisonVisits).values(values).returning();
      return row!;
    },
    async insertVisits(values: NewVisitRow[]): Promise<void> {
      if (values.length > 0) await db.insert(liaisonVisits).values(values);
    },
    async insertPhotos(values: NewPhotoRow[]): Promise<void> {
      if (values.length > 0) await db.insert(liaisonVisitPhotos).values(values);
    },
    async linkProblems(visitId: number, caseIds: readonly number[]): Promise<void> {
      if (caseIds.length > 0)
        await db.insert(liaisonVisitProblems).values(caseIds.map((caseId) => ({ visitId, caseId })));
    },
    async findVisibleVisit(v: VisitVisibility, id: number): Promise<VisitRow | undefined> {
      const [row] = await db
        .select()
        .from(liaisonVisits)
        .where(and(eq(liaisonVisits.id, id), visitConditions(v, {})));
      return row;
    },
    async listVisits(v: VisitVisibility, f: VisitFilter, page: number, pageSize: number) {
      const where = visitConditions(v, f);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(liaisonVisits)
          .where(where)
          .orderBy(desc(liaisonVisits.visitDate), desc(liaisonVisits.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(liaisonVisits)
          .where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    async *iterateVisits(v: VisitVisibility, f: VisitFilter, batch = 2000): AsyncGenerator<VisitRow> {
      const where = visitConditions(v, f);
      for (let offset = 0; ; offset += batch) {
        const rows = await db
          .select()
          .from(liaisonVisits)
          .where(where)
          .orderBy(desc(liaisonVisits.visitDate), desc(liaisonVisits.id))
          .limit(batch)
          .offset(offset);
        yield* rows;
        if (rows.length < batch) return;
      }
    },
    async photosOf(visitIds: readonly number[]): Promise<PhotoRow[]> {
      if (visitIds.length === 0) return [];
      return db
        .select()
        .from(liaisonVisitPhotos)
        .where(inArray(liaisonVisitPhotos.visitId, [...visitIds]))
        .orderBy(asc(liaisonVisitPhotos.id));
    },
    async findPhoto(id: number): Promise<PhotoRow | undefined> {
      const [row] = await db.select().from(liaisonVisitPhotos).where(eq(liaisonVisitPhotos.id, id));
      return row;
    },
    async problemIdsOf(visitIds: readonly number[]): Promise<{ visitId: number; caseId: number }[]> {
      if (visitIds.length === 0) return [];
      return db
        .select()
        .from(liaisonVisitProblems)
        .where(inArray(liaisonVisitProblems.visitId, [...visitIds]))
        .orderBy(asc(liaisonVisitProblems.caseId));
    },
    async countsOfVisits(
      visitIds: readonly number[],
    ): Promise<Map<number, { photos: number; problems: number }>> {
      const counts = new Map<number, { photos: number; problems: number }>();
      if (visitIds.length === 0) return counts;
      const [photos, problems] = await Promise.all([
        db
          .select({ visitId: liaisonVisitPhotos.visitId, n: sql<number>`count(*)::int` })
          .from(liaisonVisitPhotos)
          .where(inArray(liaisonVisitPhotos.visitId, [...visitIds]))
          .groupBy(liaisonVisitPhotos.visitId),
        db
          .select({ visitId: liaisonVisitProblems.visitId, n: sql<number>`count(*)::int` })
          .from(liaisonVisitProblems)
          .where(inArray(liaisonVisitProblems.visitId, [...visitIds]))
          .groupBy(liaisonVisitProblems.visitId),
      ]);
      for (const id of visitIds) counts.set(id, { photos: 0, problems: 0 });
      for (const p of photos) counts.get(p.visitId)!.photos = p.n;
      for (const p of problems) counts.get(p.visitId)!.problems = p.n;
      return counts;
    },
    /**
     * The latest `perSubject` visit dates of the counted modes per subject, between two dates, for the subjects
     * of some regions or of some keys: what the contact rule needs, without reading whole histories.
     */
    async latestVisitDates(
      where: { regionCodes: readonly string[] } | { keys: readonly SubjectKey[] },
      modes: readonly string[],
      from: string,
      to: string,
      perSubject: number,
    ): Promise<Map<string, string[]>> {
      const scope =
        'regionCodes' in where
          ? where.regionCodes.length > 0
            ? inArray(liaisonVisits.regionCode, [...where.regionCodes])
            : sql`false`
          : subjectsIn(visitSubject, where.keys);
      const ranked = db
        .select({
          subjectKind: liaisonVisits.subjectKind,
          subjectId: liaisonVisits.subjectId,
          visitDate: liaisonVisits.visitDate,
          rank: sql<number>`row_number() over (partition by ${liaisonVisits.subjectKind}, ${liaisonVisits.subjectId} order by ${liaisonVisits.visitDate} desc)`.as(
            'rank',
          ),
        })
        .from(liaisonVisits)
        .where(
          and(
            scope,
            inArray(liaisonVisits.mode, [...modes]),
            gte(liaisonVisits.visitDate, from),
            lte(liaisonVisits.visitDate, to),
          ),
        )
        .as('ranked');
      const rows = await db
        .select({ kind: ranked.subjectKind, id: ranked.subjectId, date: ranked.visitDate })
        .from(ranked)
        .where(lte(ranked.rank, perSubject));
      const result = new Map<string, string[]>();
      for (const r of rows) {
        const key = keyOf(r.kind, r.id);
        const list = result.get(key) ?? [];
        list.push(r.date);
        result.set(key, list);
      }
      return result;
    },
    /** Visits per officer between two dates (all modes, and on site). */
    async visitCountsByOfficer(
      officerIds: readonly number[],
      from: string,
      to: string,
    ): Promise<Map<number, { all: number; onSite: number }>> {
      if (officerIds.length === 0) return new Map();
      const rows = await db
        .select({
          officerId: liaisonVisits.officerId,
          all: sql<number>`count(*)::int`,
          onSite: sql<number>`(count(*) filter (where ${liaisonVisits.mode} = 'on_site'))::int`,
        })
        .from(liaisonVisits)
        .where(
          and(
            inArray(liaisonVisits.officerId, [...officerIds]),
            gte(liaisonVisits.visitDate, from),
            lte(liaisonVisits.visitDate, to),
          ),
        )
        .groupBy(liaisonVisits.officerId);
      return new Map(rows.map((r) => [r.officerId, { all: r.all, onSite: r.onSite }]));
    },
  };
}

export type LiaisonRepository = ReturnType<typeof createLiaisonRepository>;
