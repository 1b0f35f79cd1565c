import type { FastifyBaseLogger } from 'fastify';
import { systemAuditContext } from './platform/audit';
import type { Platform } from './platform/platform';
import type { AppServices } from './app';
import { loadDemoOnce } from './demo/load-demo';

/**
 * First-start work after migrations: the city's reference data, then either the demo scenario or, on an
 * empty non-demo installation, a first administrator from KUAIJIN_ADMIN_USER / KUAIJIN_ADMIN_PASSWORD.
 */
export async function bootstrap(
  platform: Platform,
  services: AppServices,
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
) {
  await services.regions.seedReferenceData();
  await services.routing.seedDefaults();
  if (platform.config.isDemo) {
    const started = Date.now();
    if (await loadDemoOnce(platform, services)) log.info({ ms: Date.now() - started }, '演示场景已加载');
    return;
  }
  if ((await services.users.countAll()) > 0) return;
  const { adminUser, adminPassword } = platform.config;
  if (!adminUser || !adminPassword) {
    log.warn(
      '数据库中没有任何用户：请设置 KUAIJIN_ADMIN_USER 与 KUAIJIN_ADMIN_PASSWORD 后重启，或运行 npm run admin:create',
    );
    return;
  }
  await createFirstAdmin(platform, services, adminUser, adminPassword);
  log.info({ username: adminUser }, '已创建首个管理员');
}

export async function createFirstAdmin(
  platform: Platform,
  services: AppServices,
  username: string,
  password: string,
) {
  const root = (await services.regions.tree()).find((n) => n.parentCode === null);
  if (!root) throw new Error('参考数据缺失：没有根区划');
  const scope = {
    regionCode: root.code,
    regionCodes: await services.regions.subtree(root.code),
    departmentId: null,
    enterpriseId: null,
    projectId: null,
    assigned: null,
  };
  return services.users.create(
    scope,
    { username, name: '系统管理员', password, role: 'admin', regionCode: root.code },
    { ...systemAuditContext, username: '系统初始化' },
    { mustChangePassword: false },
  );
}
