import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, importModeSchema, importResultSchema } from '../../../contracts/common';
import {
  assignRequestSchema,
  assignResultSchema,
  assignmentSchema,
  endAssignmentRequestSchema,
  subjectAssignmentsPageSchema,
  subjectAssignmentsQuerySchema,
  subjectHistoryParamsSchema,
  subjectHistorySchema,
} from '../../../contracts/liaison';
import { auditContextOf, requireActor } from '../../platform/access';
import { sendFile, xlsxContentType } from '../../platform/http';
import { withUpload } from '../../platform/uploads';
import type { LiaisonRouteOptions } from './liaison.routes';

/** Who covers which subject: the assignment screen, histories and the assignments workbook. */
export async function assignmentsRoutes(app: FastifyInstance, options: LiaisonRouteOptions) {
  const { platform, liaison, files } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['常态化联络'];
  const importMaxBytes = platform.config.importMaxBytes;

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
    async (request) => liaison.assignments.listSubjects(requireActor(request), request.query),
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
    async (request) => liaison.assignments.subjectAssignments(requireActor(request), request.params),
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
        .send(await liaison.assignments.assign(requireActor(request), request.body, auditContextOf(request))),
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
      liaison.assignments.endAssignment(
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
        await files.assignments.exportAssignments(
          requireActor(request),
          request.query,
          auditContextOf(request),
        ),
        `联系对象-${liaison.today()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.get(
    '/api/liaison/assignments/import-template',
    { config: { access: 'liaison.manage' }, schema: { tags, summary: '联系对象导入模板' } },
    async (_request, reply) =>
      sendFile(reply, await files.assignments.assignmentTemplate(), '联系对象导入模板.xlsx', xlsxContentType),
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
        files.assignments.importAssignments(
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
