import type {
  Enterprise,
  EnterpriseInput,
  EnterpriseListQuery,
  EnterpriseUpdate,
} from '../../../contracts/registry';
import { validateCreditCode } from '../../../domain/credit-code';
import { shanghaiDate } from '../../../domain/dates';
import { hasPermission } from '../../../domain/permissions';
import { findIndustryClass } from '../../../domain/reference/industries';
import { maskPhone, normaliseAmount } from '../../../domain/registry';
import type { Actor, Scope } from '../../platform/access';
import { describeChanges, type AuditContext } from '../../platform/audit';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import {
  createEnterprisesRepository,
  type EnterpriseFilter,
  type EnterpriseRow,
} from './enterprises.repository';
import { loadRegionLookup, resolveSubjectRegion } from './registry.rules';

// What an enterprise user may change about their own enterprise; identity fields stay with the dispatchers.
const fieldsForEnterpriseUsers = new Set([
  'workforce',
  'annualOutput',
  'address',
  'contactName',
  'contactPhone',
  'isContinuousProcess',
]);

export function createEnterprisesService(platform: Platform, regions: RegionsService) {
  const { db, clock, audit } = platform;
  const repo = createEnterprisesRepository(db);

  async function toDto(row: EnterpriseRow, actor: Actor): Promise<Enterprise> {
    const region = await regions.find(row.regionCode);
    const canSeeContact = hasPermission(actor.role, 'registry.contact.view');
    return {
      id: row.id,
      creditCode: row.creditCode,
      name: row.name,
      regionCode: row.regionCode,
      regionName: region?.name ?? row.regionCode,
      industryCode: row.industryCode,
      industryName: findIndustryClass(row.industryCode)?.name ?? '',
      workforce: row.workforce,
      annualOutput: row.annualOutput,
      address: row.address,
      contactName: row.contactName,
      contactPhone: canSeeContact ? row.contactPhone : (maskPhone(row.contactPhone) ?? ''),
      isContinuousProcess: row.isContinuousProcess,
      activeFrom: row.activeFrom,
      closedAt: row.closedAt,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** The normalised credit code, or a 400 naming which part is wrong (unless an administrator accepted it). */
  async function checkCreditCode(raw: string): Promise<string> {
    const result = validateCreditCode(raw);
    if (result.ok) return result.code;
    if (await repo.findException(result.code)) return result.code;
    throw fieldError('creditCode', result.message);
  }

  async function checkRegion(scope: Scope, code: string): Promise<string> {
    const resolved = resolveSubjectRegion(await loadRegionLookup(regions, scope), code);
    if ('message' in resolved) throw fieldError('regionCode', resolved.message);
    return resolved.code;
  }

  async function getRow(scope: Scope, id: number): Promise<EnterpriseRow> {
    const row = await repo.findInScope(scope, id);
    if (!row) throw notFound('企业');
    return row;
  }

  async function toFilter(
    query: Pick<EnterpriseListQuery, 'region' | 'industry' | 'q' | 'status' | 'continuous'>,
  ): Promise<EnterpriseFilter> {
    return {
      regionCodes: query.region ? await regions.subtree(query.region) : undefined,
      industry: query.industry,
      q: query.q,
      status: query.status,
      continuous: query.continuous === undefined ? undefined : query.continuous === 'true',
    };
  }

  return {
    toDto,
    toFilter,
    checkCreditCode,

    async list(actor: Actor, query: EnterpriseListQuery) {
      const result = await repo.list(
        actor.scope,
        await toFilter(query),
        query.sort,
        query.order,
        query.page,
        query.pageSize,
      );
      return { items: await Promise.all(result.items.map((r) => toDto(r, actor))), total: result.total };
    },

    async get(actor: Actor, id: number): Promise<Enterprise> {
      return toDto(await getRow(actor.scope, id), actor);
    },

    /** Registers an enterprise; the credit code is unique across the whole installation. */
    async create(actor: Actor, input: EnterpriseInput, context: AuditContext): Promise<Enterprise> {
      if (actor.scope.enterpriseId !== null || actor.scope.projectId !== null)
        throw new AppError('forbidden', '企业和项目用户不能新增企业');
      const creditCode = await checkCreditCode(input.creditCode);
      const regionCode = await checkRegion(actor.scope, input.regionCode);
      if (await repo.findByCreditCode(creditCode)) {
        throw new AppError('conflict', `统一社会信用代码 ${creditCode} 已登记`, {
          errors: [{ path: 'creditCode', message: '该信用代码已登记' }],
        });
      }
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const created = await createEnterprisesRepository(tx).insert({
          ...input,
          creditCode,
          regionCode,
          annualOutput: normaliseAmount(input.annualOutput),
          activeFrom: input.activeFrom ?? shanghaiDate(now),
          createdAt: now,
          updatedAt: now,
        });
        await audit.record(tx, context, {
          action: 'enterprise.created',
          entityType: 'enterprise',
          entityId: created.id,
          summary: `登记企业 ${created.name}（${creditCode}）`,
        });
        return created;
      });
      return toDto(row, actor);
    },

    async update(
      actor: Actor,
      id: number,
      version: number,
      input: EnterpriseUpdate,
      context: AuditContext,
    ): Promise<Enterprise> {
      const before = await getRow(actor.scope, id);
      if (actor.scope.enterpriseId !== null) {
        const forbidden = Object.keys(input).filter(
          (k) => input[k as keyof EnterpriseUpdate] !== undefined && !fieldsForEnterpriseUsers.has(k),
        );
        if (forbidden.length > 0) {
          throw new AppError('forbidden', `企业用户不能修改：${forbidden.join('、')}，请联系区县调度员`, {
            errors: forbidden.map((path) => ({ path, message: '无权修改' })),
          });
        }
      }
      const changes: EnterpriseUpdate = { ...input };
      if (input.creditCode !== undefined) {
        changes.creditCode = await checkCreditCode(input.creditCode);
        const other = await repo.findByCreditCode(changes.creditCode);
        if (other && other.id !== id)
          throw new AppError('conflict', `统一社会信用代码 ${changes.creditCode} 已登记`, {
            errors: [{ path: 'creditCode', message: '该信用代码已登记' }],
          });
      }
      if (input.regionCode !== undefined)
        changes.regionCode = await checkRegion(actor.scope, input.regionCode);
      if (input.annualOutput !== undefined) changes.annualOutput = normaliseAmount(input.annualOutput);
      const row = await db.transaction(async (tx) => {
        const updated = await createEnterprisesRepository(tx).updateVersioned(id, version, {
          ...changes,
          updatedAt: clock.now(),
        });
        if (!updated)
          throw new AppError('stale_version', '该企业信息已被他人修改，请刷新后重试', {
            extra: { currentVersion: before.version },
          });
        await audit.record(tx, context, {
          action: 'enterprise.updated',
          entityType: 'enterprise',
          entityId: id,
          summary: describeChanges(before, changes),
        });
        return updated;
      });
      return toDto(row, actor);
    },

    /** Closing (关停/退出) keeps the record and its history; reopening clears the date. Both need a reason. */
    async setClosed(
      actor: Actor,
      id: number,
      version: number,
      closedAt: string | null,
      reason: string,
      context: AuditContext,
    ): Promise<Enterprise> {
      const before = await getRow(actor.scope, id);
      if (closedAt !== null && before.closedAt) throw new AppError('conflict', '该企业已关停');
      if (closedAt === null && !before.closedAt) throw new AppError('conflict', '该企业未关停，无需恢复');
      if (closedAt !== null && closedAt < before.activeFrom)
        throw fieldError('closedAt', '关停日期不能早于纳入日期');
      const row = await db.transaction(async (tx) => {
        const updated = await createEnterprisesRepository(tx).updateVersioned(id, version, {
          closedAt,
          updatedAt: clock.now(),
        });
        if (!updated) throw new AppError('stale_version', '该企业信息已被他人修改，请刷新后重试');
        await audit.record(tx, context, {
          action: closedAt ? 'enterprise.closed' : 'enterprise.reopened',
          entityType: 'enterprise',
          entityId: id,
          summary: closedAt
            ? `关停 ${before.name}，日期 ${closedAt}，原因：${reason}`
            : `恢复 ${before.name}，原因：${reason}`,
        });
        return updated;
      });
      return toDto(row, actor);
    },

    async listExceptions() {
      return (await repo.listExceptions()).map((e) => ({
        creditCode: e.creditCode,
        reason: e.reason,
        problem: e.problem,
        approvedBy: e.approvedByName,
        approvedAt: e.approvedAt.toISOString(),
      }));
    },

    /** An administrator accepts one specific code that fails the check, with a written reason. */
    async addException(actor: Actor, raw: string, reason: string, context: AuditContext) {
      const result = validateCreditCode(raw);
      if (result.ok) throw fieldError('creditCode', '该代码校验通过，无需例外');
      if (result.problem === 'length' || result.problem === 'character')
        throw fieldError('creditCode', `${result.message}，不能作为例外接受`);
      if (await repo.findException(result.code)) throw new AppError('conflict', '该代码已被接受为例外');
      await db.transaction(async (tx) => {
        await createEnterprisesRepository(tx).insertException({
          creditCode: result.code,
          problem: result.message,
          reason,
          approvedBy: actor.userId,
          approvedByName: actor.name,
          approvedAt: clock.now(),
        });
        await audit.record(tx, context, {
          action: 'enterprise.credit_code_exception',
          entityType: 'credit_code',
          entityId: result.code,
          summary: `接受未通过校验的信用代码 ${result.code}（${result.message}），理由：${reason}`,
        });
      });
    },

    /** For binding a user to an enterprise: an identity lookup that the user administration scopes itself. */
    async findForBinding(id: number): Promise<{ regionCode: string } | undefined> {
      return repo.findRegionOf(id);
    },

    async findIdByCreditCode(code: string): Promise<number | undefined> {
      return (await repo.findByCreditCode(code))?.id;
    },

    count: () => repo.count(),
  };
}

export type EnterprisesService = ReturnType<typeof createEnterprisesService>;
