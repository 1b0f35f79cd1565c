import { collectSubtree, type RegionNode } from '../../../domain/regions';
import { hengyangDepartments, hengyangRegions } from '../../../domain/reference/hengyang';
import type { Db } from '../../platform/db/client';
import { createRegionsRepository, type DepartmentRow } from './regions.repository';

// Regions change rarely (an administrator's data load); each process re-reads them at most this often.
const cacheMillis = 60_000;

export interface RegionsService {
  tree(): Promise<RegionNode[]>;
  /** The codes of `code` and everything under it; empty when the code is unknown. */
  subtree(code: string): Promise<string[]>;
  find(code: string): Promise<RegionNode | undefined>;
  departmentsIn(regionCodes: readonly string[]): Promise<DepartmentRow[]>;
  findDepartment(id: number): Promise<DepartmentRow | undefined>;
  /** Loads the city's region tree and departments into an empty database. */
  seedReferenceData(): Promise<void>;
  invalidate(): void;
  /**
   * Refreshes the cache if stale. Call before a transaction that reads regions: on PGlite (one connection) a
   * cache refill on `db` inside a transaction would wait for that transaction.
   */
  warm(): Promise<void>;
}

export function createRegionsService(db: Db): RegionsService {
  const repo = createRegionsRepository(db);
  interface Cache {
    at: number;
    nodes: RegionNode[];
    departments: DepartmentRow[];
  }
  let cached: Cache | null = null;

  let refreshing: Promise<Cache> | null = null;

  function refresh(): Promise<Cache> {
    refreshing ??= Promise.all([repo.listRegions(), repo.listAllDepartments()])
      .then(([nodes, departments]) => {
        cached = { at: Date.now(), nodes, departments };
        return cached;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  /**
   * The cached tree; a stale one is served at once while it is re-read in the background, so that a read
   * inside a transaction (a job's, on PGlite's single connection) never waits for a refill on `db`.
   */
  async function load(): Promise<Cache> {
    if (!cached) return refresh();
    if (Date.now() - cached.at >= cacheMillis) void refresh().catch(() => undefined);
    return cached;
  }

  return {
    async tree() {
      return (await load()).nodes;
    },
    async subtree(code) {
      return collectSubtree((await load()).nodes, code);
    },
    async find(code) {
      return (await load()).nodes.find((n) => n.code === code);
    },
    async departmentsIn(regionCodes) {
      const set = new Set(regionCodes);
      return (await load()).departments.filter((d) => set.has(d.regionCode));
    },
    async findDepartment(id) {
      return (await load()).departments.find((d) => d.id === id);
    },
    async seedReferenceData() {
      if ((await repo.countRegions()) === 0) {
        await repo.insertRegions(hengyangRegions);
        await repo.insertDepartments(hengyangDepartments());
      }
      cached = null;
    },
    invalidate() {
      cached = null;
    },
    async warm() {
      if (!cached || Date.now() - cached.at >= cacheMillis) await refresh();
    },
  };
}
