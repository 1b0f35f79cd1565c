import { asc, count, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import type { RegionKind, RegionNode } from '../../../domain/regions';
import type { DepartmentSeed } from '../../../domain/reference/hengyang';
import { departments, regions } from './regions.table';

export interface DepartmentRow {
  id: number;
  code: string;
  name: string;
  regionCode: string;
}

export function createRegionsRepository(db: Db) {
  return {
    async listRegions(): Promise<RegionNode[]> {
      const rows = await db.select().from(regions).orderBy(asc(regions.sortOrder), asc(regions.code));
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        kind: r.kind as RegionKind,
        parentCode: r.parentCode,
      }));
    },
    async listDepartments(regionCodes: readonly string[]): Promise<DepartmentRow[]> {
      if (regionCodes.length === 0) return [];
      return db
        .select()
        .from(departments)
        .where(inArray(departments.regionCode, [...regionCodes]))
        .orderBy(asc(departments.id));
    },
    async listAllDepartments(): Promise<DepartmentRow[]> {
      return db.select().from(departments).orderBy(asc(departments.id));
    },
    async countRegions(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(regions);
      return row?.n ?? 0;
    },
    async insertRegions(nodes: readonly RegionNode[]): Promise<void> {
      await db
        .insert(regions)
        .values(nodes.map((n, i) => ({ ...n, sortOrder: i })))
        .onConflictDoNothing();
    },
    async insertDepartments(list: readonly DepartmentSeed[]): Promise<void> {
      await db
        .insert(departments)
        .values([...list])
        .onConflictDoNothing();
    },
  };
}
