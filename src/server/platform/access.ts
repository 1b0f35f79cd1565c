import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasPermission, type Permission, type RouteAccess } from '../../domain/permissions';
import type { Role } from '../../domain/roles';
import { AppError } from './errors';
import type { AuditContext, AuditLog } from './audit';
import type { Db } from './db/client';

/**
 * What a caller may see: a region-tree node with everything under it, optionally narrowed to one department,
 * enterprise or project. Repositories that read people's or enterprises' data take it as a required argument.
 */
export interface Scope {
  regionCode: string;
  /** The region and all its descendants, resolved when the caller was identified. */
  regionCodes: readonly string[];
  departmentId: number | null;
  enterpriseId: number | null;
  projectId: number | null;
  /**
   * A liaison officer's current assignments: when set, the caller sees only these enterprises and projects
   * (within the region above). Null for everyone else.
   */
  assigned: AssignedSubjects | null;
}

export interface AssignedSubjects {
  enterpriseIds: readonly number[];
  projectIds: readonly number[];
}

/**
 * Narrows the scope of one role beyond its region and binding, from data that a module above `users` owns
 * (liaison resolves a liaison officer's assignments). `userId` is null for an API token of that role.
 */
export type ScopeResolver = (caller: { userId: number | null }) => Promise<Pick<Scope, 'assigned'>>;

/**
 * Resolvers by role. The auth service runs the caller's at each request; modules register theirs when the
 * composition root wires them, which is after the auth service exists (hence a registry, not an argument).
 */
export interface ScopeResolvers {
  register(role: Role, resolver: ScopeResolver): void;
  /** The narrowing for the caller's role: `assigned: null` (no narrowing) when no module registered one. */
  resolve(role: Role, userId: number | null): Promise<Pick<Scope, 'assigned'>>;
}

export function createScopeResolvers(): ScopeResolvers {
  const byRole = new Map<Role, ScopeResolver>();
  return {
    register(role, resolver) {
      // Two modules narrowing one role would silently overwrite each other.
      if (byRole.has(role)) throw new Error(`角色 ${role} 已有范围解析`);
      byRole.set(role, resolver);
    },
    async resolve(role, userId) {
      const resolver = byRole.get(role);
      return resolver ? resolver({ userId }) : { assigned: null };
    },
  };
}

export interface Actor {
  kind: 'session' | 'token';
  userId: number | null;
  tokenId: number | null;
  username: string;
  name: string;
  role: Role;
  scope: Scope;
  sessionId: string | null;
  csrfToken: string | null;
}

export type Identify = (request: FastifyRequest) => Promise<Actor | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission this route needs, or 'public'. Every /api route must declare one. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export interface AccessOptions {
  db: Db;
  audit: AuditLog;
  identify: Identify;
  /** Routes that plugins register (API docs) and that are public by nature. */
  publicPrefixes: readonly string[];
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Registered routes and what they declared, for the route-walk test and the docs. */
export interface RouteRecord {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeRecords: RouteRecord[];
  }
}

export function auditContextOf(request: FastifyRequest): AuditContext {
  const actor = request.actor;
  return {
    userId: actor?.userId ?? null,
    username: actor ? (actor.kind === 'token' ? `token:${actor.username}` : actor.username) : null,
    role: actor?.role ?? null,
    ip: request.ip ?? null,
    requestId: request.id,
  };
}

/** The caller, or 401 (for handlers of routes that need a signed-in user; the hook guarantees it). */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', '请先登录');
  return request.actor;
}

/**
 * Deny by default: authenticates every /api request, checks the route's declared permission, and for
 * cookie sessions checks the CSRF token on writes. A route without a declaration fails at start-up.
 */
export const accessPlugin = fp<AccessOptions>(
  async (app: FastifyInstance, options) => {
    app.decorateRequest('actor', null);
    app.decorate('routeRecords', [] as RouteRecord[]);

    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const config = (route.config ?? {}) as { access?: RouteAccess };
      if (config.access === undefined && options.publicPrefixes.some((p) => route.url.startsWith(p))) {
        route.config = { ...config, access: 'public' };
      }
      const access = (route.config as { access?: RouteAccess } | undefined)?.access;
      if (route.url.startsWith('/api') && access === undefined) {
        throw new Error(`路由 ${methods.join(',')} ${route.url} 没有声明权限（config.access）`);
      }
      for (const method of methods) app.routeRecords.push({ method, url: route.url, access });
    });

    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      if (access === undefined) return; // not an API route (static files, 404)
      request.actor = await options.identify(request);
      if (access === 'public') return;
      const actor = request.actor;
      if (!actor) throw new AppError('unauthenticated', '请先登录');
      if (!hasPermission(actor.role, access as Permission)) {
        await options.audit.record(options.db, auditContextOf(request), {
          action: 'access.denied',
          entityType: 'route',
          entityId: `${request.method} ${request.routeOptions.url}`,
          summary: `缺少权限 ${access}`,
        });
        throw new AppError('forbidden', '您没有执行此操作的权限');
      }
      if (actor.kind === 'session' && writeMethods.has(request.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || sent !== actor.csrfToken) {
          await options.audit.record(options.db, auditContextOf(request), {
            action: 'access.csrf_failed',
            entityType: 'route',
            entityId: `${request.method} ${request.routeOptions.url}`,
            summary: '缺少或错误的 X-CSRF-Token',
          });
          throw new AppError('csrf_failed', '请求缺少有效的 CSRF 令牌，请刷新页面后重试');
        }
      }
    });
  },
  { name: 'kuaijin-access' },
);
