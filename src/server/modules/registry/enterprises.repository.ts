import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Scope } from '../../platform/access';
import type { Db } from '../../platform/db/client';
import { escapeLike } from '../../platform/db/like';
import { creditCodeExceptions, enterprises } from './registry.table';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type NewEnterpriseRow = typeof enterprises.$inferInsert;

export interface EnterpriseFilter {
  regionCodes?: readonly string[] | undefined;
  industry?: string | undefined;
  q?: string | undefined;
  status?: 'active' | 'closed' | undefined;
  continuous?: boolean | undefined;
}

const sortColumns = {
  name: enterprises.name,
  creditCode: enterprises.creditCode,
  regionCode: enterprises.regionCode,
  industryCode: enterprises.industryCode,
  workforce: enterprises.workforce,
  annualOutput: enterprises.annualOutput,
  updatedAt: enterprises.updatedAt,
};
export type EnterpriseSort = keyof typeof sortColumns;

/**
 * What a scope may see: its region subtree; an enterprise user only their enterprise; a project user none; a
 * liaison officer only the enterprises assigned to them.
 */
export function enterpriseScopeCondition(scope: Scope): SQL {
  const conditions: SQL[] = [inArray(enterprises.regionCode, [...scope.regionCodes])];
  if (scope.enterpriseId !== null) conditions.push(eq(enterprises.id, scope.enterpriseId));
  else if (scope.projectId !== null) conditions.push(sql`false`);
  if (scope.assigned)
    conditions.push(
      scope.assigned.enterpriseIds.length > 0
        ? inArray(enterprises.id, [...scope.assigned.enterpriseIds])
        : sql`false`,
    );
  return and(...conditions)!;
}

function filterConditions(scope: Scope, filter: EnterpriseFilter): SQL {
  const c: SQL[] = [enterpriseScopeCondition(scope)];
  if (filter.regionCodes) c.push(inArray(enterprises.regionCode, [...filter.regionCodes]));
  if (filter.industry) c.push(like(enterprises.industryCode, `${escapeLike(filter.industry)}%`));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    c.push(
      or(
        ilike(enterprises.name, pattern),
        ilike(enterprises.creditCode, pattern),
        ilike(enterprises.contactName, pattern),
      )!,
    );
  }
  if (filter.status === 'active') c.push(isNull(enterprises.closedAt));
  if (filter.status === 'closed') c.push(isNotNull(enterprises.closedAt));
  if (filter.continuous !== undefined) c.push(eq(enterprises.isContinuousProcess, filter.continuous));
  return and(...c)!;
}

export function createEnterprisesRepository(db: Db) {
  return {
    async list(
      scope: Scope,
      filter: EnterpriseFilter,
      sort: EnterpriseSort,
      order: 'asc' | 'desc',
      page: number,
      pageSize: number,
    ) {
      const where = filterConditions(scope, filter);
      const direction = order === 'asc' ? asc : desc;
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(enterprises)
          .where(where)
          .orderBy(direction(sortColumns[sort]), asc(enterprises.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(enterprises).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    /** Every matching row in pages of `batch`, for exports. */
    async *iterate(scope: Scope, filter: EnterpriseFilter, batch = 2000): AsyncGenerator<EnterpriseRow> {
      const where = filterConditions(scope, filter);
      let lastId = 0;
      for (;;) {
        const rows = await db
          .select()
          .from(enterprises)
          .where(and(where, sql`${enterprises.id} > ${lastId}`))
          .orderBy(asc(enterprises.id))
          .limit(batch);
        yield* rows;
        if (rows.length < batch) return;
        lastId = rows.at(-1)!.id;
      }
    },
    async findInScope(scope: Scope, id: number): Promise<EnterpriseRow | undefined> {
      const [row] = await db
        .select()
        .from(enterprises)
        .where(and(eq(enterprises.id, id), enterpriseScopeCondition(scope)));
      return row;
    },
    async findRegionOf(id: number): Promise<{ regionCode: string } | undefined> {
      const [row] = await db
        .select({ regionCode: enterprises.regionCode })
        .from(enterprises)
        .where(eq(enterprises.id, id));
      return row;
    },
    /** Uniqueness checks look across all scopes: a credit code belongs to one enterprise nationwide. */
    async findByCreditCode(code: string): Promise<EnterpriseRow | undefined> {
      const [row] = await db.select().from(enterprises).where(eq(enterprises.creditCode, code));
      return row;
    },
    async findByCreditCodes(codes: readonly string[]): Promise<EnterpriseRow[]> {
      if (codes.length === 0) return [];
      return db
        .select()
        .from(enterprises)
        .where(inArray(enterprises.creditCode, [...codes]));
    },
    async insert(values: NewEnterpriseRow): Promise<EnterpriseRow> {
      const [row] = await db.insert(enterprises).values(values).returning();
      return row!;
    },
    async insertMany(values: NewEnterpriseRow[]): Promise<void> {
      if (values.length > 0) await db.insert(enterprises).values(values);
    },
    async updateVersioned(
      id: number,
      version: number,
      values: Partial<NewEnterpriseRow>,
    ): Promise<EnterpriseRow | undefined> {
      const [row] = await db
        .update(enterprises)
        .set({ ...values, version: sql`${enterprises.version} + 1` })
        .where(and(eq(enterprises.id, id), eq(enterprises.version, version)))
        .returning();
      return row;
    },
    async update(id: number, values: Partial<NewEnterpriseRow>): Promise<void> {
      await db
        .update(enterprises)
        .set({ ...values, version: sql`${enterprises.version} + 1` })
        .where(eq(enterprises.id, id));
    },
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(enterprises);
      return row?.n ?? 0;
    },

    async findException(code: string) {
      const [row] = await db
        .select()
        .from(creditCodeExceptions)
        .where(eq(creditCodeExceptions.creditCode, code));
      return row;
    },
    async findExceptions(codes: readonly string[]) {
      if (codes.length === 0) return [];
      return db
        .select()
        .from(creditCodeExceptions)
        .where(inArray(creditCodeExceptions.creditCode, [...codes]));
    },
    async listExceptions() {
      return db.select().from(creditCodeExceptions).orderBy(desc(creditCodeExceptions.approvedAt));
    },
    async insertException(values: typeof creditCodeExceptions.$inferInsert) {
      await db.insert(creditCodeExceptions).values(values);
    },
  };
}

export type EnterprisesRepository = ReturnType<typeof createEnterprisesRepository>;
