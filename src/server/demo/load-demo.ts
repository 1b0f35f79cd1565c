import { projectLevelLabels, projectStageLabels } from '../../domain/registry';
import { systemAuditContext } from '../platform/audit';
import type { Scope } from '../platform/access';
import type { Platform } from '../platform/platform';
import { readSetting, writeSetting } from '../platform/db/settings';
import { createServices, type AppServices } from '../app';
import { categoryOfProjectLevel, isLate } from '../../domain/resumption';
import { createAuditLog } from '../platform/audit';
import { ManualClock } from '../platform/clock';
import type { ReportRow, RevisionRow } from '../modules/reports/index';
import { generateReports, scenarioEnd, scenarioNow, type ScenarioSubject } from './report-scenario';
import { generateCases } from './case-scenario';
import { generateLiaisonScenario } from './liaison-scenario';
import type { EnterpriseColumn, ProjectColumn } from '../modules/registry/index';
import { demoAccounts, demoPassword } from './demo-accounts';
import { generateEnterprises, generateProjects } from './registry-scenario';
import { subjectKey } from '../../domain/subjects';

const demoSettingKey = 'demo.loadedAt';

/** The actor the audit log shows for everything the demo loader writes (the audit screen shows it as is). */
const demoAuditContext = { ...systemAuditContext, username: '演示数据载入' };

/** The enterprise the demo account `enterprise` files for (API.md). */
export const demoEnterpriseName = '常宁市隆源铜业有限公司';

/** The mobile of the demo liaison officer 陈志强 (his roster entry; he signs in as `liaison`). */
export const demoLiaisonMobile = '13907346688';

async function cityScope(services: AppServices): Promise<Scope> {
  return {
    regionCode: '430400',
    regionCodes: await services.regions.subtree('430400'),
    departmentId: null,
    enterpriseId: null,
    projectId: null,
    assigned: null,
  };
}

/** The generated registry goes through the same validation and commit as an Excel import. */
async function loadRegistry(services: AppServices, scope: Scope, regionNames: Map<string, string>) {
  const context = demoAuditContext;
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
      activeFrom: '', // the import's day: the clock stands at registryLoadedAt
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
      activeFrom: '',
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

// The registry was loaded at the start of the year, before the campaign: its subjects are active from then.
const registryLoadedAt = new Date('2020-01-02T09:00:00+08:00');

/** The generated daily reports 2020-02-10 → 2020-03-08, bulk-loaded with their revisions and summaries. */
async function loadReports(services: AppServices, scope: Scope) {
  const generatedEnterprises = generateEnterprises();
  const generatedProjects = generateProjects();
  const active = await services.subjects.listActive(scope, scope.regionCodes, scenarioEnd);
  const idOf = new Map(active.map((s) => [`${s.kind}:${s.code}`, s]));
  const subjects: ScenarioSubject[] = [
    ...generatedEnterprises.map((e) => {
      const s = idOf.get(`enterprise:${e.creditCode}`)!;
      return {
        kind: 'enterprise' as const,
        id: s.id,
        category: 'enterprise' as const,
        regionCode: s.regionCode,
        isContinuousProcess: e.isContinuousProcess,
        workforce: e.workforce,
        name: e.name,
      };
    }),
    ...generatedProjects.map((p) => {
      const s = idOf.get(`project:${p.code}`)!;
      return {
        kind: 'project' as const,
        id: s.id,
        category: categoryOfProjectLevel(p.level),
        regionCode: s.regionCode,
        isContinuousProcess: false,
        // Projects carry no workforce in the registry; the site team scales with the investment.
        workforce: Math.round(Math.min(1200, Math.max(40, Number(p.totalInvestment) / 300))),
        name: p.name,
      };
    }),
  ];
  const bySubject = new Map(subjects.map((s) => [subjectKey(s), s]));
  const rows: ReportRow[] = [];
  const revisions: RevisionRow[] = [];
  for (const r of generateReports(subjects)) {
    const subject = bySubject.get(subjectKey({ kind: r.kind, id: r.subjectId }))!;
    const filedAt = new Date(r.filedAt);
    const body = {
      status: r.status,
      workforce: r.workforce,
      onDuty: r.onDuty,
      capacityPct: r.capacityPct,
      workersOnSite: r.workersOnSite,
      investmentThisMonth: r.investmentThisMonth,
      prevention: r.prevention,
      difficulty: r.difficulty,
      note: r.note,
    };
    const filer = {
      filedByUserId: null,
      filedByName: r.isOnBehalf ? '联络员' : `${subject.name.slice(0, 12)}填报员`,
      filedByRole: r.isOnBehalf ? 'liaison_officer' : 'enterprise_user',
      isOnBehalf: r.isOnBehalf,
    };
    const late = isLate(r.date, filedAt);
    // A corrected report: the second version two hours after the first, never after the demo's "now".
    const lastFiledAt =
      r.revisions > 1
        ? new Date(Math.min(filedAt.getTime() + 2 * 3600_000, new Date(scenarioNow).getTime()))
        : filedAt;
    rows.push({
      subjectKind: r.kind,
      subjectId: r.subjectId,
      reportDate: r.date,
      regionCode: subject.regionCode,
      category: subject.category,
      isContinuous: subject.isContinuousProcess,
      ...body,
      isLate: late,
      revision: r.revisions,
      ...filer,
      filedAt: lastFiledAt,
      firstFiledAt: filedAt,
    });
    for (let revision = 1; revision <= r.revisions; revision++) {
      revisions.push({
        subjectKind: r.kind,
        subjectId: r.subjectId,
        reportDate: r.date,
        revision,
        body,
        isLate: late,
        reason: revision > 1 ? '更正在岗人数' : null,
        ...filer,
        filedAt: revision === 1 ? filedAt : lastFiledAt,
      });
    }
  }
  await services.reports.loadHistory(rows, revisions, demoAuditContext);
}

/** About 300 problems with their whole timelines, raised by the demo accounts and placeholder people. */
async function loadCases(services: AppServices, scope: Scope) {
  const active = await services.subjects.listActive(scope, scope.regionCodes, scenarioEnd);
  const departments = await services.regions.departmentsIn(scope.regionCodes);
  const accounts = await services.users.list(scope, {}, 1, 200);
  const userId = (username: string) => accounts.items.find((u) => u.username === username)?.id ?? null;
  const enterpriseAccount = accounts.items.find((u) => u.username === 'enterprise');
  const cases = generateCases({
    subjects: active.map((s) => ({ kind: s.kind, id: s.id, name: s.name, regionCode: s.regionCode })),
    departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name, regionCode: d.regionCode })),
    requesters: [
      { userId: userId('dispatcher'), name: '周建国', role: 'dispatcher' },
      { userId: userId('county'), name: '常宁调度员 王芳', role: 'county_dispatcher', regionCode: '430482' },
      { userId: userId('liaison'), name: '联络员 陈志强', role: 'liaison_officer', regionCode: '430482' },
      {
        userId: userId('enterprise'),
        name: '隆源铜业 赵敏',
        role: 'enterprise_user',
        ...(enterpriseAccount?.enterpriseId ? { enterpriseId: enterpriseAccount.enterpriseId } : {}),
      },
      { userId: null, name: '衡南调度员 李娟', role: 'county_dispatcher', regionCode: '430422' },
      { userId: null, name: '耒阳联络员 谢军', role: 'liaison_officer', regionCode: '430481' },
    ],
  });
  await services.cases.loadHistory(cases, demoAuditContext);
}

