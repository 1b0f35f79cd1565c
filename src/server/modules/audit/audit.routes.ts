import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditFilterSchema, auditPageSchema, auditQuerySchema } from '../../../contracts/audit';
import { auditContextOf } from '../../platform/access';
import { sendFile, xlsxContentType } from '../../platform/http';
import { formatShanghaiTime } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import type { AuditService } from './audit.service';

export async function auditRoutes(
  app: FastifyInstance,
  options: { auditService: AuditService; platform: Platform },
) {
  const { auditService, platform } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['审计日志'];

  r.get(
    '/api/admin/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags,
        summary: '检索审计日志',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return auditService.search(filter, page, pageSize);
    },
  );

  r.get(
    '/api/admin/audit/export',
    {
      config: { access: 'audit.export' },
      schema: { tags, summary: '导出审计日志（Excel）', querystring: auditFilterSchema },
    },
    async (request, reply) => {
      const buffer = await auditService.exportXlsx(request.query, auditContextOf(request));
      const stamp = formatShanghaiTime(platform.clock.now()).slice(0, 10);
      return sendFile(reply, buffer, `审计日志-${stamp}.xlsx`, xlsxContentType);
    },
  );
}
