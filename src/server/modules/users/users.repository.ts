import { and, asc, count, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { roles } from '../../../domain/roles';
import type { Db } from '../../platform/db/client';
import { escapeLike } from '../../platform/db/like';
import type { Scope } from '../../platform/access';
import { apiTokens, sessions, users } from './users.table';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  regionCodes?: readonly string[] | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/**
 * The list shows the few role accounts first, in roles.ts order, and the liaison officers (thousands, loaded
 * from the roster) after them, so that an administrator finds the dispatchers without a filter.
 */
const listRoleOrder = [...roles.filter((r) => r !== 'liaison_officer'), 'liaison_officer'];
const listRoleRank = sql`case ${users.role} ${sql.raw(
  listRoleOrder.map((r, i) => `when '${r}' then ${i}`).join(' '),
)} else ${sql.raw(String(listRoleOrder.length))} end`;

export function createUsersRepository(db: Db) {
  function scopeCondition(scope: Scope): SQL {
    return inArray(users.regionCode, [...scope.regionCodes]);
  }

  return {
    async findByUsername(username: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row;
    },
    /** For authentication only: an identity lookup that precedes any scope. */
    async findByIdForSession(id: number): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },
    async findInScope(scope: Scope, id: number): Promise<UserRow | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, id), scopeCondition(scope)));
      return row;
    },
    async list(scope: Scope, filter: UserFilter, page: number, pageSize: number) {
      const conditions: SQL[] = [scopeCondition(scope)];
      if (filter.q) {
        const pattern = `%${escapeLike(filter.q)}%`;
        conditions.push(or(ilike(users.username, pattern), ilike(users.name, pattern))!);
      }
      if (filter.role) conditions.push(eq(users.role, filter.role));
      if (filter.regionCodes) conditions.push(inArray(users.regionCode, [...filter.regionCodes]));
      if (filter.status) conditions.push(eq(users.isDisabled, filter.status === 'disabled'));
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(users)
          .where(where)
          .orderBy(listRoleRank, asc(users.name), asc(users.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(users).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    /** Active users to notify: of some departments, or of some roles within some regions. */
    async recipients(filter: {
      departmentIds?: readonly number[];
      roles?: readonly string[];
      regionCodes?: readonly string[];
      userIds?: readonly number[];
      enterpriseIds?: readonly number[];
      projectIds?: readonly number[];
    }) {
      const conditions: SQL[] = [eq(users.isDisabled, false)];
      if (filter.departmentIds)
        conditions.push(
          inArray(users.departmentId, filter.departmentIds.length > 0 ? [...filter.departmentIds] : [-1]),
        );
      if (filter.roles) conditions.push(inArray(users.role, [...filter.roles]));
      if (filter.regionCodes)
        conditions.push(
          inArray(users.regionCode, filter.regionCodes.length > 0 ? [...filter.regionCodes] : ['-']),
        );
      if (filter.userIds)
        conditions.push(inArray(users.id, filter.userIds.length > 0 ? [...filter.userIds] : [-1]));
      if (filter.enterpriseIds)
        conditions.push(
          inArray(users.enterpriseId, filter.enterpriseIds.length > 0 ? [...filter.enterpriseIds] : [-1]),
        );
      if (filter.projectIds)
        conditions.push(
          inArray(users.projectId, filter.projectIds.length > 0 ? [...filter.projectIds] : [-1]),
        );
      return db
        .select({ id: users.id, name: users.name, phone: users.phone })
        .from(users)
        .where(and(...conditions));
    },
    async countAll(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },
    async insertMany(values: NewUserRow[]): Promise<UserRow[]> {
      if (values.length === 0) return [];
      return db.insert(users).values(values).returning();
    },
    async usernamesTaken(usernames: readonly string[]): Promise<Set<string>> {
      if (usernames.length === 0) return new Set();
      const rows = await db
        .select({ username: users.username })
        .from(users)
        .where(inArray(users.username, [...usernames]));
      return new Set(rows.map((r) => r.username));
    },
    async insert(values: NewUserRow): Promise<UserRow> {
      const [row] = await db.insert(users).values(values).returning();
      return row!;
    },
    /** Updates only when the version matches; returns undefined on a stale version. */
    async updateVersioned(
      id: number,
      version: number,
      values: Partial<NewUserRow>,
    ): Promise<UserRow | undefined> {
      const [row] = await db
        .update(users)
        .set({ ...values, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, id), eq(users.version, version)))
        .returning();
      return row;
    },
    async update(id: number, values: Partial<NewUserRow>): Promise<void> {
      await db.update(users).set(values).where(eq(users.id, id));
    },
    /** Counts a failed sign-in atomically; returns the new count and lock. */
    async recordFailure(id: number, lockAfter: number, lockUntil: Date) {
      const [row] = await db
        .update(users)
        .set({
          failedAttempts: sql`${users.failedAttempts} + 1`,
          lockedUntil: sql`case when ${users.failedAttempts} + 1 >= ${lockAfter} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
        })
        .where(eq(users.id, id))
        .returning({ failedAttempts: users.failedAttempts, lockedUntil: users.lockedUntil });
      return row!;
    },

    async insertSession(values: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(values);
    },
    async findSession(id: string): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
      return row;
    },
    async touchSession(id: string, at: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    },
    async endSession(id: string, at: Date): Promise<void> {
      await db.update(sessions).set({ endedAt: at }).where(eq(sessions.id, id));
    },
    /** Ends every open session of a user, but `exceptId` (the caller's own, when changing one's password). */
    async endSessionsOfUser(userId: number, at: Date, exceptId?: string): Promise<void> {
      const conditions = [eq(sessions.userId, userId), isNull(sessions.endedAt)];
      if (exceptId) conditions.push(ne(sessions.id, exceptId));
      await db
        .update(sessions)
        .set({ endedAt: at })
        .where(and(...conditions));
    },

    async insertToken(values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
      const [row] = await db.insert(apiTokens).values(values).returning();
      return row!;
    },
    async findTokenByHash(hash: string): Promise<ApiTokenRow | undefined> {
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hash));
      return row;
    },
    async listTokens(scope: Scope): Promise<ApiTokenRow[]> {
      return db
        .select()
        .from(apiTokens)
        .where(inArray(apiTokens.regionCode, [...scope.regionCodes]))
        .orderBy(desc(apiTokens.id));
    },
    async findTokenInScope(scope: Scope, id: number): Promise<ApiTokenRow | undefined> {
      const [row] = await db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.id, id), inArray(apiTokens.regionCode, [...scope.regionCodes])));
      return row;
    },
    async revokeToken(id: number, at: Date): Promise<void> {
      await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
    },
    async touchToken(id: number, at: Date): Promise<void> {
      await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
