import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { accessPlugin, createScopeResolvers } from './platform/access';
import { healthRoutes } from './platform/health';
import { registerErrorHandling } from './platform/http-errors';
import type { Platform } from './platform/platform';
import { auditRoutes, createAuditService } from './modules/audit/index';
import {
  casesRoutes,
  createCasesFiles,
  createCasesService,
  createEscalation,
  createRoutingService,
  type CasesFiles,
  type CasesService,
  type Escalation,
  type RoutingService,
} from './modules/cases/index';
import {
  createLiaisonFiles,
  createLiaisonService,
  createVisitsService,
  liaisonRoutes,
  type LiaisonFiles,
  type LiaisonService,
  type VisitsService,
} from './modules/liaison/index';
import {
  createNotificationsService,
  notificationsRoutes,
  type NotificationsService,
} from './modules/notifications/index';
import { createRegionsService, regionsRoutes, type RegionsService } from './modules/regions/index';
import {
  createEnterprisesService,
  createProjectsService,
  createRegistryFiles,
  createSubjectsService,
  registryRoutes,
  type EnterprisesService,
  type ProjectsService,
  type RegistryFiles,
  type SubjectsService,
} from './modules/registry/index';
import {
  createReportsFiles,
  createReportsService,
  reportsRoutes,
  type ReportsFiles,
  type ReportsService,
} from './modules/reports/index';
import {
  createDashboardFiles,
  createDashboardService,
  dashboardRoutes,
  type DashboardFiles,
  type DashboardService,
} from './modules/dashboard/index';
import {
  authRoutes,
  createApiTokensService,
  createAuthService,
  createUsersService,
  usersRoutes,
  type AuthService,
  type UsersService,
} from './modules/users/index';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** The built web app (dist/web); served with an SPA fallback when present. */
  webDir?: string | undefined;
}

export interface AppServices {
  regions: RegionsService;
  users: UsersService;
  auth: AuthService;
  notifications: NotificationsService;
  enterprises: EnterprisesService;
  projects: ProjectsService;
  registryFiles: RegistryFiles;
  subjects: SubjectsService;
  reports: ReportsService;
  reportsFiles: ReportsFiles;
  dashboard: DashboardService;
  dashboardFiles: DashboardFiles;
  cases: CasesService;
  casesFiles: CasesFiles;
  routing: RoutingService;
  escalation: Escalation;
  liaison: LiaisonService;
  visits: VisitsService;
  liaisonFiles: LiaisonFiles;
}

export interface KuaijinApp {
  app: FastifyInstance;
  services: AppServices;
}

/** Module services in dependency order; used by the app, the demo loader and scripts alike. */
export function createServices(platform: Platform): AppServices {
  const regions = createRegionsService(platform.db);
  const enterprises = createEnterprisesService(platform, regions);
  const projects = createProjectsService(platform, regions);
  const users = createUsersService(platform, regions, {
    enterpriseRegion: async (id) => (await enterprises.findForBinding(id))?.regionCode,
    projectRegion: async (id) => (await projects.findForBinding(id))?.regionCode,
  });
  // Modules above users narrow some roles' scope (liaison: an officer's assignments); they register below.
  const scopeResolvers = createScopeResolvers();
  const auth = createAuthService(platform, regions, scopeResolvers);
  const notifications = createNotificationsService(platform);
  const registryFiles = createRegistryFiles(platform, regions, enterprises, projects);
  const subjects = createSubjectsService(platform.db);
  const reports = createReportsService(platform, regions, subjects);
  const reportsFiles = createReportsFiles(platform, subjects, reports);
  const cases = createCasesService(platform, regions, subjects, users);
  const casesFiles = createCasesFiles(platform, regions, subjects, users, cases);
  const routing = createRoutingService(platform, regions);
  const escalation = createEscalation(platform, regions, users);
  const liaison = createLiaisonService(platform, regions, subjects, users, reports, cases);
  scopeResolvers.register('liaison_officer', liaison.resolveScope);
  const visits = createVisitsService(platform, regions, subjects, cases, liaison);
  const liaisonFiles = createLiaisonFiles(platform, regions, subjects, liaison, visits);
  const dashboard = createDashboardService(platform, regions, subjects, liaison);
  const dashboardFiles = createDashboardFiles(platform, dashboard);
  return {
    liaison,
    visits,
    liaisonFiles,
    cases,
    casesFiles,
    routing,
    escalation,
    regions,
    users,
    auth,
    notifications,
    enterprises,
    projects,
    registryFiles,
    subjects,
    reports,
    reportsFiles,
    dashboard,
    dashboardFiles,
  };
}

/** Composition root: platform plugins, then modules in dependency order, then the web app. */
export async function buildApp(platform: Platform, options: AppOptions = {}): Promise<KuaijinApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: platform.config.bodyLimitBytes,
    trustProxy: platform.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, options.webDir);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: platform.config.importMaxBytes, files: 1, fields: 5 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: '快进 Kuaijin API', description: '衡阳市复工复产调度平台接口', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kj_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const services = createServices(platform);
  await app.register(accessPlugin, {
    db: platform.db,
    audit: platform.audit,
    identify: (request) => services.auth.identify(request),
    publicPrefixes: ['/api/docs', '/api/openapi.json'],
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(healthRoutes, { platform });
  await app.register(regionsRoutes, { regions: services.regions });
  await app.register(authRoutes, { auth: services.auth });
  await app.register(usersRoutes, {
    users: services.users,
    apiTokens: createApiTokensService(platform, services.regions),
  });
  await app.register(notificationsRoutes, { notifications: services.notifications });
  await app.register(auditRoutes, { auditService: createAuditService(platform), platform });
  await app.register(registryRoutes, {
    platform,
    enterprises: services.enterprises,
    projects: services.projects,
    files: services.registryFiles,
    importMaxBytes: platform.config.importMaxBytes,
  });
  await app.register(reportsRoutes, { platform, reports: services.reports, files: services.reportsFiles });
  await app.register(casesRoutes, {
    cases: services.cases,
    files: services.casesFiles,
    routing: services.routing,
  });
  await app.register(liaisonRoutes, {
    platform,
    liaison: services.liaison,
    visits: services.visits,
    files: services.liaisonFiles,
  });
  await app.register(dashboardRoutes, { dashboard: services.dashboard, files: services.dashboardFiles });

  if (options.webDir && existsSync(options.webDir)) {
    await app.register(fastifyStatic, { root: options.webDir, wildcard: false, index: ['index.html'] });
  }
  await app.ready();
  return { app, services };
}
