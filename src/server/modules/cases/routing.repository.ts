import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { routingRules } from './cases.table';

export type RoutingRuleRow = typeof routingRules.$inferSelect;

/** The routing table: (kind, category) → default lead department and time limits. */
export function createRoutingRepository(db: Db) {
  return {
    async list(kind: string): Promise<RoutingRuleRow[]> {
      return db
        .select()
        .from(routingRules)
        .where(eq(routingRules.kind, kind))
        .orderBy(asc(routingRules.category));
    },
    async find(kind: string, category: string): Promise<RoutingRuleRow | undefined> {
      const [row] = await db
        .select()
        .from(routingRules)
        .where(and(eq(routingRules.kind, kind), eq(routingRules.category, category)));
      return row;
    },
    async insert(rows: (typeof routingRules.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await db.insert(routingRules).values(rows).onConflictDoNothing();
    },
    async update(
      kind: string,
      category: string,
      version: number,
      values: Partial<typeof routingRules.$inferInsert>,
    ): Promise<RoutingRuleRow | undefined> {
      const [row] = await db
        .update(routingRules)
        .set({ ...values, version: sql`${routingRules.version} + 1` })
        .where(
          and(
            eq(routingRules.kind, kind),
            eq(routingRules.category, category),
            eq(routingRules.version, version),
          ),
        )
        .returning();
      return row;
    },
  };
}
