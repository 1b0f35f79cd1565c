import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  myDueListSchema,
  reportHistorySchema,
  reportInputSchema,
  reportListSchema,
  reportParamsSchema,
  reportRangeQuerySchema,
  reportPageSchema,
  reportSchema,
  reportSearchQuerySchema,
} from '../../../contracts/reports';
import { idParamsSchema } from '../../../contracts/common';
import { importModeSchema, importResultSchema } from '../../../contracts/registry';
import { auditContextOf, requireActor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { withUpload } from '../../platform/uploads';
import { sendFile, xlsxContentType } from '../../platform/http';
import type { SubjectKind } from '../registry/index';
import type { ReportsFiles } from './reports.import';
import type { ReportsService } from './reports.service';

/** `If-Match` is optional on a report PUT; when sent it must be the current revision (0 = not yet filed). */
function optionalIfMatch(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const value = Number(String(header).replace(/^W\//, '').replaceAll('"', '').trim());
  if (!Number.isInteger(value) || value < 0) {
    throw new AppError('bad_request', 'If-Match 应为日报修订号（非负整数）', {
      errors: [{ path: 'If-Match', message: '应为非负整数' }],
    });
  }
  return value;
}

export async function reportsRoutes(
  app: FastifyInstance,
  options: { platform: Platform; reports: ReportsService; files: ReportsFiles },
) {
  const { reports, files, platform } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['复工日报'];

  for (const [kind, base, label] of [
    ['enterprise', '/api/enterprises', '企业'],
    ['project', '/api/projects', '项目'],
  ] as [SubjectKind, string, string][]) {
    r.put(
      `${base}/:id/reports/:date`,
      {
        config: { access: 'reports.file' },
        schema: {
          tags,
          summary: `填报${label}某日日报（幂等；截止后修改须填理由；可带 If-Match: 修订号）`,
          params: reportParamsSchema,
          body: reportInputSchema,
          response: { 200: reportSchema, 201: reportSchema },
        },
      },
      async (request, reply) => {
        const result = await reports.file(
          requireActor(request),
          kind,
          request.params.id,
          request.params.date,
          request.body,
          optionalIfMatch(request),
          auditContextOf(request),
        );
        return reply.code(result.outcome === 'created' ? 201 : 200).send(result.report);
      },
    );
    r.get(
      `${base}/:id/reports/:date`,
      {
        config: { access: 'reports.read' },
        schema: {
          tags,
          summary: `${label}某日日报及修订历史`,
          params: reportParamsSchema,
          response: { 200: reportHistorySchema },
        },
      },
      async (request) => reports.history(requireActor(request), kind, request.params.id, request.params.date),
    );
    r.get(
      `${base}/:id/reports`,
      {
        config: { access: 'reports.read' },
        schema: {
          tags,
          summary: `${label}日报列表（默认近 30 天）`,
          params: idParamsSchema,
          querystring: reportRangeQuerySchema,
          response: { 200: reportListSchema },
        },
      },
      async (request) =>
        reports.list(requireActor(request), kind, request.params.id, request.query.from, request.query.to),
    );
  }

  r.get(
    '/api/reports',
    {
      config: { access: 'reports.read' },
      schema: {
        tags,
        summary: '某日已报送的日报（本人范围内）',
        querystring: reportSearchQuerySchema,
        response: { 200: reportPageSchema },
      },
    },
    async (request) => reports.listOnDate(requireActor(request), request.query),
  );

  r.get(
    '/api/reports/mine',
    {
      config: { access: 'reports.file' },
      schema: {
        tags,
        summary: '我要填报的日报：今日应报、预填内容、逾期未报',
        response: { 200: myDueListSchema },
      },
    },
    async (request) => reports.myDue(requireActor(request)),
  );

  r.get(
    '/api/reports/import-template',
    { config: { access: 'reports.import' }, schema: { tags, summary: '日报批量导入模板' } },
    async (_request, reply) =>
      sendFile(reply, await files.template(), '复工日报导入模板.xlsx', xlsxContentType),
  );

  r.post(
    '/api/reports/import',
    {
      config: { access: 'reports.import' },
      schema: {
        tags,
        summary: '区县调度员批量导入日报（整表全部成功或全部不写入）',
        querystring: importModeSchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      return withUpload(request, platform.config.dataDir, platform.config.importMaxBytes, (upload) =>
        files.importReports(
          requireActor(request),
          upload.path,
          upload.fileName,
          request.query.mode,
          auditContextOf(request),
        ),
      );
    },
  );
}
