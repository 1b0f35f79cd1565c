import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseActionBodies,
  caseDetailSchema,
  caseKindListSchema,
  caseListQuerySchema,
  casePageSchema,
  caseStatsQuerySchema,
  caseStatsSchema,
  createCaseRequestSchema,
  routingRuleListSchema,
  routingRuleSchema,
  updateRoutingRuleSchema,
} from '../../../contracts/cases';
import { caseKindEnum } from '../../../contracts/case-kinds';
import { idParamsSchema } from '../../../contracts/common';
import { caseKindDefinitions } from '../../../domain/cases/kinds';
import { caseActions } from '../../../domain/cases/workflow';
import { auditContextOf, requireActor } from '../../platform/access';
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
  const tags = ['事项（问题、督办、隐患）'];

  r.get(
    '/api/case-kinds',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '事项类型的配置：类别、来源、状态、操作及其请求体',
        response: { 200: caseKindListSchema },
      },
    },
    async () => cases.kinds(),
  );

  r.post(
    '/api/cases',
    {
      config: { access: 'cases.create' },
      schema: {
        tags,
        summary: '提出事项（kind：problem 问题、directive 督办事项、hazard 隐患）',
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
        `${request.query.kind ? caseKindDefinitions[request.query.kind].label : '事项'}台账-${cases.today()}.xlsx`,
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
        summary: '某类事项（默认问题）各类别的默认牵头单位和办理时限（工作日）',
        querystring: z.strictObject({ kind: caseKindEnum.default('problem') }),
        response: { 200: routingRuleListSchema },
      },
    },
    async (request) => routing.list(request.query.kind),
  );
  const updateRouting = {
    config: { access: 'cases.routing' as const },
    schema: {
      tags,
      summary: '修改交办规则（If-Match）',
      body: updateRoutingRuleSchema,
      response: { 200: routingRuleSchema },
    },
  };
  r.patch(
    '/api/cases/routing/:kind/:category',
    {
      ...updateRouting,
      schema: {
        ...updateRouting.schema,
        params: z.strictObject({ kind: caseKindEnum, category: z.string() }),
      },
    },
    async (request) =>
      routing.update(
        request.params.kind,
        request.params.category,
        readIfMatch(request),
        request.body,
        auditContextOf(request),
      ),
  );
  // The problem's rules keep their shorter address.
  r.patch(
    '/api/cases/routing/:category',
    {
      ...updateRouting,
      schema: { ...updateRouting.schema, params: z.strictObject({ category: z.string() }) },
    },
    async (request) =>
      routing.update(
        'problem',
        request.params.category,
        readIfMatch(request),
        request.body,
        auditContextOf(request),
      ),
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
  // One route per action, so that OpenAPI documents each body; an action the case's kind lacks is a 409.
  for (const action of caseActions) {
    const kinds = Object.values(caseKindDefinitions).filter((d) => d.actions[action]);
    const labels = kinds.map((d) => `${d.label}：${d.actions[action]!.label}`).join('；');
    r.post(
      `/api/cases/:id/actions/${action}`,
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: `${labels}（If-Match: 版本号）`,
          description: kinds[0]!.actions[action]!.description,
          params: idParamsSchema,
          body: caseActionBodies[action].optional(),
          response: { 200: caseDetailSchema },
        },
      },
      async (request) =>
        cases.act(
          requireActor(request),
          request.params.id,
          action,
          readIfMatch(request),
          request.body ?? {},
          auditContextOf(request),
        ),
    );
  }
}
