import { systemAuditContext } from '../platform/audit';
import type { Platform } from '../platform/platform';
import { readSetting, writeSetting } from '../platform/db/settings';
import type { AppServices } from '../app';
import { demoAccounts, demoPassword } from './demo-accounts';

const demoSettingKey = 'demo.loadedAt';

/** Loads the demo scenario once; a later start finds the marker and does nothing. */
export async function loadDemoOnce(platform: Platform, services: AppServices): Promise<boolean> {
  if (await readSetting(platform.db, demoSettingKey)) return false;
  const city = await services.regions.find('430400');
  if (!city) throw new Error('参考数据缺失：请先加载区划');
  const cityScope = {
    regionCode: '430400',
    regionCodes: await services.regions.subtree('430400'),
    departmentId: null,
    enterpriseId: null,
    projectId: null,
  };
  const departments = await services.regions.departmentsIn(cityScope.regionCodes);
  const context = { ...systemAuditContext, username: 'demo-loader' };
  for (const account of demoAccounts) {
    const department = account.departmentCode
      ? departments.find((d) => d.code === account.departmentCode)
      : undefined;
    await services.users.create(
      cityScope,
      {
        username: account.username,
        name: account.name,
        password: demoPassword,
        role: account.role,
        regionCode: account.regionCode,
        departmentId: department?.id ?? null,
        phone: account.phone ?? null,
      },
      context,
      { mustChangePassword: false },
    );
  }
  await writeSetting(
    platform.db,
    demoSettingKey,
    { at: new Date().toISOString(), scenarioDate: '2020-03-08' },
    platform.clock.now(),
  );
  return true;
}
