import type { CreateOfficerRequest, Officer, UpdateOfficerRequest } from '../../../contracts/liaison';
import { checkPasswordStrength } from '../../../domain/password-rule';
import type { Actor, Scope } from '../../platform/access';
import { describeChanges, type AuditContext } from '../../platform/audit';
import type { Db } from '../../platform/db/client';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { hashPassword, type UsersService } from '../users/index';
import type { LiaisonViews } from './liaison.views';
import { createRosterRepository, type OfficerRow, type OfficerVisibility } from './roster.repository';

/** An officer to create: the roster fields and the account's password hash (hashed once for a whole import). */
export interface NewOfficer {
  name: string;
  mobile: string;
  unitDepartmentId: number | null;
  unitRegionCode: string;
  post: string;
  regionCode: string;
  activeFrom: string;
  activeTo: string | null;
}

/** The roster (联络员名册): officers and their sign-in accounts. */
export function createRosterService(
  platform: Platform,
  regions: RegionsService,
  users: UsersService,
  views: LiaisonViews,
) {
  const { db, clock, audit } = platform;
  const repo = createRosterRepository(db);
  const { today, unitName, regionName, toOfficers } = views;
  const visibilityOf = (scope: Scope): OfficerVisibility => ({ regionCodes: scope.regionCodes });

  /** The dispatching unit: a department, or a county government (a region), never both. */
  async function checkUnit(input: {
    unitDepartmentId?: number | null | undefined;
    unitRegionCode?: string | null | undefined;
  }): Promise<{ unitDepartmentId: number | null; unitRegionCode: string }> {
    if (input.unitDepartmentId && input.unitRegionCode)
      throw fieldError('unitDepartmentId', '派出单位只能是一个部门或一个区县，不能同时填写');
    if (input.unitDepartmentId) {
      const department = await regions.findDepartment(input.unitDepartmentId);
      if (!department) throw fieldError('unitDepartmentId', '派出单位（部门）不存在');
      return { unitDepartmentId: department.id, unitRegionCode: department.regionCode };
    }
    if (input.unitRegionCode) {
      if (!(await regions.find(input.unitRegionCode)))
        throw fieldError('unitRegionCode', `区划代码 ${input.unitRegionCode} 不存在`);
      return { unitDepartmentId: null, unitRegionCode: input.unitRegionCode };
    }
    throw fieldError('unitDepartmentId', '请选择派出单位（部门或区县）');
  }

  async function checkWorkRegion(scope: Scope, regionCode: string) {
    if (!(await regions.find(regionCode))) throw fieldError('regionCode', `区划代码 ${regionCode} 不存在`);
    if (!scope.regionCodes.includes(regionCode)) throw fieldError('regionCode', '工作区域超出您的管理范围');
  }

  async function editableOfficer(actor: Actor, id: number): Promise<OfficerRow> {
    const row = await repo.findVisibleOfficer(visibilityOf(actor.scope), id);
    if (!row) throw notFound('联络员');
    // A county dispatcher sees the city's officers stationed in the county, but the city manages them.
    if (!actor.scope.regionCodes.includes(row.regionCode))
      throw new AppError('forbidden', '该联络员由上级单位管理，您只能查看');
    return row;
  }

  /** Creates officers with their sign-in accounts (user name = mobile) inside `tx`; all or nothing. */
  async function insertOfficers(
    tx: Db,
    officers: readonly NewOfficer[],
    passwordHash: string,
    context: AuditContext,
    options: { mustChangePassword: boolean },
  ): Promise<OfficerRow[]> {
    const accounts = await users.insertAccounts(
      tx,
      officers.map((o) => ({
        username: o.mobile,
        name: o.name,
        passwordHash,
        role: 'liaison_officer' as const,
        regionCode: o.regionCode,
        departmentId: o.unitDepartmentId,
        phone: o.mobile,
        mustChangePassword: options.mustChangePassword,
      })),
      context,
    );
    const idOf = new Map(accounts.map((a) => [a.username, a.id]));
    const now = clock.now();
    return createRosterRepository(tx).insertOfficers(
      officers.map((o) => ({ ...o, userId: idOf.get(o.mobile)!, createdAt: now, updatedAt: now })),
    );
  }

  return {
    insertOfficers,

    /** A user name (mobile) that an account other than a rostered officer's already has. */
    async isMobileTakenByOtherAccount(mobile: string, tx: Db = db): Promise<boolean> {
      if ((await createRosterRepository(tx).findOfficersByMobile([mobile])).length > 0) return false;
      return (await users.usernamesTaken([mobile], tx)).size > 0;
    },

    /** The officer record of a signed-in liaison officer, or 404 when they are not on the roster. */
    async officerOf(actor: Actor): Promise<OfficerRow> {
      const row = actor.userId ? await repo.findOfficerByUser(actor.userId) : undefined;
      if (!row) throw new AppError('not_found', '您的账号不在联络员名册中，请联系区县调度员');
      return row;
    },

    async listOfficers(
      actor: Actor,
      query: {
        region?: string | undefined;
        q?: string | undefined;
        status?: 'active' | 'inactive' | undefined;
        unitDepartmentId?: number | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      const result = await repo.listOfficers(
        visibilityOf(actor.scope),
        {
          q: query.q,
          regionCodes: query.region ? await regions.subtree(query.region) : undefined,
          status: query.status,
          unitDepartmentId: query.unitDepartmentId,
          date: today(),
        },
        query.page,
        query.pageSize,
      );
      return { items: await toOfficers(result.items), total: result.total };
    },

    async getOfficer(actor: Actor, id: number): Promise<Officer> {
      const row = await repo.findVisibleOfficer(visibilityOf(actor.scope), id);
      if (!row) throw notFound('联络员');
      return (await toOfficers([row]))[0]!;
    },

    /** The full mobile number, for those who may see it; every viewing is audited. */
    async revealMobile(actor: Actor, id: number, context: AuditContext): Promise<{ mobile: string }> {
      const row = await repo.findVisibleOfficer(visibilityOf(actor.scope), id);
      if (!row) throw notFound('联络员');
      await audit.record(db, context, {
        action: 'liaison.mobile_viewed',
        entityType: 'liaison_officer',
        entityId: id,
        summary: `查看联络员 ${row.name} 的完整手机号`,
      });
      return { mobile: row.mobile };
    },

    async createOfficer(actor: Actor, input: CreateOfficerRequest, context: AuditContext): Promise<Officer> {
      const problem = checkPasswordStrength(input.password);
      if (problem) throw fieldError('password', problem);
      const unit = await checkUnit(input);
      await checkWorkRegion(actor.scope, input.regionCode);
      if (input.activeTo && input.activeTo < input.activeFrom)
        throw fieldError('activeTo', '结束日期不能早于起始日期');
      if ((await repo.findOfficersByMobile([input.mobile])).length > 0)
        throw new AppError('conflict', `手机号 ${input.mobile} 已在联络员名册中`, {
          errors: [{ path: 'mobile', message: '已在名册中' }],
        });
      if ((await users.usernamesTaken([input.mobile])).size > 0)
        throw new AppError('conflict', `手机号 ${input.mobile} 已被其他账号用作用户名`, {
          errors: [{ path: 'mobile', message: '已被其他账号使用' }],
        });
      const passwordHash = await hashPassword(input.password);
      await regions.warm();
      const row = await db.transaction(async (tx) => {
        const [created] = await insertOfficers(
          tx,
          [
            {
              name: input.name,
              mobile: input.mobile,
              ...unit,
              post: input.post,
              regionCode: input.regionCode,
              activeFrom: input.activeFrom,
              activeTo: input.activeTo ?? null,
            },
          ],
          passwordHash,
          context,
          { mustChangePassword: true },
        );
        await audit.record(tx, context, {
          action: 'liaison.officer_created',
          entityType: 'liaison_officer',
          entityId: created!.id,
          summary: `新增联络员 ${created!.name}（${await unitName(created!)}，${await regionName(created!.regionCode)}）`,
        });
        return created!;
      });
      return (await toOfficers([row]))[0]!;
    },

    async updateOfficer(
      actor: Actor,
      id: number,
      version: number,
      input: UpdateOfficerRequest,
      context: AuditContext,
    ): Promise<Officer> {
      const before = await editableOfficer(actor, id);
      const unitChanged = input.unitDepartmentId !== undefined || input.unitRegionCode !== undefined;
      const unit = unitChanged ? await checkUnit(input) : undefined;
      if (input.regionCode) await checkWorkRegion(actor.scope, input.regionCode);
      const activeFrom = input.activeFrom ?? before.activeFrom;
      const activeTo = input.activeTo === undefined ? before.activeTo : input.activeTo;
      if (activeTo && activeTo < activeFrom) throw fieldError('activeTo', '结束日期不能早于起始日期');
      const changes = {
        name: input.name,
        post: input.post,
        regionCode: input.regionCode,
        activeFrom: input.activeFrom,
        activeTo: input.activeTo,
        ...unit,
      };
      await regions.warm();
      const row = await db.transaction(async (tx) => {
        const updated = await createRosterRepository(tx).updateOfficerVersioned(id, version, {
          ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
          updatedAt: clock.now(),
        });
        if (!updated)
          throw new AppError('stale_version', '该联络员信息已被他人修改，请刷新后重试', {
            extra: { currentVersion: before.version },
          });
        await users.syncAccount(tx, before.userId, {
          ...(input.name ? { name: input.name } : {}),
          ...(input.regionCode ? { regionCode: input.regionCode } : {}),
          ...(unit ? { departmentId: unit.unitDepartmentId } : {}),
        });
        await audit.record(tx, context, {
          action: 'liaison.officer_updated',
          entityType: 'liaison_officer',
          entityId: id,
          summary: `修改联络员 ${before.name}：${describeChanges(before, changes)}`,
        });
        return updated;
      });
      return (await toOfficers([row]))[0]!;
    },
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
