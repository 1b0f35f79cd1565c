import { and, asc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { escapeLike } from '../../platform/db/like';
import { liaisonAssignments, liaisonOfficers } from './liaison.table';

export type OfficerRow = typeof liaisonOfficers.$inferSelect;
export type NewOfficerRow = typeof liaisonOfficers.$inferInsert;

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

/** Officers on duty on `date`. */
export const officerActiveOn = (date: string) =>
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
  if (f.status === 'active') c.push(officerActiveOn(f.date));
  if (f.status === 'inactive') c.push(sql`not (${officerActiveOn(f.date)})`);
  if (f.unitDepartmentId) c.push(eq(liaisonOfficers.unitDepartmentId, f.unitDepartmentId));
  return and(...c)!;
}

export function createRosterRepository(db: Db) {
  return {
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
  };
}
