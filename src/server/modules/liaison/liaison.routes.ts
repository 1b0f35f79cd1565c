import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { myHomeSchema } from '../../../contracts/liaison';
import { requireActor } from '../../platform/access';
import type { Platform } from '../../platform/platform';
import { assignmentsRoutes } from './assignments.routes';
import { coverageRoutes } from './coverage.routes';
import type { LiaisonFiles } from './liaison.files';
import type { LiaisonService } from './liaison.service';
import { rosterRoutes } from './roster.routes';
import { visitsRoutes } from './visits.routes';
import type { VisitsService } from './visits.service';

export interface LiaisonRouteOptions {
  platform: Platform;
  liaison: LiaisonService;
  visits: VisitsService;
  files: LiaisonFiles;
}

export async function liaisonRoutes(app: FastifyInstance, options: LiaisonRouteOptions) {
  const { liaison } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['常态化联络'];

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
    async (request) => liaison.home.me(requireActor(request)),
  );

  await rosterRoutes(app, options);
  await assignmentsRoutes(app, options);
  await coverageRoutes(app, options);
  await visitsRoutes(app, options);
}
