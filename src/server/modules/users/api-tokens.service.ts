import { z } from 'zod';
import type { apiTokenSchema, createApiTokenRequestSchema } from '../../../contracts/users';
import { roleLabels, type Role } from '../../../domain/roles';
import type { Scope } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import { digestToken, randomToken } from './passwords';
import { createUsersRepository, type ApiTokenRow } from './users.repository';

type ApiToken = z.infer<typeof apiTokenSchema>;

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    regionCode: row.regionCode,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function createApiTokensService(platform: Platform, regions: RegionsService) {
  const { db, clock, audit } = platform;
  const repo = createUsersRepository(db);

  return {
    async list(scope: Scope): Promise<ApiToken[]> {
      return (await repo.listTokens(scope)).map(toApiToken);
    },

    /** Creates a token for a machine client; the secret is returned once and only its digest is kept. */
    async create(
      scope: Scope,
      createdBy: number | null,
      input: z.infer<typeof createApiTokenRequestSchema>,
      context: AuditContext,
    ) {
      if (!(await regions.find(input.regionCode)))
        throw fieldError('regionCode', `区划代码 ${input.regionCode} 不存在`);
      if (!scope.regionCodes.includes(input.regionCode))
        throw fieldError('regionCode', '所属区划超出您的管理范围');
      const token = `kj_${randomToken(32)}`;
      const row = await db.transaction(async (tx) => {
        const created = await createUsersRepository(tx).insertToken({
          name: input.name,
          tokenHash: digestToken(token),
          role: input.role,
          regionCode: input.regionCode,
          createdBy,
          createdAt: clock.now(),
        });
        await audit.record(tx, context, {
          action: 'api_token.created',
          entityType: 'api_token',
          entityId: created.id,
          summary: `新建接口令牌「${input.name}」，角色 ${roleLabels[input.role]}，区划 ${input.regionCode}`,
        });
        return created;
      });
      return { ...toApiToken(row), token };
    },

    async revoke(scope: Scope, id: number, context: AuditContext): Promise<void> {
      const row = await repo.findTokenInScope(scope, id);
      if (!row) throw notFound('接口令牌');
      if (row.revokedAt) return;
      await db.transaction(async (tx) => {
        await createUsersRepository(tx).revokeToken(id, clock.now());
        await audit.record(tx, context, {
          action: 'api_token.revoked',
          entityType: 'api_token',
          entityId: id,
          summary: `吊销接口令牌「${row.name}」`,
        });
      });
    },
  };
}

export type ApiTokensService = ReturnType<typeof createApiTokensService>;
