import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../platform/access';
import type { Db } from '../../platform/db/client';
import { escapeLike } from '../../platform/db/like';
import { projects } from './registry.table';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;

export interface ProjectFilter {
  regionCodes?: readonly string[] | undefined;
  level?: string | undefined;
  stage?: string | undefined;
  q?: string | undefined;
  status?: 'active' | 'closed' | undefined;
}

const sortColumns = {
  name: projects.name,
  code: projects.code,
  level: projects.level,
  regionCode: projects.regionCode,
  totalInvestment: projects.totalInvestment,
  plannedStart: projects.plannedStart,
  stage: projects.stage,
  updatedAt: projects.updatedAt,
};
export type ProjectSort = keyof typeof sortColumns;

/**
 * What a scope may see: its region subtree; a project user only their project; an enterprise user none; a
 * liaison officer only the projects assigned to them.
 */
export function projectScopeCondition(scope: Scope): SQL {
  const conditions: SQL[] = [inArray(projects.regionCode, [...scope.regionCodes])];
  if (scope.projectId !== null) conditions.push(eq(projects.id, scope.projectId));
  else if (scope.enterpriseId !== null) conditions.push(sql`false`);
  if (scope.assigned)
    conditions.push(
      scope.assigned.projectIds.length > 0
        ? inArray(projects.id, [...scope.assigned.projectIds])
        : sql`false`,
    );
  return and(...conditions)!;
}

function filterConditions(scope: Scope, filter: ProjectFilter): SQL {
  const c: SQL[] = [projectScopeCondition(scope)];
  if (filter.regionCodes) c.push(inArray(projects.regionCode, [...filter.regionCodes]));
  if (filter.level) c.push(eq(projects.level, filter.level));
  if (filter.stage) c.push(eq(projects.stage, filter.stage));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    c.push(
      or(ilike(projects.name, pattern), ilike(projects.code, pattern), ilike(projects.ownerUnit, pattern))!,
    );
  }
  if (filter.status === 'active') c.push(isNull(projects.closedAt));
  if (filter.status === 'closed') c.push(isNotNull(projects.closedAt));
  return and(...c)!;
}

export function createProjectsRepository(db: Db) {
  return {
    async list(
      scope: Scope,
      filter: ProjectFilter,
      sort: ProjectSort,
      order: 'asc' | 'desc',
      page: number,
      pageSize: number,
    ) {
      const where = filterConditions(scope, filter);
      const direction = order === 'asc' ? asc : desc;
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(projects)
          .where(where)
          .orderBy(direction(sortColumns[sort]), asc(projects.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(projects).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    async *iterate(scope: Scope, filter: ProjectFilter, batch = 2000): AsyncGenerator<ProjectRow> {
      const where = filterConditions(scope, filter);
      let lastId = 0;
      for (;;) {
        const rows = await db
          .select()
          .from(projects)
          .where(and(where, sql`${projects.id} > ${lastId}`))
          .orderBy(asc(projects.id))
          .limit(batch);
        yield* rows;
        if (rows.length < batch) return;
        lastId = rows.at(-1)!.id;
      }
    },
    async findInScope(scope: Scope, id: number): Promise<ProjectRow | undefined> {
      const [row] = await db
        .select()
        .from(projects)
        .where(and(eq(projects.id, id), projectScopeCondition(scope)));
      return row;
    },
    async findRegionOf(id: number): Promise<{ regionCode: string } | undefined> {
      const [row] = await db
        .select({ regionCode: projects.regionCode })
        .from(projects)
        .where(eq(projects.id, id));
      return row;
    },
    async findByCode(code: string): Promise<ProjectRow | undefined> {
      const [row] = await db.select().from(projects).where(eq(projects.code, code));
      return row;
    },
    async findByCodes(codes: readonly string[]): Promise<ProjectRow[]> {
      if (codes.length === 0) return [];
      return db
        .select()
        .from(projects)
        .where(inArray(projects.code, [...codes]));
    },
    async insert(values: NewProjectRow): Promise<ProjectRow> {
      const [row] = await db.insert(projects).values(values).returning();
      return row!;
    },
    async insertMany(values: NewProjectRow[]): Promise<void> {
      if (values.length > 0) await db.insert(projects).values(values);
    },
    async updateVersioned(
      id: number,
      version: number,
      values: Partial<NewProjectRow>,
    ): Promise<ProjectRow | undefined> {
      const [row] = await db
        .update(projects)
        .set({ ...values, version: sql`${projects.version} + 1` })
        .where(and(eq(projects.id, id), eq(projects.version, version)))
        .returning();
      return row;
    },
    async update(id: number, values: Partial<NewProjectRow>): Promise<void> {
      await db
        .update(projects)
        .set({ ...values, version: sql`${projects.version} + 1` })
        .where(eq(projects.id, id));
    },
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(projects);
      return row?.n ?? 0;
    },
  };
}

export type ProjectsRepository = ReturnType<typeof createProjectsRepository>;
