import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departmentListSchema, industryListSchema, regionListSchema } from '../../../contracts/reference';
import { regionCodeSchema } from '../../../contracts/common';
import { industryDivisions } from '../../../domain/reference/industries';
import { requireActor } from '../../platform/access';
import type { RegionsService } from './regions.service';

export async function regionsRoutes(app: FastifyInstance, options: { regions: RegionsService }) {
  const { regions } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/regions',
    {
      config: { access: 'reference.read' },
      schema: {
        tags: ['参考数据'],
        summary: '行政区划树（本人可见范围）',
        response: { 200: regionListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const visible = new Set(actor.scope.regionCodes);
      return (await regions.tree()).filter((n) => visible.has(n.code));
    },
  );

  r.get(
    '/api/departments',
    {
      config: { access: 'reference.read' },
      schema: {
        tags: ['参考数据'],
        summary: '部门列表（全市各级部门，可按区划过滤）',
        querystring: z.strictObject({ region: regionCodeSchema.optional() }),
        response: { 200: departmentListSchema },
      },
    },
    async (request) => {
      const codes = request.query.region ? [request.query.region] : (await regions.tree()).map((n) => n.code);
      return regions.departmentsIn(codes);
    },
  );

  r.get(
    '/api/industries',
    {
      config: { access: 'reference.read' },
      schema: {
        tags: ['参考数据'],
        summary: '国民经济行业分类（GB/T 4754-2017）B、C、D 门类大类',
        response: { 200: industryListSchema },
      },
    },
    async () => industryDivisions,
  );
}
