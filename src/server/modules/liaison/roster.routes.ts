import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, importModeSchema, importResultSchema } from '../../../contracts/common';
import {
  createOfficerRequestSchema,
  officerListQuerySchema,
  officerMobileSchema,
  officerPageSchema,
  officerSchema,
  subjectHistorySchema,
  updateOfficerRequestSchema,
} from '../../../contracts/liaison';
import { auditContextOf, requireActor } from '../../platform/access';
import { readIfMatch, sendFile, xlsxContentType } from '../../platform/http';
import { withUpload } from '../../platform/uploads';
import type { LiaisonRouteOptions } from './liaison.routes';

/** The roster: officers, their accounts and the roster workbook. */
export async function rosterRoutes(app: FastifyInstance, options: LiaisonRouteOptions) {
  const { platform, liaison, files } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['常态化联络'];
  const importMaxBytes = platform.config.importMaxBytes;
  const listFilters = officerListQuerySchema.omit({ page: true, pageSize: true });

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
    async (request) => liaison.roster.listOfficers(requireActor(request), request.query),
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
        .send(
          await liaison.roster.createOfficer(requireActor(request), request.body, auditContextOf(request)),
        ),
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
        await files.roster.exportOfficers(requireActor(request), request.query, auditContextOf(request)),
        `联络员名册-${liaison.today()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.get(
    '/api/liaison/officers/import-template',
    { config: { access: 'liaison.manage' }, schema: { tags, summary: '联络员名册导入模板' } },
    async (_request, reply) =>
      sendFile(reply, await files.roster.officerTemplate(), '联络员名册导入模板.xlsx', xlsxContentType),
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
        files.roster.importOfficers(
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
    async (request) => liaison.roster.getOfficer(requireActor(request), request.params.id),
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
      liaison.roster.updateOfficer(
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
      liaison.roster.revealMobile(requireActor(request), request.params.id, auditContextOf(request)),
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
    async (request) => liaison.assignments.officerAssignments(requireActor(request), request.params.id),
  );
}
