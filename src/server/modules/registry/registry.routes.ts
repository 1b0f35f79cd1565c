import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../contracts/common';
import {
  closeRequestSchema,
  creditCodeExceptionListSchema,
  creditCodeExceptionRequestSchema,
  enterpriseFilterSchema,
  enterpriseInputSchema,
  enterpriseListQuerySchema,
  enterprisePageSchema,
  enterpriseSchema,
  enterpriseUpdateSchema,
  importModeSchema,
  importResultSchema,
  projectFilterSchema,
  projectInputSchema,
  projectListQuerySchema,
  projectPageSchema,
  projectSchema,
  projectUpdateSchema,
  reopenRequestSchema,
} from '../../../contracts/registry';
import { shanghaiDate } from '../../../domain/dates';
import { auditContextOf, requireActor } from '../../platform/access';
import { readIfMatch, sendFile, xlsxContentType } from '../../platform/http';
import type { Platform } from '../../platform/platform';
import { withUpload } from '../../platform/uploads';
import type { EnterprisesService } from './enterprises.service';
import type { ProjectsService } from './projects.service';
import type { RegistryFiles } from './registry.files';

export interface RegistryRouteOptions {
  platform: Platform;
  enterprises: EnterprisesService;
  projects: ProjectsService;
  files: RegistryFiles;
  importMaxBytes: number;
}

