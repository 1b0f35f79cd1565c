import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseActionBodies,
  caseActionParamsSchema,
  caseDetailSchema,
  caseListQuerySchema,
  casePageSchema,
  caseStatsQuerySchema,
  caseStatsSchema,
  createCaseRequestSchema,
  routingRuleListSchema,
  routingRuleSchema,
  updateRoutingRuleSchema,
} from '../../../contracts/cases';
import { idParamsSchema } from '../../../contracts/common';
import { problemCategories } from '../../../domain/case-workflow';
import { auditContextOf, requireActor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { readIfMatch, sendFile, xlsxContentType } from '../../platform/http';
import type { CasesFiles } from './cases.files';
import type { CasesService } from './cases.service';
import type { RoutingService } from './routing.service';

export async function casesRoutes(
  app: FastifyInstance,
  options: { cases: CasesService; files: CasesFiles; routing: RoutingService },
) {
  const { cases, files, routing } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['问题协调'];

  r.post(
    '/api/cases',
    {
      config: { access: 'cases.create' },
      schema: {
        tags,
        summary: '提出问题',
        body: createCaseRequestSchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await cases.create(requireActor(request), request.body, auditContextOf(request))),
  );
  r.get(
    '/api/cases',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '事项台账与待办（box=todo 待我处理，box=mine 我提出的）',
        querystring: caseListQuerySchema,
        response: { 200: casePageSchema },
      },
    },
    async (request) => cases.list(requireActor(request), request.query),
  );
  r.get(
    '/api/cases/export',
    {
      config: { access: 'cases.export' },
      schema: {
        tags,
        summary: '导出台账（Excel）',
        querystring: caseListQuerySchema.omit({ page: true, pageSize: true, box: true }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await files.ledgerXlsx(requireActor(request), request.query, auditContextOf(request)),
        `问题台账-${cases.today()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.get(
    '/api/cases/stats',
    {
      config: { access: 'cases.stats' },
      schema: {
        tags,
        summary: '按部门或类别统计：受理、按时签收率、按时办结率、平均办结工作日、满意率',
        querystring: caseStatsQuerySchema,
        response: { 200: caseStatsSchema },
      },
    },
    async (request) => files.stats(requireActor(request), request.query),
  );
  r.get(
    '/api/cases/routing',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '问题类别的默认牵头单位和办理时限（工作日）',
        response: { 200: routingRuleListSchema },
      },
    },
    async () => routing.list(),
  );
  r.patch(
    '/api/cases/routing/:category',
    {
      config: { access: 'cases.routing' },
      schema: {
        tags,
        summary: '修改交办规则（If-Match）',
        params: z.strictObject({ category: z.enum(problemCategories) }),
        body: updateRoutingRuleSchema,
        response: { 200: routingRuleSchema },
      },
    },
    async (request) =>
      routing.update(request.params.category, readIfMatch(request), request.body, auditContextOf(request)),
  );
  r.get(
    '/api/cases/:id',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '事项详情与办理时间线',
        params: idParamsSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => cases.detail(requireActor(request), request.params.id),
  );
  r.post(
    '/api/cases/:id/actions/:action',
    {
      config: { access: 'cases.act' },
      schema: {
        tags,
        summary: '办理操作（If-Match: 版本号；请求体按操作不同）',
        params: caseActionParamsSchema,
        body: z.record(z.string(), z.unknown()).optional(),
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => {
      const { id, action } = request.params;
      const parsed = caseActionBodies[action].safeParse(request.body ?? {});
      if (!parsed.success) {
        const errors = parsed.error.issues.map((i) => ({
          path: i.path.join('.') || '(根)',
          message: i.message,
        }));
        throw new AppError('bad_request', `请求体有误：${errors[0]!.path} ${errors[0]!.message}`, { errors });
      }
      return cases.act(
        requireActor(request),
        id,
        action,
        readIfMatch(request),
        parsed.data as never,
        auditContextOf(request),
      );
    },
  );
}
