import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../contracts/common';
import { visitDetailSchema, visitListQuerySchema, visitPageSchema } from '../../../contracts/liaison';
import { auditContextOf, requireActor } from '../../platform/access';
import { sendFile, xlsxContentType } from '../../platform/http';
import type { LiaisonRouteOptions } from './liaison.routes';
import { receiveVisit } from './photos';

/** Visits (走访) with their photos. */
export async function visitsRoutes(app: FastifyInstance, options: LiaisonRouteOptions) {
  const { platform, liaison, visits, files } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['常态化联络'];

  // ------------------------------------------------------------------ visits
  r.post(
    '/api/liaison/visits',
    {
      config: { access: 'liaison.visit' },
      schema: {
        tags,
        summary: '记录走访（multipart：字段 visit 为 JSON，照片字段 photos，最多 9 张，每张 10 MB 以内）',
        response: { 201: visitDetailSchema },
      },
    },
    async (request, reply) => {
      const received = await receiveVisit(request, platform.config.dataDir);
      try {
        const visit = await visits.create(requireActor(request), received, auditContextOf(request));
        return await reply.code(201).send(visit);
      } finally {
        await received.dispose();
      }
    },
  );
  r.get(
    '/api/liaison/visits',
    {
      config: { access: 'liaison.visits.read' },
      schema: {
        tags,
        summary: '走访记录',
        querystring: visitListQuerySchema,
        response: { 200: visitPageSchema },
      },
    },
    async (request) => visits.list(requireActor(request), request.query),
  );
  r.get(
    '/api/liaison/visits/export',
    {
      config: { access: 'liaison.export' },
      schema: {
        tags,
        summary: '导出走访记录（Excel）',
        querystring: visitListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await files.visits.visitsXlsx(requireActor(request), request.query, auditContextOf(request)),
        `走访记录-${liaison.today()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.get(
    '/api/liaison/visits/:id',
    {
      config: { access: 'liaison.visits.read' },
      schema: {
        tags,
        summary: '走访详情（照片、现场提出的问题）',
        params: idParamsSchema,
        response: { 200: visitDetailSchema },
      },
    },
    async (request) => visits.get(requireActor(request), request.params.id),
  );
  const photoQuery = z.strictObject({
    original: z.enum(['1']).optional().describe('1：下载原图（HEIC 不转换）'),
  });
  for (const [suffix, thumb] of [
    ['', false],
    ['/thumb', true],
  ] as const) {
    r.get(
      `/api/liaison/photos/:id${suffix}`,
      {
        config: { access: 'liaison.visits.read' },
        schema: {
          tags,
          summary: thumb ? '照片缩略图' : '照片',
          params: idParamsSchema,
          querystring: photoQuery,
        },
      },
      async (request, reply) => {
        const file = await visits.photoFile(
          requireActor(request),
          request.params.id,
          thumb ? 'thumb' : request.query.original ? 'original' : 'full',
        );
        return reply
          .header('content-type', file.contentType)
          .header('cache-control', 'private, max-age=3600')
          .header('x-content-type-options', 'nosniff')
          .send(createReadStream(file.absolutePath));
      },
    );
  }
}
