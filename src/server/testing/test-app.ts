import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Enterprise, EnterpriseInput, Project, ProjectInput } from '../../contracts/registry';
import { roles, type Role } from '../../domain/roles';
import { buildApp, type AppServices } from '../app';
import { systemAuditContext } from '../platform/audit';
import { ManualClock } from '../platform/clock';
import { readConfig, type Config } from '../platform/config';
import { createPlatform, type Platform } from '../platform/platform';
import { enterpriseInput, projectInput, systemActor } from './factories';
import { openTestDatabase, type TestDatabase } from './test-database';

export const testPassword = 'Test@2020pw';

/** The region and department each role's test user gets: the city, except the county-bound roles (常宁市). */
const roleHomes: Record<Role, { regionCode: string; departmentCode?: string }> = {
  admin: { regionCode: '430400' },
  dispatcher: { regionCode: '430400', departmentCode: '430400-fgw' },
  leader: { regionCode: '430400' },
  county_dispatcher: { regionCode: '430482' },
  department_officer: { regionCode: '430400', departmentCode: '430400-gxj' },
  liaison_officer: { regionCode: '430482' },
  enterprise_user: { regionCode: '430482' },
  inspector: { regionCode: '430400' },
  subsidy_officer: { regionCode: '430400' },
};

export interface UserOptions {
  username?: string;
  regionCode?: string;
  departmentCode?: string;
  enterpriseId?: number;
  projectId?: number;
}

export interface TestClient {
  username: string;
  csrfToken: string;
  cookie: string;
  /** Sends a request as this user: the session cookie, and the CSRF header on writes. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  platform: Platform;
  services: AppServices;
  clock: ManualClock;
  /** Creates (once) a user with the role and signs in; an enterprise user gets a fresh enterprise. */
  signInAs(role: Role, options?: UserOptions): Promise<TestClient>;
  signIn(username: string, password?: string): Promise<TestClient>;
  createUser(role: Role, options?: UserOptions): Promise<number>;
  createEnterprise(overrides?: Partial<EnterpriseInput>): Promise<Enterprise>;
  createProject(overrides?: Partial<ProjectInput>): Promise<Project>;
  close(): Promise<void>;
}

/** The whole app on a fresh database (PGlite, or PostgreSQL in the PostgreSQL run) with a manual clock. */
export async function buildTestApp(
  options: { now?: string; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = new ManualClock(options.now ?? '2020-03-08T18:00:00+08:00');
  const config = {
    ...readConfig({}),
    isDemo: false,
    clockStart: null,
    dataDir: `${process.cwd()}/data/test-${process.pid}`,
    ...options.config,
  };
  const platform = createPlatform(config, database, clock);
  const { app, services } = await buildApp(platform);
  await services.regions.seedReferenceData();
  await services.routing.seedDefaults();
  const cityScope = {
    regionCode: '430400',
    regionCodes: await services.regions.subtree('430400'),
    departmentId: null,
    enterpriseId: null,
    projectId: null,
    assigned: null,
  };
  const factoryContext = { ...systemAuditContext, username: 'test-factory' };
  const createEnterprise = (overrides: Partial<EnterpriseInput> = {}) =>
    services.enterprises.create(systemActor(cityScope), enterpriseInput(overrides), factoryContext);
  const createProject = (overrides: Partial<ProjectInput> = {}) =>
    services.projects.create(systemActor(cityScope), projectInput(overrides), factoryContext);

  async function createUser(role: Role, o: UserOptions = {}) {
    const home = roleHomes[role];
    const username = o.username ?? `t_${role}`;
    const departmentCode = o.departmentCode ?? home.departmentCode;
    const departments = await services.regions.departmentsIn(cityScope.regionCodes);
    const departmentId = departmentCode
      ? (departments.find((d) => d.code === departmentCode)?.id ?? null)
      : null;
    const regionCode = o.regionCode ?? home.regionCode;
    let enterpriseId = o.enterpriseId ?? null;
    if (role === 'enterprise_user' && !enterpriseId && !o.projectId) {
      enterpriseId = (await createEnterprise({ regionCode: regionCode === '430400' ? '430482' : regionCode }))
        .id;
    }
    const user = await services.users.create(
      cityScope,
      {
        username,
        name: `测试${role}`,
        password: testPassword,
        role,
        regionCode,
        departmentId,
        enterpriseId,
        projectId: o.projectId ?? null,
      },
      factoryContext,
      { mustChangePassword: false },
    );
    return user.id;
  }

  async function signIn(username: string, password = testPassword): Promise<TestClient> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`signIn ${username} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'kj_session');
    if (!cookie) throw new Error('no session cookie');
    const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return {
      username,
      csrfToken,
      cookie: cookie.value,
      request: (req) =>
        app.inject({
          ...req,
          cookies: { ...(req.cookies ?? {}), kj_session: cookie.value },
          headers: { 'x-csrf-token': csrfToken, ...(req.headers ?? {}) },
        }),
    };
  }

  const created = new Set<string>();
  return {
    app,
    database,
    platform,
    services,
    clock,
    createUser,
    createEnterprise,
    createProject,
    signIn,
    async signInAs(role, o = {}) {
      const username = o.username ?? `t_${role}`;
      if (!created.has(username)) {
        await createUser(role, { ...o, username });
        created.add(username);
      }
      return signIn(username);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const allRoles = roles;
