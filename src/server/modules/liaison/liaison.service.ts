import type {
  AssignRequest,
  Assignment,
  CreateOfficerRequest,
  Officer,
  UpdateOfficerRequest,
} from '../../../contracts/liaison';
import { shanghaiDate } from '../../../domain/dates';
import {
  contactStatus,
  defaultContactRule,
  visitModes,
  weekStart,
  type ContactRule,
} from '../../../domain/liaison';
import { checkPasswordStrength } from '../../../domain/password-rule';
import { maskPhone } from '../../../domain/registry';
import type { Actor, Scope, ScopeResolver } from '../../platform/access';
import { describeChanges, type AuditContext } from '../../platform/audit';
import type { Db } from '../../platform/db/client';
import { readSetting, writeSetting } from '../../platform/db/settings';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { CasesService } from '../cases/index';
import type { RegionsService } from '../regions/index';
import type { SubjectKind, SubjectRow, SubjectsService } from '../registry/index';
import type { ReportsService } from '../reports/index';
import { hashPassword, type UsersService } from '../users/index';
import {
  createLiaisonRepository,
  keyOf,
  type AssignmentRow,
  type NewAssignmentRow,
  type OfficerRow,
  type OfficerVisibility,
} from './liaison.repository';

export const contactRuleKey = 'liaison.contactRule';

/** An officer to create: the roster fields and the account's password hash (hashed once for a whole import). */
export interface NewOfficer {
  name: string;
  mobile: string;
  unitDepartmentId: number | null;
  unitRegionCode: string;
  post: string;
  regionCode: string;
  activeFrom: string;
  activeTo: string | null;
}

/** A roster with its assignments and visits as another system (or the demo scenario) provides them. */
export interface LiaisonHistory {
  officers: NewOfficer[];
  /** `officer` indexes `officers`. */
  assignments: {
    officer: number;
    kind: SubjectKind;
    subjectId: number;
    regionCode: string;
    isPrimary: boolean;
    startedOn: string;
    endedOn: string | null;
    endReason: string | null;
  }[];
  visits: {
    officer: number;
    kind: SubjectKind;
    subjectId: number;
    regionCode: string;
    visitDate: string;
    mode: string;
    peopleMet: string;
    prevention: Record<string, boolean>;
    observations: string;
    createdAt: string;
  }[];
}

const isClosed = (subject: SubjectRow, date: string) => subject.closedAt !== null && subject.closedAt <= date;
const subjectLabel = (kind: string) => (kind === 'enterprise' ? '企业' : '项目');

