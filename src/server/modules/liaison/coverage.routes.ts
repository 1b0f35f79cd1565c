import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contactRuleSchema, coverageQuerySchema, coverageSchema } from '../../../contracts/liaison';
import { auditContextOf, requireActor } from '../../platform/access';
import { sendFile, xlsxContentType } from '../../platform/http';
import type { LiaisonRouteOptions } from './liaison.routes';

/** Coverage and the contact rule. */
export async function coverageRoutes(app: FastifyInstance, options: LiaisonRouteOptions) {
  const { liaison, files } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['常态化联络'];

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
    async (request) => liaison.coverage.coverage(requireActor(request), request.query),
  );
  r.get(
    '/api/liaison/coverage/export',
    {
      config: { access: 'liaison.export' },
      schema: { tags, summary: '导出联络覆盖（Excel）', querystring: coverageQuerySchema },
    },
    async (request, reply) => {
      const coverage = await liaison.coverage.coverage(requireActor(request), request.query);
      return sendFile(
        reply,
        await files.coverage.coverageXlsx(coverage, auditContextOf(request)),
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
    async () => liaison.coverage.getRule(),
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
    async (request) => liaison.coverage.setRule(requireActor(request), request.body, auditContextOf(request)),
  );
}
