import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { subjectKey, type SubjectKind, type SubjectRef } from '../../../domain/subjects';
import type { Db } from '../../platform/db/client';
import { subjectsIn } from './assignments.repository';
import { liaisonVisitPhotos, liaisonVisitProblems, liaisonVisits } from './liaison.table';

export type VisitRow = typeof liaisonVisits.$inferSelect;
export type NewVisitRow = typeof liaisonVisits.$inferInsert;
export type PhotoRow = typeof liaisonVisitPhotos.$inferSelect;
export type NewPhotoRow = typeof liaisonVisitPhotos.$inferInsert;

export interface VisitVisibility {
  regionCodes: readonly string[];
  /** An officer sees only their own visits. */
  officerId: number | null;
}

export interface VisitFilter {
  regionCodes?: readonly string[] | undefined;
  officerId?: number | undefined;
  subjectKind?: SubjectKind | undefined;
  subjectId?: number | undefined;
  mode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
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

const visitSubject = { kind: liaisonVisits.subjectKind, id: liaisonVisits.subjectId };

export function createVisitsRepository(db: Db) {
  return {
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
      where: { regionCodes: readonly string[] } | { keys: readonly SubjectRef[] },
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
        const key = subjectKey(r);
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