export function createLiaisonService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  users: UsersService,
  reports: ReportsService,
  cases: CasesService,
) {
  const { db, clock, audit } = platform;
  const today = () => shanghaiDate(clock.now());
  const repo = createLiaisonRepository(db);

  const visibilityOf = (scope: Scope): OfficerVisibility => ({ regionCodes: scope.regionCodes });
  const isActive = (row: OfficerRow, date: string) =>
    row.activeFrom <= date && (row.activeTo === null || row.activeTo >= date);

  async function unitName(row: Pick<OfficerRow, 'unitDepartmentId' | 'unitRegionCode'>): Promise<string> {
    if (row.unitDepartmentId) {
      const department = await regions.findDepartment(row.unitDepartmentId);
      if (department) return department.name;
    }
    const region = await regions.find(row.unitRegionCode);
    return region ? `${region.name}人民政府` : row.unitRegionCode;
  }

  async function regionName(code: string): Promise<string> {
    return (await regions.find(code))?.name ?? code;
  }

  async function toOfficers(
    rows: readonly OfficerRow[],
    options: { fullMobile?: boolean } = {},
  ): Promise<Officer[]> {
    const counts = await createLiaisonRepository(db).assignmentCounts(rows.map((r) => r.id));
    const date = today();
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        userId: row.userId,
        name: row.name,
        mobile: options.fullMobile ? row.mobile : (maskPhone(row.mobile) ?? ''),
        unitDepartmentId: row.unitDepartmentId,
        unitRegionCode: row.unitRegionCode,
        unitName: await unitName(row),
        post: row.post,
        regionCode: row.regionCode,
        regionName: await regionName(row.regionCode),
        activeFrom: row.activeFrom,
        activeTo: row.activeTo,
        isActive: isActive(row, date),
        subjects: counts.get(row.id)?.all ?? 0,
        primarySubjects: counts.get(row.id)?.primary ?? 0,
        version: row.version,
      })),
    );
  }

  async function toAssignments(rows: readonly AssignmentRow[], tx: Db = db): Promise<Assignment[]> {
    const officers = new Map(
      (await createLiaisonRepository(tx).officersByIds([...new Set(rows.map((r) => r.officerId))])).map(
        (o) => [o.id, o],
      ),
    );
    const names = await subjects.namesOf(
      rows.map((r) => ({ kind: r.subjectKind as SubjectKind, id: r.subjectId })),
    );
    return Promise.all(
      rows.map(async (r) => {
        const officer = officers.get(r.officerId);
        return {
          id: r.id,
          officerId: r.officerId,
          officerName: officer?.name ?? '',
          officerUnit: officer ? await unitName(officer) : '',
          subjectKind: r.subjectKind as SubjectKind,
          subjectId: r.subjectId,
          subjectName: names.get(keyOf(r.subjectKind, r.subjectId)) ?? '',
          regionCode: r.regionCode,
          isPrimary: r.isPrimary,
          startedOn: r.startedOn,
          endedOn: r.endedOn,
          startedBy: r.startedBy,
          endedBy: r.endedBy,
          endReason: r.endReason,
        };
      }),
    );
  }

  /** The dispatching unit: a department, or a county government (a region), never both. */
  async function checkUnit(input: {
    unitDepartmentId?: number | null | undefined;
    unitRegionCode?: string | null | undefined;
  }): Promise<{ unitDepartmentId: number | null; unitRegionCode: string }> {
    if (input.unitDepartmentId && input.unitRegionCode)
      throw fieldError('unitDepartmentId', '派出单位只能是一个部门或一个区县，不能同时填写');
    if (input.unitDepartmentId) {
      const department = await regions.findDepartment(input.unitDepartmentId);
      if (!department) throw fieldError('unitDepartmentId', '派出单位（部门）不存在');
      return { unitDepartmentId: department.id, unitRegionCode: department.regionCode };
    }
    if (input.unitRegionCode) {
      if (!(await regions.find(input.unitRegionCode)))
        throw fieldError('unitRegionCode', `区划代码 ${input.unitRegionCode} 不存在`);
      return { unitDepartmentId: null, unitRegionCode: input.unitRegionCode };
    }
    throw fieldError('unitDepartmentId', '请选择派出单位（部门或区县）');
  }

  async function checkWorkRegion(scope: Scope, regionCode: string) {
    if (!(await regions.find(regionCode))) throw fieldError('regionCode', `区划代码 ${regionCode} 不存在`);
    if (!scope.regionCodes.includes(regionCode)) throw fieldError('regionCode', '工作区域超出您的管理范围');
  }

  async function editableOfficer(actor: Actor, id: number): Promise<OfficerRow> {
    const row = await repo.findVisibleOfficer(visibilityOf(actor.scope), id);
    if (!row) throw notFound('联络员');
    // A county dispatcher sees the city's officers stationed in the county, but the city manages them.
    if (!actor.scope.regionCodes.includes(row.regionCode))
      throw new AppError('forbidden', '该联络员由上级单位管理，您只能查看');
    return row;
  }

  /** Creates officers with their sign-in accounts (user name = mobile) inside `tx`; all or nothing. */
  async function insertOfficers(
    tx: Db,
    officers: readonly NewOfficer[],
    passwordHash: string,
    context: AuditContext,
    options: { mustChangePassword: boolean },
  ): Promise<OfficerRow[]> {
    const accounts = await users.insertAccounts(
      tx,
      officers.map((o) => ({
        username: o.mobile,
        name: o.name,
        passwordHash,
        role: 'liaison_officer' as const,
        regionCode: o.regionCode,
        departmentId: o.unitDepartmentId,
        phone: o.mobile,
        mustChangePassword: options.mustChangePassword,
      })),
      context,
    );
    const idOf = new Map(accounts.map((a) => [a.username, a.id]));
    const now = clock.now();
    return createLiaisonRepository(tx).insertOfficers(
      officers.map((o) => ({ ...o, userId: idOf.get(o.mobile)!, createdAt: now, updatedAt: now })),
    );
  }

  async function readRule(): Promise<ContactRule> {
    return (await readSetting<ContactRule>(db, contactRuleKey)) ?? defaultContactRule;
  }

  /** Contact status of some subjects on `date` under the rule, from their latest counted visits. */
  async function contactOf(
    rule: ContactRule,
    list: readonly SubjectRow[],
    date: string,
    where: { regionCodes: readonly string[] } | null,
  ) {
    const dates = await repo.latestVisitDates(
      where ?? { keys: list.map((s) => ({ kind: s.kind, id: s.id })) },
      rule.modes,
      rule.campaignFrom,
      date,
      rule.minVisits,
    );
    return new Map(
      list.map((s) => [
        keyOf(s.kind, s.id),
        contactStatus(rule, dates.get(keyOf(s.kind, s.id)) ?? [], date, s.activeFrom),
      ]),
    );
  }

  return {
    today,
    /** The contact rule in force (the default until someone sets one). */
    getRule: readRule,
    insertOfficers,
    toAssignments,

    /**
     * Loads a whole roster at once (the demo scenario): accounts (one password hash for all), officers,
     * assignments and visits in bulk, in one transaction. `existingUserIds` binds officers to accounts that
     * already exist (the demo account `liaison`), by index. Not for live work, which goes through the rules.
     */
    async loadHistory(
      history: LiaisonHistory,
      password: string,
      existingUserIds: ReadonlyMap<number, number>,
      context: AuditContext,
    ): Promise<void> {
      const passwordHash = await hashPassword(password);
      const start = (date: string) => new Date(`${date}T09:00:00+08:00`);
      await regions.warm();
      await db.transaction(async (tx) => {
        const txRepo = createLiaisonRepository(tx);
        const ids: number[] = [];
        const batch = 500;
        for (let i = 0; i < history.officers.length; i += batch) {
          const slice = history.officers.slice(i, i + batch).map((o, k) => ({ o, index: i + k }));
          const fresh = slice.filter((x) => !existingUserIds.has(x.index));
          const accounts = await users.insertAccounts(
            tx,
            fresh.map(({ o }) => ({
              username: o.mobile,
              name: o.name,
              passwordHash,
              role: 'liaison_officer' as const,
              regionCode: o.regionCode,
              departmentId: o.unitDepartmentId,
              phone: o.mobile,
              mustChangePassword: false,
            })),
            context,
          );
          const userOf = new Map(accounts.map((a) => [a.username, a.id]));
          const rows = await txRepo.insertOfficers(
            slice.map(({ o, index }) => ({
              ...o,
              userId: existingUserIds.get(index) ?? userOf.get(o.mobile)!,
              createdAt: start(o.activeFrom),
              updatedAt: start(o.activeFrom),
            })),
          );
          ids.push(...rows.map((r) => r.id));
        }
        const by = '衡阳市复工复产调度指挥部';
        for (let i = 0; i < history.assignments.length; i += 1000)
          await txRepo.insertAssignments(
            history.assignments.slice(i, i + 1000).map((a) => ({
              officerId: ids[a.officer]!,
              subjectKind: a.kind,
              subjectId: a.subjectId,
              regionCode: a.regionCode,
              isPrimary: a.isPrimary,
              startedOn: a.startedOn,
              startedAt: start(a.startedOn),
              startedBy: by,
              endedOn: a.endedOn,
              endedAt: a.endedOn ? new Date(`${a.endedOn}T08:30:00+08:00`) : null,
              endedBy: a.endedOn ? by : null,
              endReason: a.endReason,
            })),
          );
        for (let i = 0; i < history.visits.length; i += 1000)
          await txRepo.insertVisits(
            history.visits.slice(i, i + 1000).map((v) => ({
              officerId: ids[v.officer]!,
              subjectKind: v.kind,
              subjectId: v.subjectId,
              regionCode: v.regionCode,
              visitDate: v.visitDate,
              mode: v.mode,
              peopleMet: v.peopleMet,
              prevention: v.prevention,
              observations: v.observations,
              createdAt: new Date(v.createdAt),
              createdByUserId: null,
            })),
          );
        await audit.record(tx, context, {
          action: 'liaison.imported',
          entityType: 'liaison_officer',
          summary: `载入联络员 ${history.officers.length} 名、联系对象 ${history.assignments.length} 条、走访记录 ${history.visits.length} 条`,
        });
      });
    },

    /** Each subject's current primary officer (name and mobile), for lists such as the missing reports. */
    async primaryOfficersOf(
      keys: readonly { kind: SubjectKind; id: number }[],
    ): Promise<Map<string, { id: number; name: string; mobile: string }>> {
      const rows = (await repo.currentOfSubjects(keys)).filter((a) => a.isPrimary);
      const officers = new Map(
        (await repo.officersByIds(rows.map((r) => r.officerId))).map((o) => [o.id, o]),
      );
      const date = today();
      const result = new Map<string, { id: number; name: string; mobile: string }>();
      for (const r of rows) {
        const officer = officers.get(r.officerId);
        if (officer && isActive(officer, date))
          result.set(keyOf(r.subjectKind, r.subjectId), {
            id: officer.id,
            name: officer.name,
            mobile: officer.mobile,
          });
      }
      return result;
    },

    /** A user name (mobile) that an account other than a rostered officer's already has. */
    async isMobileTakenByOtherAccount(mobile: string, tx: Db = db): Promise<boolean> {
      if ((await createLiaisonRepository(tx).findOfficersByMobile([mobile])).length > 0) return false;
      return (await users.usernamesTaken([mobile], tx)).size > 0;
    },

    /** A liaison officer's scope: the subjects they act on today; a token (no user) acts on none. */
    resolveScope: (async ({ userId }) => {
      const keys = userId === null ? [] : await repo.assignedSubjectsOfUser(userId, today());
      return {
        assigned: {
          enterpriseIds: keys.filter((k) => k.kind === 'enterprise').map((k) => k.id),
          projectIds: keys.filter((k) => k.kind === 'project').map((k) => k.id),
        },
      };
    }) satisfies ScopeResolver,

    /** The officer record of a signed-in liaison officer, or 404 when they are not on the roster. */
    async officerOf(actor: Actor): Promise<OfficerRow> {
      const row = actor.userId ? await repo.findOfficerByUser(actor.userId) : undefined;
      if (!row) throw new AppError('not_found', '您的账号不在联络员名册中，请联系区县调度员');
      return row;
    },

    async listOfficers(
      actor: Actor,
      query: {
        region?: string | undefined;
        q?: string | undefined;
        status?: 'active' | 'inactive' | undefined;
        unitDepartmentId?: number | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      const result = await repo.listOfficers(
        visibilityOf(actor.scope),
        {
          q: query.q,
          regionCodes: query.region ? await regions.subtree(query.region) : undefined,
          status: query.status,
          unitDepartmentId: query.unitDepartmentId,
          date: today(),
        },
        query.page,
        query.pageSize,
      );
      return { items: await toOfficers(result.items), total: result.total };
    },

    async getOfficer(actor: Actor, id: number): Promise<Officer> {
      const row = await repo.findVisibleOfficer(visibilityOf(actor.scope), id);
      if (!row) throw notFound('联络员');
      return (await toOfficers([row]))[0]!;
    },

    /** The full mobile number, for those who may see it; every viewing is audited. */
    async revealMobile(actor: Actor, id: number, context: AuditContext): Promise<{ mobile: string }> {
      const row = await repo.findVisibleOfficer(visibilityOf(actor.scope), id);
      if (!row) throw notFound('联络员');
      await audit.record(db, context, {
        action: 'liaison.mobile_viewed',
        entityType: 'liaison_officer',
        entityId: id,
        summary: `查看联络员 ${row.name} 的完整手机号`,
      });
      return { mobile: row.mobile };
    },

    async createOfficer(actor: Actor, input: CreateOfficerRequest, context: AuditContext): Promise<Officer> {
      const problem = checkPasswordStrength(input.password);
      if (problem) throw fieldError('password', problem);
      const unit = await checkUnit(input);
      await checkWorkRegion(actor.scope, input.regionCode);
      if (input.activeTo && input.activeTo < input.activeFrom)
        throw fieldError('activeTo', '结束日期不能早于起始日期');
      if ((await repo.findOfficersByMobile([input.mobile])).length > 0)
        throw new AppError('conflict', `手机号 ${input.mobile} 已在联络员名册中`, {
          errors: [{ path: 'mobile', message: '已在名册中' }],
        });
      if ((await users.usernamesTaken([input.mobile])).size > 0)
        throw new AppError('conflict', `手机号 ${input.mobile} 已被其他账号用作用户名`, {
          errors: [{ path: 'mobile', message: '已被其他账号使用' }],
        });
      const passwordHash = await hashPassword(input.password);
      await regions.warm();
      const row = await db.transaction(async (tx) => {
        const [created] = await insertOfficers(
          tx,
          [
            {
              name: input.name,
              mobile: input.mobile,
              ...unit,
              post: input.post,
              regionCode: input.regionCode,
              activeFrom: input.activeFrom,
              activeTo: input.activeTo ?? null,
            },
          ],
          passwordHash,
          context,
          { mustChangePassword: true },
        );
        await audit.record(tx, context, {
          action: 'liaison.officer_created',
          entityType: 'liaison_officer',
          entityId: created!.id,
          summary: `新增联络员 ${created!.name}（${await unitName(created!)}，${await regionName(created!.regionCode)}）`,
        });
        return created!;
      });
      return (await toOfficers([row]))[0]!;
    },

    async updateOfficer(
      actor: Actor,
      id: number,
      version: number,
      input: UpdateOfficerRequest,
      context: AuditContext,
    ): Promise<Officer> {
      const before = await editableOfficer(actor, id);
      const unitChanged = input.unitDepartmentId !== undefined || input.unitRegionCode !== undefined;
      const unit = unitChanged ? await checkUnit(input) : undefined;
      if (input.regionCode) await checkWorkRegion(actor.scope, input.regionCode);
      const activeFrom = input.activeFrom ?? before.activeFrom;
      const activeTo = input.activeTo === undefined ? before.activeTo : input.activeTo;
      if (activeTo && activeTo < activeFrom) throw fieldError('activeTo', '结束日期不能早于起始日期');
      const changes = {
        name: input.name,
        post: input.post,
        regionCode: input.regionCode,
        activeFrom: input.activeFrom,
        activeTo: input.activeTo,
        ...unit,
      };
      await regions.warm();
      const row = await db.transaction(async (tx) => {
        const updated = await createLiaisonRepository(tx).updateOfficerVersioned(id, version, {
          ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
          updatedAt: clock.now(),
        });
        if (!updated)
          throw new AppError('stale_version', '该联络员信息已被他人修改，请刷新后重试', {
            extra: { currentVersion: before.version },
          });
        await users.syncAccount(tx, before.userId, {
          ...(input.name ? { name: input.name } : {}),
          ...(input.regionCode ? { regionCode: input.regionCode } : {}),
          ...(unit ? { departmentId: unit.unitDepartmentId } : {}),
        });
        await audit.record(tx, context, {
          action: 'liaison.officer_updated',
          entityType: 'liaison_officer',
          entityId: id,
          summary: `修改联络员 ${before.name}：${describeChanges(before, changes)}`,
        });
        return updated;
      });
      return (await toOfficers([row]))[0]!;
    },

    async officerAssignments(actor: Actor, id: number): Promise<{ items: Assignment[] }> {
      const row = await repo.findVisibleOfficer(visibilityOf(actor.scope), id);
      if (!row) throw notFound('联络员');
      return { items: await toAssignments(await repo.historyOfOfficer(id)) };
    },

    async subjectAssignments(actor: Actor, kind: SubjectKind, id: number): Promise<{ items: Assignment[] }> {
      if (!(await subjects.find(actor.scope, kind, id))) throw notFound(subjectLabel(kind));
      return { items: await toAssignments(await repo.historyOfSubject(kind, id)) };
    },

    /** Subjects in scope with their current officers, for the assignment screen. */
    async listSubjects(
      actor: Actor,
      query: {
        region?: string | undefined;
        kind?: SubjectKind | undefined;
        q?: string | undefined;
        coverage?: 'uncovered' | 'covered' | undefined;
        officerId?: number | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      const date = today();
      const codes = query.region
        ? (await regions.subtree(query.region)).filter((c) => actor.scope.regionCodes.includes(c))
        : [...actor.scope.regionCodes];
      let list = await subjects.listActive(actor.scope, codes, date, query.kind);
      if (query.q) {
        const q = query.q.toLowerCase();
        list = list.filter((s) => s.name.toLowerCase().includes(q) || s.code.toLowerCase().includes(q));
      }
      const current = await repo.currentInRegions(codes);
      const bySubject = new Map<string, AssignmentRow[]>();
      for (const a of current) {
        const key = keyOf(a.subjectKind, a.subjectId);
        bySubject.set(key, [...(bySubject.get(key) ?? []), a]);
      }
      const officers = new Map(
        (await repo.officersByIds([...new Set(current.map((a) => a.officerId))])).map((o) => [o.id, o]),
      );
      const hasActivePrimary = (s: SubjectRow) =>
        (bySubject.get(keyOf(s.kind, s.id)) ?? []).some(
          (a) => a.isPrimary && officers.get(a.officerId) && isActive(officers.get(a.officerId)!, date),
        );
      if (query.coverage === 'uncovered') list = list.filter((s) => !hasActivePrimary(s));
      if (query.coverage === 'covered') list = list.filter(hasActivePrimary);
      if (query.officerId)
        list = list.filter((s) =>
          (bySubject.get(keyOf(s.kind, s.id)) ?? []).some((a) => a.officerId === query.officerId),
        );
      list.sort(
        (a, b) => a.regionCode.localeCompare(b.regionCode) || a.kind.localeCompare(b.kind) || a.id - b.id,
      );
      const page = list.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
      return {
        total: list.length,
        items: await Promise.all(
          page.map(async (s) => ({
            kind: s.kind,
            id: s.id,
            code: s.code,
            name: s.name,
            regionCode: s.regionCode,
            regionName: await regionName(s.regionCode),
            officers: await Promise.all(
              (bySubject.get(keyOf(s.kind, s.id)) ?? [])
                .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.id - b.id)
                .map(async (a) => {
                  const officer = officers.get(a.officerId)!;
                  return {
                    assignmentId: a.id,
                    officerId: a.officerId,
                    name: officer.name,
                    unitName: await unitName(officer),
                    isPrimary: a.isPrimary,
                    startedOn: a.startedOn,
                  };
                }),
            ),
          })),
        ),
      };
    },

    /**
     * Assigns an officer to subjects, all or nothing. A second primary is refused unless `replacePrimary`,
     * which ends the current primary's assignment (kept as history) and starts the new one the same day.
     */
    async assign(
      actor: Actor,
      input: AssignRequest,
      context: AuditContext,
    ): Promise<{ items: Assignment[] }> {
      const date = today();
      const officer = await repo.findVisibleOfficer(visibilityOf(actor.scope), input.officerId);
      if (!officer) throw fieldError('officerId', '不是名册中的联络员（或不在您的范围内）');
      if (!isActive(officer, date))
        throw fieldError('officerId', `联络员 ${officer.name} 今天不在岗，不能分配`);
      const officerRegions = await regions.subtree(officer.regionCode);
      const seen = new Set<string>();
      const found: SubjectRow[] = [];
      for (const [i, ref] of input.subjects.entries()) {
        const path = `subjects[${i}]`;
        const key = keyOf(ref.kind, ref.id);
        if (seen.has(key)) throw fieldError(path, '重复选择了同一对象');
        seen.add(key);
        const subject = await subjects.find(actor.scope, ref.kind, ref.id);
        if (!subject)
          throw new AppError('not_found', `${subjectLabel(ref.kind)}不存在或不在您的范围内（${path}）`, {
            errors: [{ path, message: '不存在或不在您的范围内' }],
          });
        if (isClosed(subject, date))
          throw new AppError('conflict', `${subject.name} 已关闭（销号），不能分配联络员`, {
            errors: [{ path, message: '已关闭' }],
          });
        if (!officerRegions.includes(subject.regionCode))
          throw fieldError(path, `${subject.name} 不在联络员 ${officer.name} 的工作区域内`);
        found.push(subject);
      }
      const current = await repo.currentOfSubjects(found.map((s) => ({ kind: s.kind, id: s.id })));
      const toEnd: { row: AssignmentRow; reason: string }[] = [];
      const toInsert: NewAssignmentRow[] = [];
      const now = clock.now();
      const by = actor.name;
      for (const [i, subject] of found.entries()) {
        const path = `subjects[${i}]`;
        const rows = current.filter((a) => a.subjectKind === subject.kind && a.subjectId === subject.id);
        const own = rows.find((a) => a.officerId === officer.id);
        const primary = rows.find((a) => a.isPrimary && a.officerId !== officer.id);
        if (own && own.isPrimary === input.isPrimary)
          throw new AppError(
            'conflict',
            `${officer.name} 已是 ${subject.name} 的${own.isPrimary ? '主责' : '协助'}联络员`,
            {
              errors: [{ path, message: '已分配' }],
            },
          );
        if (input.isPrimary && primary) {
          if (!input.replacePrimary) {
            const holder = (await repo.findOfficer(primary.officerId))?.name ?? '';
            throw new AppError('conflict', `${subject.name} 已有主责联络员 ${holder}；如需改派请确认改派`, {
              errors: [{ path, message: `已有主责联络员 ${holder}` }],
              extra: { currentPrimaryOfficerId: primary.officerId },
            });
          }
          toEnd.push({ row: primary, reason: `改派给 ${officer.name}` });
        }
        if (own) toEnd.push({ row: own, reason: input.isPrimary ? '改为主责' : '改为协助' });
        toInsert.push({
          officerId: officer.id,
          subjectKind: subject.kind,
          subjectId: subject.id,
          regionCode: subject.regionCode,
          isPrimary: input.isPrimary,
          startedOn: date,
          startedAt: now,
          startedBy: by,
        });
      }
      await regions.warm();
      const inserted = await db.transaction(async (tx) => {
        const txRepo = createLiaisonRepository(tx);
        for (const { row, reason } of toEnd)
          await txRepo.endAssignments([row.id], {
            endedOn: date,
            endedAt: now,
            endedBy: by,
            endReason: reason,
          });
        const rows = await txRepo.insertAssignments(toInsert);
        await audit.record(tx, context, {
          action: 'liaison.assigned',
          entityType: 'liaison_officer',
          entityId: officer.id,
          summary: `为联络员 ${officer.name} 分配${input.isPrimary ? '主责' : '协助'}联系对象 ${found
            .slice(0, 5)
            .map((s) => s.name)
            .join('、')}${found.length > 5 ? ` 等 ${found.length} 个` : ''}${
            toEnd.length > 0 ? `（结束原联系 ${toEnd.length} 条）` : ''
          }`,
        });
        return rows;
      });
      return { items: await toAssignments(inserted) };
    },

    /** Ends one current assignment with a reason; the row stays as history. */
    async endAssignment(
      actor: Actor,
      id: number,
      reason: string,
      context: AuditContext,
    ): Promise<Assignment> {
      const row = await repo.findAssignment(id);
      if (!row || !(await subjects.find(actor.scope, row.subjectKind as SubjectKind, row.subjectId)))
        throw notFound('联系记录');
      if (row.endedAt) throw new AppError('conflict', '该联系已结束');
      const now = clock.now();
      const ended = await db.transaction(async (tx) => {
        const [updated] = await createLiaisonRepository(tx).endAssignments([id], {
          endedOn: today(),
          endedAt: now,
          endedBy: actor.name,
          endReason: reason,
        });
        if (!updated) throw new AppError('conflict', '该联系已结束');
        await audit.record(tx, context, {
          action: 'liaison.assignment_ended',
          entityType: 'liaison_assignment',
          entityId: id,
          summary: `结束联络员联系（${reason}）`,
        });
        return updated;
      });
      return (await toAssignments([ended]))[0]!;
    },

    /** The rule is one for the whole city: only a user whose scope is the root of the region tree sets it. */
    async setRule(actor: Actor, rule: ContactRule, context: AuditContext): Promise<ContactRule> {
      if ((await regions.find(actor.scope.regionCode))?.parentCode)
        throw new AppError('forbidden', '联系频次规则由市级统一设定，区县不能修改');
      await db.transaction(async (tx) => {
        await writeSetting(tx, contactRuleKey, rule, clock.now());
        await audit.record(tx, context, {
          action: 'liaison.rule_updated',
          entityType: 'setting',
          entityId: contactRuleKey,
          summary: `联系频次规则：每 ${rule.everyDays} 天至少 ${rule.minVisits} 次，自 ${rule.campaignFrom} 起${
            rule.campaignTo ? `至 ${rule.campaignTo}` : ''
          }`,
        });
      });
      return rule;
    },

    /**
     * Coverage of a region on a date: subjects without an active primary officer, subjects overdue for
     * contact, and each officer's workload (subjects, visits this week, open problems, overdue subjects).
     */
    async coverage(actor: Actor, query: { region?: string | undefined; date?: string | undefined }) {
      const date = query.date ?? today();
      const regionCode = query.region ?? actor.scope.regionCode;
      if (!actor.scope.regionCodes.includes(regionCode)) throw notFound('区划');
      const codes = await regions.subtree(regionCode);
      const rule = await readRule();
      const list = await subjects.listActive(actor.scope, codes, date);
      const current = (await repo.currentInRegions(codes)).filter((a) => a.startedOn <= date);
      const officers = new Map(
        (await repo.officersByIds([...new Set(current.map((a) => a.officerId))])).map((o) => [o.id, o]),
      );
      const activeRows = current.filter((a) => isActive(officers.get(a.officerId)!, date));
      const primaryOf = new Map(
        activeRows.filter((a) => a.isPrimary).map((a) => [keyOf(a.subjectKind, a.subjectId), a]),
      );
      const contact = await contactOf(rule, list, date, { regionCodes: codes });
      const names = new Map<string, string>();
      for (const code of codes) names.set(code, await regionName(code));
      const brief = (s: SubjectRow) => ({
        kind: s.kind,
        id: s.id,
        name: s.name,
        regionCode: s.regionCode,
        regionName: names.get(s.regionCode) ?? s.regionCode,
      });
      const uncovered = list.filter((s) => !primaryOf.has(keyOf(s.kind, s.id)));
      const overdue = list
        .map((s) => ({ s, status: contact.get(keyOf(s.kind, s.id))! }))
        .filter((x) => x.status.isOverdue)
        .sort((a, b) => b.status.daysOverdue - a.status.daysOverdue || a.s.name.localeCompare(b.s.name, 'zh'))
        .map(({ s, status }) => {
          const primary = primaryOf.get(keyOf(s.kind, s.id));
          return {
            ...brief(s),
            lastVisitDate: status.lastVisitDate,
            dueDate: status.dueDate!,
            daysOverdue: status.daysOverdue,
            primaryOfficerId: primary?.officerId ?? null,
            primaryOfficer: primary ? (officers.get(primary.officerId)?.name ?? null) : null,
          };
        });
      const listed = new Set(list.map((s) => keyOf(s.kind, s.id)));
      const workRows = activeRows.filter((a) => listed.has(keyOf(a.subjectKind, a.subjectId)));
      const officerIds = [...new Set(workRows.map((a) => a.officerId))];
      const visits = await repo.visitCountsByOfficer(officerIds, weekStart(date), date);
      const openCounts = await cases.openCountsOf(list.map((s) => ({ kind: s.kind, id: s.id })));
      const rowsOf = new Map<number, AssignmentRow[]>();
      for (const a of workRows) rowsOf.set(a.officerId, [...(rowsOf.get(a.officerId) ?? []), a]);
      const workload = await Promise.all(
        officerIds.map(async (id) => {
          const officer = officers.get(id)!;
          const rows = rowsOf.get(id)!;
          return {
            id,
            name: officer.name,
            unitName: await unitName(officer),
            regionName: await regionName(officer.regionCode),
            subjects: rows.length,
            primarySubjects: rows.filter((a) => a.isPrimary).length,
            visitsThisWeek: visits.get(id)?.all ?? 0,
            onSiteThisWeek: visits.get(id)?.onSite ?? 0,
            openProblems: rows.reduce(
              (n, a) => n + (openCounts.get(keyOf(a.subjectKind, a.subjectId)) ?? 0),
              0,
            ),
            overdueSubjects: rows.filter(
              (a) => a.isPrimary && contact.get(keyOf(a.subjectKind, a.subjectId))?.isOverdue,
            ).length,
          };
        }),
      );
      workload.sort(
        (a, b) => b.overdueSubjects - a.overdueSubjects || b.subjects - a.subjects || a.id - b.id,
      );
      const children = (await regions.tree()).filter((n) => n.parentCode === regionCode);
      const units = children.length > 0 ? children : [(await regions.find(regionCode))!];
      const byRegion = await Promise.all(
        units.map(async (unit) => {
          const unitCodes = new Set(await regions.subtree(unit.code));
          const inUnit = list.filter((s) => unitCodes.has(s.regionCode));
          const coveredHere = inUnit.filter((s) => primaryOf.has(keyOf(s.kind, s.id))).length;
          return {
            regionCode: unit.code,
            regionName: unit.name,
            subjects: inUnit.length,
            covered: coveredHere,
            uncovered: inUnit.length - coveredHere,
            overdue: inUnit.filter((s) => contact.get(keyOf(s.kind, s.id))?.isOverdue).length,
            officers: new Set(workRows.filter((a) => unitCodes.has(a.regionCode)).map((a) => a.officerId))
              .size,
          };
        }),
      );
      return {
        date,
        regionCode,
        rule,
        subjects: list.length,
        covered: list.length - uncovered.length,
        officersActive: officerIds.length,
        uncovered: uncovered.map(brief),
        overdueContact: overdue,
        byRegion,
        officers: workload,
      };
    },

    /** The officer's home: their subjects with today's report and contact status, and their open problems. */
    async me(actor: Actor) {
      const officer = await this.officerOf(actor);
      const date = today();
      const rule = await readRule();
      const assignments = await repo.currentOfOfficer(officer.id);
      const primary = new Map(assignments.map((a) => [keyOf(a.subjectKind, a.subjectId), a.isPrimary]));
      const active = isActive(officer, date);
      const list = active
        ? (await subjects.listActive(actor.scope, actor.scope.regionCodes, date)).filter((s) =>
            primary.has(keyOf(s.kind, s.id)),
          )
        : [];
      const contact = await contactOf(rule, list, date, null);
      // 最近走访 on the card is the last contact of any mode; the due date follows the rule's counted modes.
      const lastContact = await repo.latestVisitDates(
        { keys: list.map((x) => ({ kind: x.kind, id: x.id })) },
        visitModes,
        '0001-01-01',
        date,
        1,
      );
      const due = new Map((await reports.myDue(actor)).map((d) => [keyOf(d.subjectKind, d.subjectId), d]));
      const openCounts = await cases.openCountsOf(list.map((s) => ({ kind: s.kind, id: s.id })));
      const visits = await repo.visitCountsByOfficer([officer.id], weekStart(date), date);
      const items = await Promise.all(
        list.map(async (s) => {
          const key = keyOf(s.kind, s.id);
          const status = contact.get(key)!;
          const isPrimary = primary.get(key) ?? false;
          const report = due.get(key)?.report ?? null;
          return {
            kind: s.kind,
            id: s.id,
            name: s.name,
            regionCode: s.regionCode,
            regionName: await regionName(s.regionCode),
            isPrimary,
            reportStatus: report?.status ?? null,
            reportFiledOnBehalf: report?.isOnBehalf ?? false,
            lastVisitDate: lastContact.get(key)?.[0] ?? null,
            dueDate: isPrimary ? status.dueDate : null,
            isOverdue: isPrimary && status.isOverdue,
            daysOverdue: isPrimary ? status.daysOverdue : 0,
            openProblems: openCounts.get(key) ?? 0,
          };
        }),
      );
      items.sort(
        (a, b) =>
          Number(b.isOverdue) - Number(a.isOverdue) ||
          b.daysOverdue - a.daysOverdue ||
          Number(b.isPrimary) - Number(a.isPrimary) ||
          a.name.localeCompare(b.name, 'zh'),
      );
      const open = await cases.listOpen(actor, 50);
      return {
        date,
        officer: (await toOfficers([officer], { fullMobile: true }))[0]!,
        rule,
        subjects: items,
        overdue: items.filter((i) => i.isOverdue).length,
        reportsMissing: items.filter((i) => i.reportStatus === null).length,
        visitsThisWeek: visits.get(officer.id)?.all ?? 0,
        openProblems: open.map((c) => ({
          id: c.id,
          number: c.number,
          title: c.title,
          state: c.state,
          light: c.acceptLight ?? c.resolveLight,
          lightStage: c.acceptLight ? ('accept' as const) : c.resolveLight ? ('resolve' as const) : null,
          subjectName: c.subjectName,
          deadline: c.acceptLight ? c.acceptDeadline : c.resolveDeadline,
        })),
      };
    },
  };
}

export type LiaisonService = ReturnType<typeof createLiaisonService>;