export async function registryRoutes(app: FastifyInstance, options: RegistryRouteOptions) {
  const { platform, enterprises, projects, files, importMaxBytes } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDate(platform.clock.now());
  const stamp = () => today().replaceAll('-', '');

  // ---- enterprises
  const et = ['企业名录'];
  r.get(
    '/api/enterprises',
    {
      config: { access: 'registry.read' },
      schema: {
        tags: et,
        summary: '企业列表',
        querystring: enterpriseListQuerySchema,
        response: { 200: enterprisePageSchema },
      },
    },
    async (request) => enterprises.list(requireActor(request), request.query),
  );
  r.post(
    '/api/enterprises',
    {
      config: { access: 'registry.write' },
      schema: {
        tags: et,
        summary: '登记企业',
        body: enterpriseInputSchema,
        response: { 201: enterpriseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await enterprises.create(requireActor(request), request.body, auditContextOf(request))),
  );
  r.get(
    '/api/enterprises/import-template',
    { config: { access: 'registry.import' }, schema: { tags: et, summary: '下载企业导入模板' } },
    async (_request, reply) =>
      sendFile(reply, await files.enterpriseTemplate(), '规上工业企业导入模板.xlsx', xlsxContentType),
  );
  r.get(
    '/api/enterprises/export',
    {
      config: { access: 'registry.export' },
      schema: { tags: et, summary: '按当前筛选导出企业名录', querystring: enterpriseFilterSchema },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await files.exportEnterprises(requireActor(request), request.query, auditContextOf(request)),
        `规上工业企业名录-${stamp()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.post(
    '/api/enterprises/import',
    {
      config: { access: 'registry.import' },
      schema: {
        tags: et,
        summary: '导入企业（multipart 字段 file）；先 validate 再 commit，整表全部成功或全部不写入',
        querystring: importModeSchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      return withUpload(request, platform.config.dataDir, importMaxBytes, (upload) =>
        files.importEnterprises(
          requireActor(request),
          upload.path,
          upload.fileName,
          request.query.mode,
          auditContextOf(request),
        ),
      );
    },
  );
  r.get(
    '/api/enterprises/credit-code-exceptions',
    {
      config: { access: 'registry.code_exception' },
      schema: { tags: et, summary: '已接受的例外信用代码', response: { 200: creditCodeExceptionListSchema } },
    },
    async () => enterprises.listExceptions(),
  );
  r.post(
    '/api/enterprises/credit-code-exceptions',
    {
      config: { access: 'registry.code_exception' },
      schema: {
        tags: et,
        summary: '接受一个未通过校验的信用代码（须写明理由）',
        body: creditCodeExceptionRequestSchema,
      },
    },
    async (request, reply) => {
      await enterprises.addException(
        requireActor(request),
        request.body.creditCode,
        request.body.reason,
        auditContextOf(request),
      );
      return reply.code(204).send();
    },
  );
  r.get(
    '/api/enterprises/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags: et, summary: '企业详情', params: idParamsSchema, response: { 200: enterpriseSchema } },
    },
    async (request) => enterprises.get(requireActor(request), request.params.id),
  );
  r.patch(
    '/api/enterprises/:id',
    {
      config: { access: 'registry.write' },
      schema: {
        tags: et,
        summary: '修改企业（If-Match）',
        params: idParamsSchema,
        body: enterpriseUpdateSchema,
        response: { 200: enterpriseSchema },
      },
    },
    async (request) =>
      enterprises.update(
        requireActor(request),
        request.params.id,
        readIfMatch(request),
        request.body,
        auditContextOf(request),
      ),
  );
  r.post(
    '/api/enterprises/:id/close',
    {
      config: { access: 'registry.close' },
      schema: {
        tags: et,
        summary: '关停/退出（If-Match）',
        params: idParamsSchema,
        body: closeRequestSchema,
        response: { 200: enterpriseSchema },
      },
    },
    async (request) =>
      enterprises.setClosed(
        requireActor(request),
        request.params.id,
        readIfMatch(request),
        request.body.closedAt ?? today(),
        request.body.reason,
        auditContextOf(request),
      ),
  );
  r.post(
    '/api/enterprises/:id/reopen',
    {
      config: { access: 'registry.close' },
      schema: {
        tags: et,
        summary: '恢复（If-Match）',
        params: idParamsSchema,
        body: reopenRequestSchema,
        response: { 200: enterpriseSchema },
      },
    },
    async (request) =>
      enterprises.setClosed(
        requireActor(request),
        request.params.id,
        readIfMatch(request),
        null,
        request.body.reason,
        auditContextOf(request),
      ),
  );

  // ---- projects
  const pt = ['重点项目'];
  r.get(
    '/api/projects',
    {
      config: { access: 'registry.read' },
      schema: {
        tags: pt,
        summary: '项目列表',
        querystring: projectListQuerySchema,
        response: { 200: projectPageSchema },
      },
    },
    async (request) => projects.list(requireActor(request), request.query),
  );
  r.post(
    '/api/projects',
    {
      config: { access: 'registry.write' },
      schema: { tags: pt, summary: '登记项目', body: projectInputSchema, response: { 201: projectSchema } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await projects.create(requireActor(request), request.body, auditContextOf(request))),
  );
  r.get(
    '/api/projects/import-template',
    { config: { access: 'registry.import' }, schema: { tags: pt, summary: '下载项目导入模板' } },
    async (_request, reply) =>
      sendFile(reply, await files.projectTemplate(), '重点项目导入模板.xlsx', xlsxContentType),
  );
  r.get(
    '/api/projects/export',
    {
      config: { access: 'registry.export' },
      schema: { tags: pt, summary: '按当前筛选导出项目', querystring: projectFilterSchema },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await files.exportProjects(requireActor(request), request.query, auditContextOf(request)),
        `重点项目名录-${stamp()}.xlsx`,
        xlsxContentType,
      ),
  );
  r.post(
    '/api/projects/import',
    {
      config: { access: 'registry.import' },
      schema: {
        tags: pt,
        summary: '导入项目（multipart 字段 file）',
        querystring: importModeSchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      return withUpload(request, platform.config.dataDir, importMaxBytes, (upload) =>
        files.importProjects(
          requireActor(request),
          upload.path,
          upload.fileName,
          request.query.mode,
          auditContextOf(request),
        ),
      );
    },
  );
  r.get(
    '/api/projects/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags: pt, summary: '项目详情', params: idParamsSchema, response: { 200: projectSchema } },
    },
    async (request) => projects.get(requireActor(request), request.params.id),
  );
  r.patch(
    '/api/projects/:id',
    {
      config: { access: 'registry.write' },
      schema: {
        tags: pt,
        summary: '修改项目（If-Match）',
        params: idParamsSchema,
        body: projectUpdateSchema,
        response: { 200: projectSchema },
      },
    },
    async (request) =>
      projects.update(
        requireActor(request),
        request.params.id,
        readIfMatch(request),
        request.body,
        auditContextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/close',
    {
      config: { access: 'registry.close' },
      schema: {
        tags: pt,
        summary: '项目退出（If-Match）',
        params: idParamsSchema,
        body: closeRequestSchema,
        response: { 200: projectSchema },
      },
    },
    async (request) =>
      projects.setClosed(
        requireActor(request),
        request.params.id,
        readIfMatch(request),
        request.body.closedAt ?? today(),
        request.body.reason,
        auditContextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/reopen',
    {
      config: { access: 'registry.close' },
      schema: {
        tags: pt,
        summary: '恢复项目（If-Match）',
        params: idParamsSchema,
        body: reopenRequestSchema,
        response: { 200: projectSchema },
      },
    },
    async (request) =>
      projects.setClosed(
        requireActor(request),
        request.params.id,
        readIfMatch(request),
        null,
        request.body.reason,
        auditContextOf(request),
      ),
  );
}
