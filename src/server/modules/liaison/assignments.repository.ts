import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { subjectKinds, type SubjectRef } from '../../../domain/subjects';
import type { Db } from '../../platform/db/client';
import { liaisonAssignments, liaisonOfficers, liaisonVisits } from './liaison.table';
import { officerActiveOn } from './roster.repository';

export type AssignmentRow = typeof liaisonAssignments.$inferSelect;
export type NewAssignmentRow = typeof liaisonAssignments.$inferInsert;

/** Rows of a table whose (kind, id) columns name one of `keys`. */
export function subjectsIn(
  columns: {
    kind: typeof liaisonAssignments.subjectKind | typeof liaisonVisits.subjectKind;
    id: typeof liaisonAssignments.subjectId | typeof liaisonVisits.subjectId;
  },
  keys: readonly SubjectRef[],
): SQL {
  const any: SQL[] = [];
  for (const kind of subjectKinds) {
    const ids = keys.filter((k) => k.kind === kind).map((k) => k.id);
    if (ids.length > 0) any.push(and(eq(columns.kind, kind), inArray(columns.id, ids))!);
  }
  return any.length > 0 ? or(...any)! : sql`false`;
}

const assignmentSubject = { kind: liaisonAssignments.subjectKind, id: liaisonAssignments.subjectId };

export function createAssignmentsRepository(db: Db) {
  return {
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
    async currentOfSubjects(keys: readonly SubjectRef[]): Promise<AssignmentRow[]> {
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
    async historyOfSubject({ kind, id }: SubjectRef): Promise<AssignmentRow[]> {
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
    async assignedSubjectsOfUser(userId: number, date: string): Promise<SubjectRef[]> {
      return db
        .select({ kind: liaisonAssignments.subjectKind, id: liaisonAssignments.subjectId })
        .from(liaisonAssignments)
        .innerJoin(liaisonOfficers, eq(liaisonOfficers.id, liaisonAssignments.officerId))
        .where(
          and(eq(liaisonOfficers.userId, userId), isNull(liaisonAssignments.endedAt), officerActiveOn(date)),
        );
    },
  };
}