/**
 * The 1,859 liaison officers with their assignments and visits; the demo account `liaison` is officer 0
 * (陈志强, 常宁市, dispatched by 市发改委).
 */
async function loadLiaison(services: AppServices, scope: Scope) {
  const active = await services.subjects.listActive(scope, scope.regionCodes, scenarioEnd);
  const departments = await services.regions.departmentsIn(scope.regionCodes);
  const accounts = await services.users.list(scope, {}, 1, 200);
  const demo = accounts.items.find((u) => u.username === 'liaison')!;
  const scenario = generateLiaisonScenario({
    subjects: active.map((s) => ({ kind: s.kind, id: s.id, name: s.name, regionCode: s.regionCode })),
    departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name, regionCode: d.regionCode })),
    regions: await services.regions.tree(),
    demoOfficer: {
      name: '陈志强',
      mobile: demoLiaisonMobile,
      regionCode: demo.regionCode,
      unitDepartmentCode: '430400-fgw',
      firstSubjectName: demoEnterpriseName,
    },
  });
  await services.liaison.loadHistory(scenario, demoPassword, new Map([[0, demo.id]]), demoAuditContext);
}

/** Loads the demo scenario once; a later start finds the marker and does nothing. */
export async function loadDemoOnce(platform: Platform, services: AppServices): Promise<boolean> {
  if (await readSetting(platform.db, demoSettingKey)) return false;
  const scope = await cityScope(services);
  const regionNames = new Map((await services.regions.tree()).map((n) => [n.code, n.name]));
  const registryServices = createServices({
    ...platform,
    clock: new ManualClock(registryLoadedAt),
    audit: createAuditLog(new ManualClock(registryLoadedAt)),
  });
  const enterprises = await loadRegistry(registryServices, scope, regionNames);
  await loadReports(services, scope);
  const boundEnterprise = enterprises.find((e) => e.name === demoEnterpriseName)!;
  const enterpriseId = await services.enterprises.findIdByCreditCode(boundEnterprise.creditCode);
  const departments = await services.regions.departmentsIn(scope.regionCodes);
  const context = demoAuditContext;
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
  await loadLiaison(services, scope);
  await loadCases(services, scope);
  await writeSetting(
    platform.db,
    demoSettingKey,
    { at: new Date().toISOString(), scenarioDate: '2020-03-08' },
    platform.clock.now(),
  );
  return true;
}
