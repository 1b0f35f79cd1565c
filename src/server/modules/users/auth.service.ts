import type { FastifyRequest } from 'fastify';
import { permissionsOf } from '../../../domain/permissions';
import { checkPasswordStrength } from '../../../domain/password-rule';
import { isRole } from '../../../domain/roles';
import type { SessionUser } from '../../../contracts/auth';
import type { Actor, ScopeResolvers } from '../../platform/access';
import { countRecentByIp, type AuditContext } from '../../platform/audit';
import { AppError, fieldError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { digestToken, hashPassword, randomToken, verifyPassword } from './passwords';
import { createUsersRepository, type UserRow } from './users.repository';

export const sessionCookieName = 'kj_session';

/** Security rules of API.md and issue 2, in one place; tests read them too. */
export const authRules = {
  lockAfterFailures: 5,
  lockMinutes: 15,
  idleMinutes: 30,
  absoluteHours: 12,
  ipFailureLimit: 20,
  ipWindowMinutes: 15,
  // A session's last-seen time is written at most this often, to spare the database a write per request.
  touchEverySeconds: 60,
};

const minute = 60_000;
// Verified when the user does not exist, so that a wrong username takes as long as a wrong password.
const dummyHashPromise = hashPassword('dummy-password-for-timing');

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  user: SessionUser;
}

