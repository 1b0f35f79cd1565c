import type { CreateUserRequest, UpdateUserRequest, User } from '../../../contracts/users';
import { checkPasswordStrength } from '../../../domain/password-rule';
import { roleBindings, roleLabels, type Role } from '../../../domain/roles';
import type { Scope } from '../../platform/access';
import { describeChanges, type AuditContext } from '../../platform/audit';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Db } from '../../platform/db/client';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { hashPassword } from './passwords';
import { createUsersRepository, type UserFilter, type UserRow } from './users.repository';

/**
 * How the users module checks an enterprise or project binding without importing the registry (which sits
 * above it): the composition root passes these lookups in.
 */
export interface SubjectLookups {
  enterpriseRegion(id: number): Promise<string | undefined>;
  projectRegion(id: number): Promise<string | undefined>;
}

const noSubjects: SubjectLookups = {
  enterpriseRegion: async () => undefined,
  projectRegion: async () => undefined,
};

export function createUsersService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectLookups = noSubjects,
) {
  const { db, clock, audit } = platform;
  const repo = createUsersRepository(db);

  async function toUser(row: UserRow): Promise<User> {
    const region = await regions.find(row.regionCode);
    const department = row.departmentId ? await regions.findDepartment(row.departmentId) : undefined;
    return {
      id: row.id,
      username: row.username,
      name: row.name,
      role: row.role as Role,
      regionCode: row.regionCode,
      regionName: region?.name ?? row.regionCode,
      departmentId: row.departmentId,
      departmentName: department?.name ?? null,
      enterpriseId: row.enterpriseId,
      projectId: row.projectId,
      phone: row.phone,
      isDisabled: row.isDisabled,
      isLocked: !!row.lockedUntil && row.lockedUntil.getTime() > clock.now().getTime(),
      lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      version: row.version,
    };
  }

  /** The region must lie in the administrator's scope; the department must exist and belong to the role. */
  async function checkBindings(
    scope: Scope,
    role: Role,
    regionCode: string,
    binding: {
      departmentId?: number | null | undefined;
      enterpriseId?: number | null | undefined;
      projectId?: number | null | undefined;
    },
  ) {
    if (!(await regions.find(regionCode))) throw fieldError('regionCode', `区划代码 ${regionCode} 不存在`);
    if (!scope.regionCodes.includes(regionCode)) throw fieldError('regionCode', '所属区划超出您的管理范围');
    if (binding.departmentId) {
      if (!(await regions.findDepartment(binding.departmentId)))
        throw fieldError('departmentId', '部门不存在');
    } else if (roleBindings[role] === 'department') {
      throw fieldError('departmentId', `${roleLabels[role]}必须指定所属部门`);
    }
    for (const [path, id, lookup, label] of [
      ['enterpriseId', binding.enterpriseId, subjects.enterpriseRegion, '企业'],
      ['projectId', binding.projectId, subjects.projectRegion, '项目'],
    ] as const) {
      if (!id) continue;
      const subjectRegion = await lookup(id);
      if (!subjectRegion) throw fieldError(path, `${label}不存在`);
      if (!(await regions.subtree(regionCode)).includes(subjectRegion))
        throw fieldError(path, `${label}不在所属区划内`);
    }
    if (roleBindings[role] === 'enterprise_or_project' && !binding.enterpriseId && !binding.projectId) {
      throw fieldError('enterpriseId', `${roleLabels[role]}必须绑定一家企业或一个项目`);
    }
  }

  async function getRow(scope: Scope, id: number): Promise<UserRow> {
    const row = await repo.findInScope(scope, id);
    if (!row) throw notFound('用户');
    return row;
  }

  return {
    toUser,

    async list(
      scope: Scope,
      filter: Omit<UserFilter, 'regionCodes'> & { region?: string | undefined },
      page: number,
      pageSize: number,
    ) {
      const regionCodes = filter.region ? await regions.subtree(filter.region) : undefined;
      const result = await repo.list(scope, { ...filter, regionCodes }, page, pageSize);
      return { items: await Promise.all(result.items.map(toUser)), total: result.total };
    },

    async get(scope: Scope, id: number): Promise<User> {
      return toUser(await getRow(scope, id));
    },

    /** Creates a user who must change the initial password at first sign-in. */
    async create(
      scope: Scope,
      input: CreateUserRequest,
      context: AuditContext,
      options: { mustChangePassword?: boolean } = {},
    ): Promise<User> {
      const problem = checkPasswordStrength(input.password);
      if (problem) throw fieldError('password', problem);
      await checkBindings(scope, input.role, input.regionCode, input);
      if (await repo.findByUsername(input.username)) {
        throw new AppError('conflict', `用户名 ${input.username} 已被使用`, {
          errors: [{ path: 'username', message: '用户名已被使用' }],
        });
      }
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const regionName = (await regions.find(input.regionCode))?.name ?? input.regionCode;
      const row = await db.transaction(async (tx) => {
        const created = await createUsersRepository(tx).insert({
          username: input.username,
          name: input.name,
          passwordHash,
          role: input.role,
          regionCode: input.regionCode,
          departmentId: input.departmentId ?? null,
          enterpriseId: input.enterpriseId ?? null,
          projectId: input.projectId ?? null,
          phone: input.phone ?? null,
          mustChangePassword: options.mustChangePassword ?? true,
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        await audit.record(tx, context, {
          action: 'user.created',
          entityType: 'user',
          entityId: created.id,
          summary: `新建用户 ${created.username}（${created.name}），角色 ${roleLabels[input.role]}，区划 ${regionName}`,
        });
        return created;
      });
      return toUser(row);
    },

    /**
     * Accounts that another module's workflow creates inside its own transaction (the liaison roster): the
     * caller has checked the region and the password rule; a taken user name fails on the unique index.
     */
    async insertAccounts(
      tx: Db,
      accounts: {
        username: string;
        name: string;
        passwordHash: string;
        role: Role;
        regionCode: string;
        departmentId: number | null;
        phone: string | null;
        mustChangePassword: boolean;
      }[],
      context: AuditContext,
    ): Promise<{ id: number; username: string }[]> {
      const now = clock.now();
      const rows = await createUsersRepository(tx).insertMany(
        accounts.map((a) => ({ ...a, passwordChangedAt: now, createdAt: now, updatedAt: now })),
      );
      if (rows.length > 0)
        await audit.record(tx, context, {
          action: 'user.created',
          entityType: 'user',
          ...(rows.length === 1 ? { entityId: rows[0]!.id } : {}),
          summary:
            rows.length === 1
              ? `新建用户 ${rows[0]!.username}（${rows[0]!.name}），角色 ${roleLabels[rows[0]!.role as Role]}`
              : `批量新建用户 ${rows.length} 个（${roleLabels[accounts[0]!.role]}）`,
        });
      return rows.map((r) => ({ id: r.id, username: r.username }));
    },

    /** Which of these user names are taken. */
    usernamesTaken: (usernames: readonly string[], tx: Db = db) =>
      createUsersRepository(tx).usernamesTaken(usernames),

    /** Keeps an account's name, region and department in step with the roster that owns them. */
    async syncAccount(
      tx: Db,
      id: number,
      changes: { name?: string; regionCode?: string; departmentId?: number | null },
    ): Promise<void> {
      const repo = createUsersRepository(tx);
      const row = await repo.findByIdForSession(id);
      if (row) await repo.updateVersioned(id, row.version, { ...changes, updatedAt: clock.now() });
    },

    /** Changes role, scope, name or status under optimistic locking; disabling ends the user's sessions. */
    async update(
      scope: Scope,
      id: number,
      version: number,
      input: UpdateUserRequest,
      context: AuditContext,
    ): Promise<User> {
      const before = await getRow(scope, id);
      const role = (input.role ?? before.role) as Role;
      const regionCode = input.regionCode ?? before.regionCode;
      const pick = <K extends 'departmentId' | 'enterpriseId' | 'projectId'>(key: K) =>
        input[key] === undefined ? before[key] : input[key];
      await checkBindings(scope, role, regionCode, {
        departmentId: pick('departmentId'),
        enterpriseId: pick('enterpriseId'),
        projectId: pick('projectId'),
      });
      if (context.userId === id && (input.isDisabled || (input.role && input.role !== before.role))) {
        throw new AppError('conflict', '不能停用自己或修改自己的角色');
      }
      const now = clock.now();
      const changes = {
        name: input.name,
        role: input.role,
        regionCode: input.regionCode,
        departmentId: input.departmentId,
        enterpriseId: input.enterpriseId,
        projectId: input.projectId,
        phone: input.phone,
        isDisabled: input.isDisabled,
      };
      const row = await db.transaction(async (tx) => {
        const txRepo = createUsersRepository(tx);
        const updated = await txRepo.updateVersioned(id, version, { ...changes, updatedAt: now });
        if (!updated)
          throw new AppError('stale_version', '该用户已被他人修改，请刷新后重试', {
            extra: { currentVersion: before.version },
          });
        if (updated.isDisabled && !before.isDisabled) await txRepo.endSessionsOfUser(id, now);
        await audit.record(tx, context, {
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          summary: describeChanges(before, changes),
        });
        return updated;
      });
      return toUser(row);
    },

    async resetPassword(scope: Scope, id: number, password: string, context: AuditContext): Promise<void> {
      const row = await getRow(scope, id);
      const problem = checkPasswordStrength(password);
      if (problem) throw fieldError('password', problem);
      const passwordHash = await hashPassword(password);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const txRepo = createUsersRepository(tx);
        await txRepo.update(row.id, {
          passwordHash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: now,
          updatedAt: now,
        });
        await txRepo.endSessionsOfUser(row.id, now);
        await audit.record(tx, context, {
          action: 'user.password_reset',
          entityType: 'user',
          entityId: row.id,
          summary: `重置 ${row.username} 的密码`,
        });
      });
    },

    async unlock(scope: Scope, id: number, context: AuditContext): Promise<void> {
      const row = await getRow(scope, id);
      await db.transaction(async (tx) => {
        await createUsersRepository(tx).update(row.id, {
          failedAttempts: 0,
          lockedUntil: null,
          updatedAt: clock.now(),
        });
        await audit.record(tx, context, {
          action: 'user.unlocked',
          entityType: 'user',
          entityId: row.id,
          summary: `解锁 ${row.username}`,
        });
      });
    },

    /** Who to notify (cases): users of departments, or of roles in regions; disabled users are left out. */
    recipients: (filter: Parameters<typeof repo.recipients>[0], tx: Db = db) =>
      createUsersRepository(tx).recipients(filter),

    async countAll(): Promise<number> {
      return repo.countAll();
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
