import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contracts/common';
import {
  apiTokenListSchema,
  createApiTokenRequestSchema,
  createApiTokenResponseSchema,
  createUserRequestSchema,
  resetPasswordRequestSchema,
  updateUserRequestSchema,
  userListQuerySchema,
  userPageSchema,
  userSchema,
} from '../../../contracts/users';
import { auditContextOf, requireActor } from '../../platform/access';
import { readIfMatch } from '../../platform/http';
import type { ApiTokensService } from './api-tokens.service';
import type { UsersService } from './users.service';

export async function usersRoutes(
  app: FastifyInstance,
  options: { users: UsersService; apiTokens: ApiTokensService },
) {
  const { users, apiTokens } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['用户管理'];

  r.get(
    '/api/admin/users',
    {
      config: { access: 'users.read' },
      schema: {
        tags,
        summary: '用户列表',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return users.list(requireActor(request).scope, filter, page, pageSize);
    },
  );

  r.post(
    '/api/admin/users',
    {
      config: { access: 'users.write' },
      schema: { tags, summary: '新建用户', body: createUserRequestSchema, response: { 201: userSchema } },
    },
    async (request, reply) => {
      const user = await users.create(requireActor(request).scope, request.body, auditContextOf(request));
      return reply.code(201).send(user);
    },
  );

  r.get(
    '/api/admin/users/:id',
    {
      config: { access: 'users.read' },
      schema: { tags, summary: '用户详情', params: idParamsSchema, response: { 200: userSchema } },
    },
    async (request) => users.get(requireActor(request).scope, request.params.id),
  );

  r.patch(
    '/api/admin/users/:id',
    {
      config: { access: 'users.write' },
      schema: {
        tags,
        summary: '修改用户（角色、范围、停用），需 If-Match',
        params: idParamsSchema,
        body: updateUserRequestSchema,
        response: { 200: userSchema },
      },
    },
    async (request) =>
      users.update(
        requireActor(request).scope,
        request.params.id,
        readIfMatch(request),
        request.body,
        auditContextOf(request),
      ),
  );

  r.post(
    '/api/admin/users/:id/reset-password',
    {
      config: { access: 'users.write' },
      schema: {
        tags,
        summary: '重置密码（用户下次登录须修改）',
        params: idParamsSchema,
        body: resetPasswordRequestSchema,
      },
    },
    async (request, reply) => {
      await users.resetPassword(
        requireActor(request).scope,
        request.params.id,
        request.body.password,
        auditContextOf(request),
      );
      return reply.code(204).send();
    },
  );

  r.post(
    '/api/admin/users/:id/unlock',
    { config: { access: 'users.write' }, schema: { tags, summary: '解除登录锁定', params: idParamsSchema } },
    async (request, reply) => {
      await users.unlock(requireActor(request).scope, request.params.id, auditContextOf(request));
      return reply.code(204).send();
    },
  );

  const tokenTags = ['接口令牌'];
  r.get(
    '/api/admin/api-tokens',
    {
      config: { access: 'tokens.manage' },
      schema: { tags: tokenTags, summary: '接口令牌列表', response: { 200: apiTokenListSchema } },
    },
    async (request) => apiTokens.list(requireActor(request).scope),
  );

  r.post(
    '/api/admin/api-tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: tokenTags,
        summary: '新建接口令牌（令牌仅返回一次）',
        body: createApiTokenRequestSchema,
        response: { 201: createApiTokenResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await apiTokens.create(
        actor.scope,
        actor.userId,
        request.body,
        auditContextOf(request),
      );
      return reply.code(201).send(created);
    },
  );

  r.post(
    '/api/admin/api-tokens/:id/revoke',
    {
      config: { access: 'tokens.manage' },
      schema: { tags: tokenTags, summary: '吊销接口令牌', params: idParamsSchema },
    },
    async (request, reply) => {
      await apiTokens.revoke(requireActor(request).scope, request.params.id, auditContextOf(request));
      return reply.code(204).send();
    },
  );
}