export function createAuthService(
  platform: Platform,
  regions: RegionsService,
  scopeResolvers: ScopeResolvers,
) {
  const { db, clock, audit } = platform;
  const repo = createUsersRepository(db);

  async function toSessionUser(row: UserRow): Promise<SessionUser> {
    if (!isRole(row.role)) throw new AppError('internal', `未知角色 ${row.role}`);
    const region = await regions.find(row.regionCode);
    const department = row.departmentId ? await regions.findDepartment(row.departmentId) : undefined;
    return {
      id: row.id,
      username: row.username,
      name: row.name,
      role: row.role,
      regionCode: row.regionCode,
      regionName: region?.name ?? row.regionCode,
      departmentId: row.departmentId,
      departmentName: department?.name ?? null,
      enterpriseId: row.enterpriseId,
      projectId: row.projectId,
      permissions: permissionsOf(row.role),
      mustChangePassword: row.mustChangePassword,
    };
  }

  async function actorFromUser(row: UserRow, sessionId: string, csrfToken: string): Promise<Actor | null> {
    if (!isRole(row.role) || row.isDisabled) return null;
    return {
      kind: 'session',
      userId: row.id,
      tokenId: null,
      username: row.username,
      name: row.name,
      role: row.role,
      scope: {
        regionCode: row.regionCode,
        regionCodes: await regions.subtree(row.regionCode),
        departmentId: row.departmentId,
        enterpriseId: row.enterpriseId,
        projectId: row.projectId,
        // Resolved at each request: a change (a liaison officer's new assignment) applies at once.
        ...(await scopeResolvers.resolve(row.role, row.id)),
      },
      sessionId,
      csrfToken,
    };
  }

  async function fromSession(cookie: string): Promise<Actor | null> {
    const sessionId = digestToken(cookie);
    const session = await repo.findSession(sessionId);
    if (!session) return null;
    const now = clock.now();
    const idleExpired = now.getTime() - session.lastSeenAt.getTime() > authRules.idleMinutes * minute;
    const absoluteExpired =
      now.getTime() - session.createdAt.getTime() > authRules.absoluteHours * 60 * minute;
    if (idleExpired || absoluteExpired) {
      await repo.endSession(sessionId, now);
      return null;
    }
    const user = await repo.findByIdForSession(session.userId);
    if (!user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > authRules.touchEverySeconds * 1000) {
      await repo.touchSession(sessionId, now);
    }
    return actorFromUser(user, sessionId, session.csrfToken);
  }

  async function fromToken(token: string): Promise<Actor | null> {
    const row = await repo.findTokenByHash(digestToken(token));
    if (!row || row.revokedAt || !isRole(row.role)) return null;
    const now = clock.now();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > authRules.touchEverySeconds * 1000) {
      await repo.touchToken(row.id, now);
    }
    return {
      kind: 'token',
      userId: null,
      tokenId: row.id,
      username: row.name,
      name: row.name,
      role: row.role,
      scope: {
        regionCode: row.regionCode,
        regionCodes: await regions.subtree(row.regionCode),
        departmentId: null,
        enterpriseId: null,
        projectId: null,
        // A token stands for no user: its role's resolver gets no user id (a liaison token sees no subject).
        ...(await scopeResolvers.resolve(row.role, null)),
      },
      sessionId: null,
      csrfToken: null,
    };
  }

  return {
    toSessionUser,

    /** Who is calling: a bearer API token, else the session cookie, else nobody. */
    async identify(request: FastifyRequest): Promise<Actor | null> {
      const header = request.headers.authorization;
      if (header?.startsWith('Bearer ')) return fromToken(header.slice('Bearer '.length).trim());
      const cookie = request.cookies?.[sessionCookieName];
      return cookie ? fromSession(cookie) : null;
    },

    /** Checks the password, counts failures, locks after five, and opens a session. */
    async login(
      username: string,
      password: string,
      context: AuditContext,
      userAgent: string | null,
    ): Promise<LoginResult> {
      const now = clock.now();
      const failContext = { ...context, username };
      if (context.ip) {
        const since = new Date(now.getTime() - authRules.ipWindowMinutes * minute);
        const recent = await countRecentByIp(db, 'auth.login_failed', context.ip, since);
        if (recent >= authRules.ipFailureLimit) {
          await audit.record(db, failContext, {
            action: 'auth.rate_limited',
            summary: `来自 ${context.ip} 的登录失败次数过多`,
          });
          throw new AppError(
            'too_many_requests',
            `登录尝试过于频繁，请 ${authRules.ipWindowMinutes} 分钟后再试`,
          );
        }
      }
      let user = await repo.findByUsername(username);
      if (!user || user.isDisabled) {
        await verifyPassword(password, await dummyHashPromise);
        await audit.record(db, failContext, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id,
          summary: user ? '账号已停用' : '用户名不存在',
        });
        throw new AppError('unauthenticated', '用户名或密码错误');
      }
      if (user.lockedUntil && user.lockedUntil.getTime() <= now.getTime()) {
        await repo.update(user.id, { failedAttempts: 0, lockedUntil: null });
        user = { ...user, failedAttempts: 0, lockedUntil: null };
      }
      const userContext = { ...context, userId: user.id, username: user.username, role: user.role };
      if (user.lockedUntil) {
        await audit.record(db, userContext, {
          action: 'auth.login_locked',
          entityType: 'user',
          entityId: user.id,
          summary: '账号锁定期间尝试登录',
        });
        throw lockedError(user.lockedUntil);
      }
      if (!(await verifyPassword(password, user.passwordHash))) {
        const lockUntil = new Date(now.getTime() + authRules.lockMinutes * minute);
        const after = await db.transaction(async (tx) => {
          const result = await createUsersRepository(tx).recordFailure(
            user.id,
            authRules.lockAfterFailures,
            lockUntil,
          );
          await audit.record(tx, userContext, {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: user.id,
            summary: `密码错误（连续第 ${result.failedAttempts} 次）`,
          });
          if (result.lockedUntil) {
            await audit.record(tx, userContext, {
              action: 'auth.locked',
              entityType: 'user',
              entityId: user.id,
              summary: `连续 ${authRules.lockAfterFailures} 次密码错误，锁定 ${authRules.lockMinutes} 分钟`,
            });
          }
          return result;
        });
        if (after.lockedUntil) throw lockedError(after.lockedUntil);
        const left = authRules.lockAfterFailures - after.failedAttempts;
        throw new AppError(
          'unauthenticated',
          `用户名或密码错误，再错 ${left} 次账号将被锁定 ${authRules.lockMinutes} 分钟`,
        );
      }
      const sessionToken = randomToken();
      const csrfToken = randomToken();
      await db.transaction(async (tx) => {
        const txRepo = createUsersRepository(tx);
        await txRepo.insertSession({
          id: digestToken(sessionToken),
          userId: user.id,
          csrfToken,
          ip: context.ip,
          userAgent: userAgent?.slice(0, 300) ?? null,
          createdAt: now,
          lastSeenAt: now,
        });
        await txRepo.update(user.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
        await audit.record(tx, userContext, {
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          summary: '登录成功',
        });
      });
      return { sessionToken, csrfToken, user: await toSessionUser(user) };
    },

    async logout(actor: Actor, context: AuditContext): Promise<void> {
      if (!actor.sessionId) return;
      await db.transaction(async (tx) => {
        await createUsersRepository(tx).endSession(actor.sessionId!, clock.now());
        await audit.record(tx, context, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: actor.userId ?? undefined,
          summary: '退出登录',
        });
      });
    },

    async me(actor: Actor): Promise<SessionUser> {
      const row = actor.userId ? await repo.findByIdForSession(actor.userId) : undefined;
      if (!row) throw new AppError('unauthenticated', '请先登录');
      return toSessionUser(row);
    },

    /** Changes one's own password; the user's other sessions end, this one stays. */
    async changePassword(
      actor: Actor,
      currentPassword: string,
      newPassword: string,
      context: AuditContext,
    ): Promise<void> {
      const row = actor.userId ? await repo.findByIdForSession(actor.userId) : undefined;
      if (!row) throw new AppError('forbidden', '接口令牌不能修改密码');
      if (!(await verifyPassword(currentPassword, row.passwordHash)))
        throw fieldError('currentPassword', '当前密码不正确');
      const problem = checkPasswordStrength(newPassword);
      if (problem) throw fieldError('newPassword', problem);
      if (newPassword === currentPassword) throw fieldError('newPassword', '新密码不能与当前密码相同');
      const passwordHash = await hashPassword(newPassword);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const txRepo = createUsersRepository(tx);
        await txRepo.update(row.id, {
          passwordHash,
          mustChangePassword: false,
          passwordChangedAt: now,
          updatedAt: now,
        });
        await txRepo.endSessionsOfUser(row.id, now, actor.sessionId ?? undefined);
        await audit.record(tx, context, {
          action: 'user.password_changed',
          entityType: 'user',
          entityId: row.id,
          summary: '本人修改密码',
        });
      });
    },
  };
}

function lockedError(until: Date): AppError {
  const time = until.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
  });
  return new AppError('locked', `连续多次密码错误，账号已锁定至 ${time}，请稍后再试或联系管理员解锁`, {
    extra: { lockedUntil: until.toISOString() },
  });
}

export type AuthService = ReturnType<typeof createAuthService>;
