import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  sessionResponseSchema,
} from '../../../contracts/auth';
import { problemSchema } from '../../../contracts/common';
import { auditContextOf, requireActor } from '../../platform/access';
import { authRules, sessionCookieName, type AuthService } from './auth.service';

export async function authRoutes(app: FastifyInstance, options: { auth: AuthService }) {
  const { auth } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['登录'],
        summary: '用户名密码登录',
        body: loginRequestSchema,
        response: { 200: sessionResponseSchema, 401: problemSchema, 423: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const result = await auth.login(
        request.body.username,
        request.body.password,
        auditContextOf(request),
        request.headers['user-agent'] ?? null,
      );
      reply.setCookie(sessionCookieName, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: authRules.absoluteHours * 3600,
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { access: 'session.self' }, schema: { tags: ['登录'], summary: '退出登录' } },
    async (request, reply) => {
      await auth.logout(requireActor(request), auditContextOf(request));
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.code(204).send();
    },
  );

  r.get(
    '/api/auth/me',
    {
      config: { access: 'session.self' },
      schema: {
        tags: ['登录'],
        summary: '当前用户与 CSRF 令牌',
        response: { 200: sessionResponseSchema, 401: problemSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { user: await auth.me(actor), csrfToken: actor.csrfToken ?? '' };
    },
  );

  r.post(
    '/api/auth/password',
    {
      config: { access: 'session.self' },
      schema: { tags: ['登录'], summary: '修改本人密码', body: changePasswordRequestSchema },
    },
    async (request, reply) => {
      await auth.changePassword(
        requireActor(request),
        request.body.currentPassword,
        request.body.newPassword,
        auditContextOf(request),
      );
      return reply.code(204).send();
    },
  );
}
