import { projectLevelLabels, projectStageLabels } from '../../domain/registry';
import { systemAuditContext } from '../platform/audit';
import type { Scope } from '../platform/access';
import type { Platform } from '../platform/platform';
import { readSetting, writeSetting } from '../platform/db/settings';
import type { AppServices } from '../app';
import type { EnterpriseColumn, ProjectColumn } from '../modules/registry/index';
import { demoAccounts, demoPassword } from './demo-accounts';
import { generateEnterprises, generateProjects } from './registry-scenario';

const demoSettingKey = 'demo.loadedAt';

/** The enterprise the demo account `enterprise` files for (API.md). */
export const demoEnterpriseName = '常宁市隆源铜业有限公司';

async function cityScope(services: AppServices): Promise<Scope> {
  return {
    regionCode: '430400',
    regionCodes: await services.regions.subtree('430400'),
    departmentId: null,
    enterpriseId: null,
    projectId: null,
  };
}

/** The generated registry goes through the same validation and commit as an Excel import. */
async function loadRegistry(services: AppServices, scope: Scope, regionNames: Map<string, string>) {
  const context = { ...systemAuditContext, username: 'demo-loader' };
  const enterprises = generateEnterprises();
  const enterpriseRecords = enterprises.map((e, i) => ({
    row: i + 2,
    cells: {
      creditCode: e.creditCode,
      name: e.name,
      region: regionNames.get(e.regionCode)!,
      industryCode: e.industryCode,
      workforce: String(e.workforce),
      annualOutput: e.annualOutput,
      address: e.address,
      contactName: e.contactName,
      contactPhone: e.contactPhone,
      continuous: e.isContinuousProcess ? '是' : '否',
    } satisfies Record<EnterpriseColumn, string>,
  }));
  await services.registryFiles.importEnterpriseRecords(
    scope,
    { records: enterpriseRecords, fileName: '演示场景企业名录' },
    'commit',
    context,
  );
  const projectRecords = generateProjects().map((p, i) => ({
    row: i + 2,
    cells: {
      code: p.code,
      name: p.name,
      level: projectLevelLabels[p.level],
      region: regionNames.get(p.regionCode)!,
      ownerUnit: p.ownerUnit,
      category: p.category,
      totalInvestment: p.totalInvestment,
      annualPlannedInvestment: p.annualPlannedInvestment,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      stage: projectStageLabels[p.stage],
    } satisfies Record<ProjectColumn, string>,
  }));
  await services.registryFiles.importProjectRecords(
    scope,
    { records: projectRecords, fileName: '演示场景重点项目' },
    'commit',
    context,
  );
  return enterprises;
}

/** Loads the demo scenario once; a later start finds the marker and does nothing. */
export async function loadDemoOnce(platform: Platform, services: AppServices): Promise<boolean> {
  if (await readSetting(platform.db, demoSettingKey)) return false;
  const scope = await cityScope(services);
  const regionNames = new Map((await services.regions.tree()).map((n) => [n.code, n.name]));
  const enterprises = await loadRegistry(services, scope, regionNames);
  const boundEnterprise = enterprises.find((e) => e.name === demoEnterpriseName)!;
  const enterpriseId = await services.enterprises.findIdByCreditCode(boundEnterprise.creditCode);
  const departments = await services.regions.departmentsIn(scope.regionCodes);
  const context = { ...systemAuditContext, username: 'demo-loader' };
  for (const account of demoAccounts) {
    const department = account.departmentCode
      ? departments.find((d) => d.code === account.departmentCode)
      : undefined;
    await services.users.create(
      scope,
      {
        username: account.username,
        name: account.name,
        password: demoPassword,
        role: account.role,
        regionCode: account.regionCode,
        departmentId: department?.id ?? null,
        enterpriseId: account.role === 'enterprise_user' ? (enterpriseId ?? null) : null,
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
