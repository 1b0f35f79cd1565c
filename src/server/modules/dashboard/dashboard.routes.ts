import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  missingListSchema,
  missingQuerySchema,
  resumptionQuerySchema,
  resumptionSchema,
  subjectListQuerySchema,
  subjectStatusListSchema,
  trendQuerySchema,
  trendSchema,
} from '../../../contracts/dashboard';
import { auditContextOf, requireActor } from '../../platform/access';
import { sendFile, xlsxContentType } from '../../platform/http';
import type { DashboardFiles } from './dashboard.files';
import type { DashboardService } from './dashboard.service';

export async function dashboardRoutes(
  app: FastifyInstance,
  options: { dashboard: DashboardService; files: DashboardFiles },
) {
  const { dashboard, files } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['调度看板'];

  r.get(
    '/api/dashboard/resumption',
    {
      config: { access: 'dashboard.read' },
      schema: {
        tags,
        summary: '某日复工复产指标（本级及下一级各单位）',
        querystring: resumptionQuerySchema,
        response: { 200: resumptionSchema },
      },
    },
    async (request) => dashboard.resumption(requireActor(request), request.query.date, request.query.region),
  );
  r.get(
    '/api/dashboard/resumption/trend',
    {
      config: { access: 'dashboard.read' },
      schema: {
        tags,
        summary: '指标逐日趋势',
        querystring: trendQuerySchema,
        response: { 200: trendSchema },
      },
    },
    async (request) =>
      dashboard.trend(requireActor(request), request.query.from, request.query.to, request.query.region),
  );
  r.get(
    '/api/dashboard/resumption/missing',
    {
      config: { access: 'dashboard.read' },
      schema: {
        tags,
        summary: '当日未报送的企业和项目',
        querystring: missingQuerySchema,
        response: { 200: missingListSchema },
      },
    },
    async (request) =>
      dashboard.missing(
        requireActor(request),
        request.query.date,
        request.query.region,
        request.query.kind,
        request.query.category,
      ),
  );
  r.get(
    '/api/dashboard/resumption/missing/export',
    {
      config: { access: 'dashboard.export' },
      schema: { tags, summary: '导出未报送清单（Excel）', querystring: missingQuerySchema },
    },
    async (request, reply) => {
      const { buffer, fileName } = await files.missingXlsx(
        requireActor(request),
        request.query,
        auditContextOf(request),
      );
      return sendFile(reply, buffer, fileName, xlsxContentType);
    },
  );
  r.get(
    '/api/dashboard/resumption/subjects',
    {
      config: { access: 'dashboard.read' },
      schema: {
        tags,
        summary: '某区县某类对象的逐个状态（下钻）',
        querystring: subjectListQuerySchema,
        response: { 200: subjectStatusListSchema },
      },
    },
    async (request) =>
      dashboard.subjectStatuses(
        requireActor(request),
        request.query.date,
        request.query.region,
        request.query.category,
        request.query.status,
      ),
  );
  r.get(
    '/api/dashboard/resumption/export',
    {
      config: { access: 'dashboard.export' },
      schema: { tags, summary: '导出当日指标（Excel）', querystring: resumptionQuerySchema },
    },
    async (request, reply) => {
      const { buffer, fileName } = await files.figuresXlsx(
        requireActor(request),
        request.query,
        auditContextOf(request),
      );
      return sendFile(reply, buffer, fileName, xlsxContentType);
    },
  );
  r.get(
    '/api/dashboard/resumption/brief',
    {
      config: { access: 'dashboard.export' },
      schema: { tags, summary: '复工复产日报（Word，可编辑）', querystring: resumptionQuerySchema },
    },
    async (request, reply) => {
      const { buffer, fileName } = await files.briefDocx(
        requireActor(request),
        request.query,
        auditContextOf(request),
      );
      return sendFile(
        reply,
        buffer,
        fileName,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    },
  );
}
