import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, importModeSchema, importResultSchema } from '../../../contracts/common';
import {
  assignRequestSchema,
  assignResultSchema,
  assignmentSchema,
  contactRuleSchema,
  coverageQuerySchema,
  coverageSchema,
  createOfficerRequestSchema,
  endAssignmentRequestSchema,
  myHomeSchema,
  officerListQuerySchema,
  officerMobileSchema,
  officerPageSchema,
  officerSchema,
  subjectAssignmentsPageSchema,
  subjectAssignmentsQuerySchema,
  subjectHistoryParamsSchema,
  subjectHistorySchema,
  updateOfficerRequestSchema,
  visitDetailSchema,
  visitListQuerySchema,
  visitPageSchema,
} from '../../../contracts/liaison';
import { auditContextOf, requireActor } from '../../platform/access';
import { readIfMatch, sendFile, xlsxContentType } from '../../platform/http';
import type { Platform } from '../../platform/platform';
import { withUpload } from '../../platform/uploads';
import type { LiaisonFiles } from './liaison.files';
import type { LiaisonService } from './liaison.service';
import { receiveVisit } from './photos';
import type { VisitsService } from './visits.service';

export async function liaisonRoutes(
  app: FastifyInstance,
  options: { platform: Platform; liaison: LiaisonService; visits: VisitsService; files: LiaisonFiles },
) {
  const { platform, liaison, visits, files } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['常态化联络'];
  const importMaxBytes = platform.config.importMaxBytes;
  const listFilters = officerListQuerySchema.omit({ page: true, pageSize: true });

  r.get(
    '/api/liaison/me',
    {
      config: { access: 'liaison.visit' },
      schema: {
        tags,
        summary: '联络员工作台：我的联系对象、逾期未走访、未办结问题',
        response: { 200: myHomeSchema },
      },
    },
    async (request) => liaison.me(requireActor(request)),
  );

  // ------------------------------------------------------------------ roster
  r.get(
    '/api/liaison/officers',
    {
      config: { access: 'liaison.read' },
      schema: {
        tags,
        summary: '联络员名册（手机号掩码）',
        querystring: officerListQuerySchema,
        response: { 200: officerPageSchema },
      },
    },
    async (request) => liaison.listOfficers(requireActor(request), request.query),
  );
  r.post(
    '/api/liaison/officers',
    {
      config: { access: 'liaison.manage' },
      schema: {
        tags,
        summary: '新增联络员（同时开通以手机号登录的联络员账号）',
        body: createOfficerRequestSchema,
        response: { 201: officerSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await liaison.createOfficer(requireActor(request), request.body, auditContextOf(request))),
  );
  r.get(
    '/api/liaison/officers/export',
    {
      config: { access: 'liaison.export' },
      schema: { tags, summary: '导出联络员名册（Excel）', querystring: listFilters },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await files.exportOfficers(requireActor(request), request.query, auditContextOf(request)),
        `联络员名册-${liaison.today()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.get(
    '/api/liaison/officers/import-template',
    { config: { access: 'liaison.manage' }, schema: { tags, summary: '联络员名册导入模板' } },
    async (_request, reply) =>
      sendFile(reply, await files.officerTemplate(), '联络员名册导入模板.xlsx', xlsxContentType),
  );
  r.post(
    '/api/liaison/officers/import',
    {
      config: { access: 'liaison.manage' },
      schema: {
        tags,
        summary: '导入联络员名册（multipart：先字段 initialPassword，再文件 file）；整表全部成功或全部不写入',
        querystring: importModeSchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      return withUpload(request, platform.config.dataDir, importMaxBytes, (upload) =>
        files.importOfficers(
          requireActor(request),
          upload.path,
          upload.fileName,
          request.query.mode,
          upload.fields.initialPassword || undefined,
          auditContextOf(request),
        ),
      );
    },
  );
  r.get(
    '/api/liaison/officers/:id',
    {
      config: { access: 'liaison.read' },
      schema: { tags, summary: '联络员', params: idParamsSchema, response: { 200: officerSchema } },
    },
    async (request) => liaison.getOfficer(requireActor(request), request.params.id),
  );
  r.patch(
    '/api/liaison/officers/:id',
    {
      config: { access: 'liaison.manage' },
      schema: {
        tags,
        summary: '修改联络员（If-Match）',
        params: idParamsSchema,
        body: updateOfficerRequestSchema,
        response: { 200: officerSchema },
      },
    },
    async (request) =>
      liaison.updateOfficer(
        requireActor(request),
        request.params.id,
        readIfMatch(request),
        request.body,
        auditContextOf(request),
      ),
  );
  r.get(
    '/api/liaison/officers/:id/mobile',
    {
      config: { access: 'liaison.contact.view' },
      schema: {
        tags,
        summary: '查看完整手机号（留痕）',
        params: idParamsSchema,
        response: { 200: officerMobileSchema },
      },
    },
    async (request) =>
      liaison.revealMobile(requireActor(request), request.params.id, auditContextOf(request)),
  );
  r.get(
    '/api/liaison/officers/:id/assignments',
    {
      config: { access: 'liaison.read' },
      schema: {
        tags,
        summary: '联络员的联系对象（当前和历史）',
        params: idParamsSchema,
        response: { 200: subjectHistorySchema },
      },
    },
    async (request) => liaison.officerAssignments(requireActor(request), request.params.id),
  );

  // ------------------------------------------------------------------ assignments
  r.get(
    '/api/liaison/subjects',
    {
      config: { access: 'liaison.read' },
      schema: {
        tags,
        summary: '企业和项目及其当前联络员',
        querystring: subjectAssignmentsQuerySchema,
        response: { 200: subjectAssignmentsPageSchema },
      },
    },
    async (request) => liaison.listSubjects(requireActor(request), request.query),
  );
  r.get(
    '/api/liaison/subjects/:kind/:id/assignments',
    {
      config: { access: 'liaison.read' },
      schema: {
        tags,
        summary: '对象的联络员历史',
        params: subjectHistoryParamsSchema,
        response: { 200: subjectHistorySchema },
      },
    },
    async (request) =>
      liaison.subjectAssignments(requireActor(request), request.params.kind, request.params.id),
  );
  r.post(
    '/api/liaison/assignments',
    {
      config: { access: 'liaison.manage' },
      schema: {
        tags,
        summary: '分配联络员（批量；已有主责时 409，replacePrimary 改派并保留历史）',
        body: assignRequestSchema,
        response: { 201: assignResultSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await liaison.assign(requireActor(request), request.body, auditContextOf(request))),
  );
  r.post(
    '/api/liaison/assignments/:id/end',
    {
      config: { access: 'liaison.manage' },
      schema: {
        tags,
        summary: '结束联系（保留历史）',
        params: idParamsSchema,
        body: endAssignmentRequestSchema,
        response: { 200: assignmentSchema },
      },
    },
    async (request) =>
      liaison.endAssignment(
        requireActor(request),
        request.params.id,
        request.body.reason,
        auditContextOf(request),
      ),
  );
  r.get(
    '/api/liaison/assignments/export',
    {
      config: { access: 'liaison.export' },
      schema: {
        tags,
        summary: '导出联系对象（Excel）',
        querystring: z.strictObject({ region: z.string().optional() }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await files.exportAssignments(requireActor(request), request.query, auditContextOf(request)),
        `联系对象-${liaison.today()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.get(
    '/api/liaison/assignments/import-template',
    { config: { access: 'liaison.manage' }, schema: { tags, summary: '联系对象导入模板' } },
    async (_request, reply) =>
      sendFile(reply, await files.assignmentTemplate(), '联系对象导入模板.xlsx', xlsxContentType),
  );
  r.post(
    '/api/liaison/assignments/import',
    {
      config: { access: 'liaison.manage' },
      schema: {
        tags,
        summary: '导入联系对象（multipart 字段 file）；整表全部成功或全部不写入',
        querystring: importModeSchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      return withUpload(request, platform.config.dataDir, importMaxBytes, (upload) =>
        files.importAssignments(
          requireActor(request),
          upload.path,
          upload.fileName,
          request.query.mode,
          auditContextOf(request),
        ),
      );
    },
  );

  // ------------------------------------------------------------------ coverage and rule
  r.get(
    '/api/liaison/coverage',
    {
      config: { access: 'liaison.read' },
      schema: {
        tags,
        summary: '联络覆盖：未覆盖对象、逾期未联系、联络员工作量',
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema },
      },
    },
    async (request) => liaison.coverage(requireActor(request), request.query),
  );
  r.get(
    '/api/liaison/coverage/export',
    {
      config: { access: 'liaison.export' },
      schema: { tags, summary: '导出联络覆盖（Excel）', querystring: coverageQuerySchema },
    },
    async (request, reply) => {
      const coverage = await liaison.coverage(requireActor(request), request.query);
      return sendFile(
        reply,
        await files.coverageXlsx(coverage, auditContextOf(request)),
        `联络覆盖-${coverage.date}.xlsx`,
        xlsxContentType,
      );
    },
  );
  r.get(
    '/api/liaison/contact-rule',
    {
      config: { access: 'liaison.visits.read' },
      schema: { tags, summary: '联系频次规则', response: { 200: contactRuleSchema } },
    },
    async () => liaison.getRule(),
  );
  r.put(
    '/api/liaison/contact-rule',
    {
      config: { access: 'liaison.manage' },
      schema: {
        tags,
        summary: '修改联系频次规则',
        body: contactRuleSchema,
        response: { 200: contactRuleSchema },
      },
    },
    async (request) => liaison.setRule(requireActor(request), request.body, auditContextOf(request)),
  );

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
        await files.visitsXlsx(requireActor(request), request.query, auditContextOf(request)),
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
