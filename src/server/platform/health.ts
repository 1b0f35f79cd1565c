import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema, readySchema } from '../../contracts/health';
import { AppError } from './errors';
import type { Platform } from './platform';

/** Liveness (the process answers) and readiness (the database answers). */
export async function healthRoutes(app: FastifyInstance, options: { platform: Platform }) {
  const { platform } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['运维'], summary: '存活检查', response: { 200: healthSchema } },
    },
    async () => ({ status: 'ok' as const, time: platform.clock.now().toISOString() }),
  );
  r.get(
    '/api/ready',
    {
      config: { access: 'public' },
      schema: { tags: ['运维'], summary: '就绪检查（数据库可达）', response: { 200: readySchema } },
    },
    async () => {
      try {
        await platform.database.ping();
      } catch {
        throw new AppError('unavailable', '数据库不可达');
      }
      return { status: 'ready' as const, database: platform.database.kind };
    },
  );
}
