import { and, eq, gt, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../platform/access';
import type { Db } from '../../platform/db/client';
import { enterpriseScopeCondition } from './enterprises.repository';
import { projectScopeCondition } from './projects.repository';
import { enterprises, projects } from './registry.table';
import { subjectKey, type SubjectKind } from '../../../domain/subjects';

export type { SubjectKind };

/** What reporting needs to know of an enterprise or a project, whichever it is. */
export interface SubjectRow {
  kind: SubjectKind;
  id: number;
  /** The credit code of an enterprise, the code of a project. */
  code: string;
  name: string;
  regionCode: string;
  /** enterprise | provincial | municipal | county (project level) */
  level: string;
  isContinuous: boolean;
  workforce: number | null;
  activeFrom: string;
  closedAt: string | null;
  contactName: string | null;
  contactPhone: string | null;
}

export interface RegistryCountRow {
  regionCode: string;
  level: string;
  total: number;
  inactive: number;
  continuousActive: number;
}

const enterpriseColumns = {
  id: enterprises.id,
  code: enterprises.creditCode,
  name: enterprises.name,
  regionCode: enterprises.regionCode,
  isContinuous: enterprises.isContinuousProcess,
  workforce: enterprises.workforce,
  activeFrom: enterprises.activeFrom,
  closedAt: enterprises.closedAt,
  contactName: enterprises.contactName,
  contactPhone: enterprises.contactPhone,
};
const projectColumns = {
  id: projects.id,
  code: projects.code,
  name: projects.name,
  regionCode: projects.regionCode,
  level: projects.level,
  activeFrom: projects.activeFrom,
  closedAt: projects.closedAt,
};

export function createSubjectsRepository(db: Db) {
  return {
    async find(scope: Scope, kind: SubjectKind, id: number): Promise<SubjectRow | undefined> {
      if (kind === 'enterprise') {
        const [row] = await db
          .select(enterpriseColumns)
          .from(enterprises)
          .where(and(eq(enterprises.id, id), enterpriseScopeCondition(scope)));
        return row ? { ...row, kind, level: 'enterprise' } : undefined;
      }
      const [row] = await db
        .select(projectColumns)
        .from(projects)
        .where(and(eq(projects.id, id), projectScopeCondition(scope)));
      return row
        ? { ...row, kind, isContinuous: false, workforce: null, contactName: null, contactPhone: null }
        : undefined;
    },

    /** Subjects in scope and regions, active on `date`, optionally of one kind or project level. */
    async listActive(
      scope: Scope,
      regionCodes: readonly string[],
      date: string,
      kind?: SubjectKind,
      level?: string,
    ): Promise<SubjectRow[]> {
      const out: SubjectRow[] = [];
      if (kind !== 'project' && (!level || level === 'enterprise')) {
        const rows = await db
          .select(enterpriseColumns)
          .from(enterprises)
          .where(
            and(
              enterpriseScopeCondition(scope),
              inArray(enterprises.regionCode, [...regionCodes]),
              lte(enterprises.activeFrom, date),
              or(sql`${enterprises.closedAt} is null`, gt(enterprises.closedAt, date)),
            ),
          );
        out.push(...rows.map((r) => ({ ...r, kind: 'enterprise' as const, level: 'enterprise' })));
      }
      if (kind !== 'enterprise' && level !== 'enterprise') {
        const conditions: SQL[] = [
          projectScopeCondition(scope),
          inArray(projects.regionCode, [...regionCodes]),
          lte(projects.activeFrom, date),
          or(sql`${projects.closedAt} is null`, gt(projects.closedAt, date))!,
        ];
        if (level) conditions.push(eq(projects.level, level));
        const rows = await db
          .select(projectColumns)
          .from(projects)
          .where(and(...conditions));
        out.push(
          ...rows.map((r) => ({
            ...r,
            kind: 'project' as const,
            isContinuous: false,
            workforce: null,
            contactName: null,
            contactPhone: null,
          })),
        );
      }
      return out;
    },

    /** Subjects per region and level, how many are inactive on `date`, and active continuous-process plants. */
    async countByRegion(regionCodes: readonly string[], date: string): Promise<RegistryCountRow[]> {
      const inactiveE = sql<number>`count(*) filter (where ${enterprises.activeFrom} > ${date} or ${enterprises.closedAt} <= ${date})::int`;
      const continuousE = sql<number>`count(*) filter (where ${enterprises.isContinuousProcess} and ${enterprises.activeFrom} <= ${date} and (${enterprises.closedAt} is null or ${enterprises.closedAt} > ${date}))::int`;
      const e = await db
        .select({
          regionCode: enterprises.regionCode,
          total: sql<number>`count(*)::int`,
          inactive: inactiveE,
          continuousActive: continuousE,
        })
        .from(enterprises)
        .where(inArray(enterprises.regionCode, [...regionCodes]))
        .groupBy(enterprises.regionCode);
      const inactiveP = sql<number>`count(*) filter (where ${projects.activeFrom} > ${date} or ${projects.closedAt} <= ${date})::int`;
      const p = await db
        .select({
          regionCode: projects.regionCode,
          level: projects.level,
          total: sql<number>`count(*)::int`,
          inactive: inactiveP,
        })
        .from(projects)
        .where(inArray(projects.regionCode, [...regionCodes]))
        .groupBy(projects.regionCode, projects.level);
      return [
        ...e.map((r) => ({ ...r, level: 'enterprise' })),
        ...p.map((r) => ({ ...r, continuousActive: 0 })),
      ];
    },

    /** Names of some subjects, by `kind:id`, regardless of scope (callers have already scoped the ids). */
    async namesOf(keys: readonly { kind: SubjectKind; id: number }[]): Promise<Map<string, string>> {
      const enterpriseIds = keys.filter((k) => k.kind === 'enterprise').map((k) => k.id);
      const projectIds = keys.filter((k) => k.kind === 'project').map((k) => k.id);
      const out = new Map<string, string>();
      if (enterpriseIds.length > 0) {
        for (const r of await db
          .select({ id: enterprises.id, name: enterprises.name })
          .from(enterprises)
          .where(inArray(enterprises.id, enterpriseIds)))
          out.set(subjectKey({ kind: 'enterprise', id: r.id }), r.name);
      }
      if (projectIds.length > 0) {
        for (const r of await db
          .select({ id: projects.id, name: projects.name })
          .from(projects)
          .where(inArray(projects.id, projectIds)))
          out.set(subjectKey({ kind: 'project', id: r.id }), r.name);
      }
      return out;
    },

    /** Subjects closed on or before `date` (few): their carried statuses are taken out of the figures. */
    async closedBy(
      regionCodes: readonly string[],
      date: string,
    ): Promise<{ kind: SubjectKind; id: number }[]> {
      const e = await db
        .select({ id: enterprises.id })
        .from(enterprises)
        .where(
          and(
            inArray(enterprises.regionCode, [...regionCodes]),
            isNotNull(enterprises.closedAt),
            lte(enterprises.closedAt, date),
          ),
        );
      const p = await db
        .select({ id: projects.id })
        .from(projects)
        .where(
          and(
            inArray(projects.regionCode, [...regionCodes]),
            isNotNull(projects.closedAt),
            lte(projects.closedAt, date),
          ),
        );
      return [
        ...e.map((r) => ({ kind: 'enterprise' as const, id: r.id })),
        ...p.map((r) => ({ kind: 'project' as const, id: r.id })),
      ];
    },
  };
}

export type SubjectsRepository = ReturnType<typeof createSubjectsRepository>;
