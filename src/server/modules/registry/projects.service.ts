import type { Project, ProjectInput, ProjectListQuery, ProjectUpdate } from '../../../contracts/registry';
import { shanghaiDate } from '../../../domain/dates';
import { normaliseAmount, type ProjectLevel, type ProjectStage } from '../../../domain/registry';
import type { Actor, Scope } from '../../platform/access';
import { describeChanges, type AuditContext } from '../../platform/audit';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { createProjectsRepository, type ProjectFilter, type ProjectRow } from './projects.repository';
import { loadRegionLookup, resolveSubjectRegion } from './registry.rules';

export function createProjectsService(platform: Platform, regions: RegionsService) {
  const { db, clock, audit } = platform;
  const repo = createProjectsRepository(db);

  async function toDto(row: ProjectRow): Promise<Project> {
    const region = await regions.find(row.regionCode);
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      level: row.level as ProjectLevel,
      regionCode: row.regionCode,
      regionName: region?.name ?? row.regionCode,
      ownerUnit: row.ownerUnit,
      category: row.category,
      totalInvestment: row.totalInvestment,
      annualPlannedInvestment: row.annualPlannedInvestment,
      plannedStart: row.plannedStart,
      plannedEnd: row.plannedEnd,
      stage: row.stage as ProjectStage,
      activeFrom: row.activeFrom,
      closedAt: row.closedAt,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async function checkRegion(scope: Scope, code: string): Promise<string> {
    const resolved = resolveSubjectRegion(await loadRegionLookup(regions, scope), code);
    if ('message' in resolved) throw fieldError('regionCode', resolved.message);
    return resolved.code;
  }

  function checkDates(start: string, end: string) {
    if (end < start) throw fieldError('plannedEnd', '计划竣工日期不能早于计划开工日期');
  }

  async function getRow(scope: Scope, id: number): Promise<ProjectRow> {
    const row = await repo.findInScope(scope, id);
    if (!row) throw notFound('项目');
    return row;
  }

  async function toFilter(
    query: Pick<ProjectListQuery, 'region' | 'level' | 'stage' | 'q' | 'status'>,
  ): Promise<ProjectFilter> {
    return {
      regionCodes: query.region ? await regions.subtree(query.region) : undefined,
      level: query.level,
      stage: query.stage,
      q: query.q,
      status: query.status,
    };
  }

  return {
    toDto,
    toFilter,

    async list(actor: Actor, query: ProjectListQuery) {
      const result = await repo.list(
        actor.scope,
        await toFilter(query),
        query.sort,
        query.order,
        query.page,
        query.pageSize,
      );
      return { items: await Promise.all(result.items.map(toDto)), total: result.total };
    },

    async get(actor: Actor, id: number): Promise<Project> {
      return toDto(await getRow(actor.scope, id));
    },

    /** Registers a key project; its code is unique. */
    async create(actor: Actor, input: ProjectInput, context: AuditContext): Promise<Project> {
      if (actor.scope.enterpriseId !== null || actor.scope.projectId !== null)
        throw new AppError('forbidden', '企业和项目用户不能新增项目');
      const regionCode = await checkRegion(actor.scope, input.regionCode);
      checkDates(input.plannedStart, input.plannedEnd);
      if (await repo.findByCode(input.code)) {
        throw new AppError('conflict', `项目编号 ${input.code} 已存在`, {
          errors: [{ path: 'code', message: '项目编号已存在' }],
        });
      }
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const created = await createProjectsRepository(tx).insert({
          ...input,
          regionCode,
          totalInvestment: normaliseAmount(input.totalInvestment),
          annualPlannedInvestment: normaliseAmount(input.annualPlannedInvestment),
          activeFrom: input.activeFrom ?? shanghaiDate(now),
          createdAt: now,
          updatedAt: now,
        });
        await audit.record(tx, context, {
          action: 'project.created',
          entityType: 'project',
          entityId: created.id,
          summary: `登记项目 ${created.name}（${created.code}）`,
        });
        return created;
      });
      return toDto(row);
    },

    async update(
      actor: Actor,
      id: number,
      version: number,
      input: ProjectUpdate,
      context: AuditContext,
    ): Promise<Project> {
      const before = await getRow(actor.scope, id);
      if (actor.scope.projectId !== null)
        throw new AppError('forbidden', '项目用户不能修改项目登记信息，请联系区县调度员');
      const changes: ProjectUpdate = { ...input };
      if (input.regionCode !== undefined)
        changes.regionCode = await checkRegion(actor.scope, input.regionCode);
      if (input.code !== undefined && input.code !== before.code && (await repo.findByCode(input.code))) {
        throw new AppError('conflict', `项目编号 ${input.code} 已存在`, {
          errors: [{ path: 'code', message: '项目编号已存在' }],
        });
      }
      checkDates(input.plannedStart ?? before.plannedStart, input.plannedEnd ?? before.plannedEnd);
      if (input.totalInvestment !== undefined)
        changes.totalInvestment = normaliseAmount(input.totalInvestment);
      if (input.annualPlannedInvestment !== undefined)
        changes.annualPlannedInvestment = normaliseAmount(input.annualPlannedInvestment);
      const row = await db.transaction(async (tx) => {
        const updated = await createProjectsRepository(tx).updateVersioned(id, version, {
          ...changes,
          updatedAt: clock.now(),
        });
        if (!updated)
          throw new AppError('stale_version', '该项目信息已被他人修改，请刷新后重试', {
            extra: { currentVersion: before.version },
          });
        await audit.record(tx, context, {
          action: 'project.updated',
          entityType: 'project',
          entityId: id,
          summary: describeChanges(before, changes),
        });
        return updated;
      });
      return toDto(row);
    },

    async setClosed(
      actor: Actor,
      id: number,
      version: number,
      closedAt: string | null,
      reason: string,
      context: AuditContext,
    ): Promise<Project> {
      const before = await getRow(actor.scope, id);
      if (closedAt !== null && before.closedAt) throw new AppError('conflict', '该项目已退出');
      if (closedAt === null && !before.closedAt) throw new AppError('conflict', '该项目未退出，无需恢复');
      if (closedAt !== null && closedAt < before.activeFrom)
        throw fieldError('closedAt', '退出日期不能早于纳入日期');
      const row = await db.transaction(async (tx) => {
        const updated = await createProjectsRepository(tx).updateVersioned(id, version, {
          closedAt,
          updatedAt: clock.now(),
        });
        if (!updated) throw new AppError('stale_version', '该项目信息已被他人修改，请刷新后重试');
        await audit.record(tx, context, {
          action: closedAt ? 'project.closed' : 'project.reopened',
          entityType: 'project',
          entityId: id,
          summary: closedAt
            ? `项目 ${before.name} 退出，日期 ${closedAt}，原因：${reason}`
            : `恢复项目 ${before.name}，原因：${reason}`,
        });
        return updated;
      });
      return toDto(row);
    },

    async findForBinding(id: number): Promise<{ regionCode: string } | undefined> {
      return repo.findRegionOf(id);
    },

    count: () => repo.count(),
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;
