import type { CaseDetail, CaseListQuery, CaseSummary, CreateCaseRequest } from '../../../contracts/cases';
import { caseActionBodies } from '../../../contracts/cases';
import {
  allowedActions,
  caseActionLabels,
  caseNumber,
  checkAction,
  defaultTimeLimits,
  nextState,
  type CaseAction,
  type CaseFacts,
  type CaseParty,
  type CasePriority,
  type CaseSource,
  type CaseState,
} from '../../../domain/case-workflow';
import { shanghaiDate } from '../../../domain/dates';
import { roleLabels, type Role } from '../../../domain/roles';
import { addWorkingDays, endOfDay, lightOf, workingDayDeadline } from '../../../domain/working-days';
import type { z } from 'zod';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import type { Db } from '../../platform/db/client';
import { AppError, fieldError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { notifyUsers } from '../notifications/index';
import type { RegionsService } from '../regions/index';
import type { SubjectKind, SubjectsService } from '../registry/index';
import type { UsersService } from '../users/index';
import {
  createCasesRepository,
  type CaseDepartmentRow,
  type CaseFilter,
  type CaseRow,
  type CaseVisibility,
} from './cases.repository';

type Bodies = { [K in CaseAction]: z.infer<(typeof caseActionBodies)[K]> };

/** A case with its whole history, as the demo scenario (or a migration from another system) provides it. */
export interface CaseHistoryItem {
  number: string;
  title: string;
  description: string;
  category: string;
  priority: string;
  source: string;
  regionCode: string;
  enterpriseId: number | null;
  projectId: number | null;
  reportDate: string | null;
  requesterUserId: number | null;
  requesterName: string;
  state: string;
  leadDepartmentId: number | null;
  createdAt: string;
  assignedAt: string | null;
  acceptDeadline: string | null;
  resolveDeadline: string | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  closedAs: string | null;
  resolution: string | null;
  satisfied: boolean | null;
  rating: number | null;
  departments: {
    departmentId: number;
    role: string;
    part: string | null;
    deadline: string | null;
    doneAt: string | null;
  }[];
  events: {
    at: string;
    action: string;
    fromState: string | null;
    toState: string | null;
    actorName: string;
    actorRole: string;
    departmentId: number | null;
    text: string | null;
    body: Record<string, unknown>;
  }[];
}

const dispatcherRoles: readonly Role[] = ['admin', 'dispatcher', 'county_dispatcher'];
const openStates: readonly CaseState[] = ['submitted', 'assigned', 'accepted', 'returned', 'reopened'];

export function createCasesService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  users: UsersService,
) {
  const { db, clock, audit } = platform;
  const today = () => shanghaiDate(clock.now());

  function visibilityOf(actor: Actor): CaseVisibility {
    const byRegion = [
      'admin',
      'dispatcher',
      'leader',
      'county_dispatcher',
      'liaison_officer',
      'inspector',
    ].includes(actor.role);
    const assigned = actor.scope.assigned;
    return {
      // A liaison officer sees the cases of their assigned subjects and those they raised, not the whole region.
      regionCodes: byRegion && !assigned ? actor.scope.regionCodes : undefined,
      departmentId: actor.role === 'department_officer' ? actor.scope.departmentId : null,
      enterpriseId: actor.scope.enterpriseId,
      projectId: actor.scope.projectId,
      enterpriseIds: assigned?.enterpriseIds,
      projectIds: assigned?.projectIds,
      requesterUserId: actor.userId,
    };
  }

  function partiesOf(actor: Actor, row: CaseRow, departments: readonly CaseDepartmentRow[]): CaseParty[] {
    const parties: CaseParty[] = ['viewer'];
    if (dispatcherRoles.includes(actor.role) && actor.scope.regionCodes.includes(row.regionCode))
      parties.push('dispatcher');
    const own =
      actor.role === 'department_officer'
        ? departments.find((d) => d.isActive && d.departmentId === actor.scope.departmentId)
        : undefined;
    if (own?.role === 'lead') parties.push('lead');
    if (own?.role === 'co') parties.push('co');
    const isRequester =
      (actor.userId !== null && actor.userId === row.requesterUserId) ||
      (actor.scope.enterpriseId !== null && actor.scope.enterpriseId === row.enterpriseId) ||
      (actor.scope.projectId !== null && actor.scope.projectId === row.projectId);
    if (isRequester) parties.push('requester');
    return parties;
  }

  function factsOf(actor: Actor, row: CaseRow, departments: readonly CaseDepartmentRow[]): CaseFacts {
    const active = departments.filter((d) => d.isActive);
    return {
      state: row.state as CaseState,
      openParts: active.filter((d) => d.role === 'co' && !d.doneAt).length,
      hasPendingExtension: row.pendingExtension !== null,
      ownPartDone: !!active.find((d) => d.departmentId === actor.scope.departmentId && d.role === 'co')
        ?.doneAt,
    };
  }

  function lights(row: CaseRow) {
    const now = clock.now();
    const nowDate = today();
    const policy = { reminderDays: 1, startDate: row.assignedAt ? shanghaiDate(row.assignedAt) : nowDate };
    const acceptLight =
      row.acceptDeadline && (row.state === 'assigned' || row.state === 'reopened')
        ? lightOf(now, nowDate, row.acceptDeadline, shanghaiDate(new Date(row.acceptDeadline.getTime() - 1)), policy)
        : null;
    const resolveLight =
      row.resolveDeadline && openStates.includes(row.state as CaseState)
        ? lightOf(
            now,
            nowDate,
            row.resolveDeadline,
            shanghaiDate(new Date(row.resolveDeadline.getTime() - 1)),
            policy,
          )
        : null;
    return { acceptLight, resolveLight };
  }

  async function summaryOf(
    row: CaseRow,
    names: { subjects: Map<string, string>; departments: Map<number, string>; regions: Map<string, string> },
  ): Promise<CaseSummary> {
    const subjectKey = row.enterpriseId
      ? `enterprise:${row.enterpriseId}`
      : row.projectId
        ? `project:${row.projectId}`
        : null;
    return {
      id: row.id,
      kind: row.kind as CaseSummary['kind'],
      number: row.number,
      title: row.title,
      category: row.category,
      priority: row.priority as CasePriority,
      source: row.source as CaseSource,
      state: row.state as CaseState,
      regionCode: row.regionCode,
      regionName: names.regions.get(row.regionCode) ?? row.regionCode,
      subjectName: subjectKey ? (names.subjects.get(subjectKey) ?? null) : null,
      leadDepartmentName: row.leadDepartmentId ? (names.departments.get(row.leadDepartmentId) ?? null) : null,
      requesterName: row.requesterName,
      acceptDeadline: row.acceptDeadline?.toISOString() ?? null,
      resolveDeadline: row.resolveDeadline?.toISOString() ?? null,
      ...lights(row),
      createdAt: row.createdAt.toISOString(),
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
      rating: row.rating,
      version: row.version,
    };
  }

  async function namesFor(rows: readonly CaseRow[]) {
    const keys: { kind: SubjectKind; id: number }[] = rows.flatMap((r) =>
      r.enterpriseId
        ? [{ kind: 'enterprise' as SubjectKind, id: r.enterpriseId }]
        : r.projectId
          ? [{ kind: 'project' as SubjectKind, id: r.projectId }]
          : [],
    );
    const tree = await regions.tree();
    const [subjectNames, departments] = await Promise.all([
      subjects.namesOf(keys),
      regions.departmentsIn(tree.map((n) => n.code)),
    ]);
    return {
      subjects: subjectNames,
      regions: new Map(tree.map((n) => [n.code, n.name])),
      departments: new Map(departments.map((d) => [d.id, d.name])),
    };
  }

  async function getVisible(actor: Actor, id: number): Promise<CaseRow> {
    const row = await createCasesRepository(db).findVisible(visibilityOf(actor), id);
    if (!row) throw notFound('事项');
    return row;
  }

  /** In-app notifications and an SMS outbox entry for each recipient, in the caller's transaction. */
  async function notify(
    tx: Db,
    recipients: readonly { id: number }[],
    caseRow: CaseRow,
    title: string,
    body: string,
  ) {
    await notifyUsers(tx, {
      userIds: recipients.map((r) => r.id),
      title,
      body,
      caseId: caseRow.id,
      at: clock.now(),
      payload: { number: caseRow.number },
    });
  }

  // Inside a transaction every read goes through `tx`: PGlite has one connection, and a read on `db` would
  // wait for the transaction that is waiting for it.
  async function dispatchersOf(tx: Db, regionCode: string) {
    const city = (await regions.tree()).find((n) => n.parentCode === null)?.code;
    return [
      ...(await users.recipients({ roles: ['county_dispatcher'], regionCodes: [regionCode] }, tx)),
      ...(city ? await users.recipients({ roles: ['dispatcher'], regionCodes: [city] }, tx) : []),
    ];
  }

  /** The person who raised it, and the users of the enterprise or project it concerns. */
  async function requesterOf(tx: Db, row: CaseRow) {
    return [
      ...(row.requesterUserId ? await users.recipients({ userIds: [row.requesterUserId] }, tx) : []),
      ...(row.enterpriseId ? await users.recipients({ enterpriseIds: [row.enterpriseId] }, tx) : []),
      ...(row.projectId ? await users.recipients({ projectIds: [row.projectId] }, tx) : []),
    ];
  }

  async function timeLimits(tx: Db, category: string, priority: CasePriority) {
    const rule = await createCasesRepository(tx).routingRule(category);
    return {
      acceptDays: rule?.acceptDays ?? defaultTimeLimits.acceptDays,
      resolveDays:
        priority === 'urgent'
          ? (rule?.resolveDaysUrgent ?? defaultTimeLimits.resolveDays.urgent)
          : (rule?.resolveDaysNormal ?? defaultTimeLimits.resolveDays.normal),
    };
  }

  return {
    visibilityOf,
    lights,
    namesFor,
    summaryOf,

    /** Raises a problem: numbered per kind and day, waiting for a dispatcher to assign it. */
    /**
     * Checks a new problem against the caller's scope and returns its region. Reads outside any transaction:
     * a workflow that raises problems inside its own transaction calls this first, then `insertNew` with its tx.
     */
    async checkNew(actor: Actor, input: CreateCaseRequest): Promise<string> {
      let regionCode = input.regionCode ?? null;
      if (input.enterpriseId && input.projectId) throw fieldError('projectId', '只能关联一家企业或一个项目');
      if (input.enterpriseId || input.projectId) {
        const kind = input.enterpriseId ? 'enterprise' : 'project';
        const subject = await subjects.find(actor.scope, kind, (input.enterpriseId ?? input.projectId)!);
        if (!subject) throw notFound(kind === 'enterprise' ? '企业' : '项目');
        regionCode = subject.regionCode;
      } else if (actor.scope.enterpriseId !== null || actor.scope.projectId !== null) {
        throw fieldError('enterpriseId', '请选择本企业或本项目');
      }
      if (!regionCode) throw fieldError('regionCode', '不关联企业或项目时请选择所属区县');
      if (!actor.scope.regionCodes.includes(regionCode))
        throw fieldError('regionCode', '所属区县超出您的范围');
      if (input.source === 'daily_report' && !input.reportDate)
        throw fieldError('reportDate', '来源为日报困难时请注明日报日期');
      await regions.warm();
      return regionCode;
    },

    /** Writes a checked problem, its first timeline event, the audit record and the notifications in `tx`. */
    async insertNew(
      tx: Db,
      actor: Actor,
      input: CreateCaseRequest,
      regionCode: string,
      context: AuditContext,
    ): Promise<CaseRow> {
      const now = clock.now();
      const repo = createCasesRepository(tx);
      const serial = await repo.nextSerial(input.kind, today());
      const row = await repo.insert({
        kind: input.kind,
        number: caseNumber(input.kind, today(), serial),
        title: input.title,
        description: input.description,
        category: input.category,
        priority: input.priority,
        source: input.source,
        regionCode,
        enterpriseId: input.enterpriseId ?? null,
        projectId: input.projectId ?? null,
        reportDate: input.reportDate ?? null,
        requesterUserId: actor.userId,
        requesterName: actor.name,
        state: 'submitted',
        createdAt: now,
        updatedAt: now,
      });
      await repo.addEvent({
        caseId: row.id,
        at: now,
        action: 'create',
        fromState: null,
        toState: 'submitted',
        actorUserId: actor.userId,
        actorName: actor.name,
        actorRole: actor.role,
        text: input.description,
      });
      await audit.record(tx, context, {
        action: 'case.created',
        entityType: 'case',
        entityId: row.id,
        summary: `提出${row.number}「${row.title}」`,
      });
      await notify(tx, await dispatchersOf(tx, regionCode), row, `新问题待交办：${row.number}`, row.title);
      return row;
    },

    async create(actor: Actor, input: CreateCaseRequest, context: AuditContext): Promise<CaseDetail> {
      const regionCode = await this.checkNew(actor, input);
      const row = await db.transaction((tx) => this.insertNew(tx, actor, input, regionCode, context));
      return this.detail(actor, row.id);
    },

    async detail(actor: Actor, id: number): Promise<CaseDetail> {
      const row = await getVisible(actor, id);
      const repo = createCasesRepository(db);
      const [departments, events, names] = await Promise.all([
        repo.departmentsOf([id]),
        repo.events(id),
        namesFor([row]),
      ]);
      const pending = row.pendingExtension as { until: string; reason: string; requestedBy: string } | null;
      return {
        ...(await summaryOf(row, names)),
        description: row.description,
        enterpriseId: row.enterpriseId,
        projectId: row.projectId,
        resolution: row.resolution,
        closedAs: row.closedAs,
        satisfied: row.satisfied,
        pendingExtension: pending,
        departments: departments
          .filter((d) => d.isActive)
          .sort((a, b) => (a.role === b.role ? a.departmentId - b.departmentId : a.role === 'lead' ? -1 : 1))
          .map((d) => ({
            departmentId: d.departmentId,
            departmentName: names.departments.get(d.departmentId) ?? String(d.departmentId),
            role: d.role as 'lead' | 'co',
            part: d.part,
            deadline: d.deadline?.toISOString() ?? null,
            doneAt: d.doneAt?.toISOString() ?? null,
          })),
        events: events.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          action: e.action,
          actionLabel:
            e.action === 'create'
              ? '提出'
              : e.action === 'escalate'
                ? '督办提醒'
                : (caseActionLabels[e.action as CaseAction] ?? e.action),
          fromState: e.fromState as CaseState | null,
          toState: e.toState as CaseState | null,
          actorName: e.actorName,
          actorRole: e.actorRole === 'system' ? '系统' : (roleLabels[e.actorRole as Role] ?? e.actorRole),
          departmentName: e.departmentId ? (names.departments.get(e.departmentId) ?? null) : null,
          text: e.text,
        })),
        allowedActions: allowedActions(factsOf(actor, row, departments), partiesOf(actor, row, departments)),
      };
    },

    async list(actor: Actor, query: CaseListQuery) {
      const filter: CaseFilter = {
        kind: query.kind,
        state: query.state,
        category: query.category,
        departmentId: query.department,
        regionCodes: query.region ? await regions.subtree(query.region) : undefined,
        from: query.from ? new Date(`${query.from}T00:00:00+08:00`) : undefined,
        to: query.to ? endOfDay(query.to) : undefined,
        q: query.q,
      };
      const now = clock.now();
      const soon = endOfDay(addWorkingDays(today(), 1));
      if (query.light === 'red') filter.overdueAt = now;
      if (query.box === 'mine') filter.requesterUserId = actor.userId ?? -1;
      if (query.box === 'todo') {
        if (dispatcherRoles.includes(actor.role)) filter.states = ['submitted', 'returned', 'resolved'];
        else if (actor.role === 'department_officer') {
          filter.forDepartmentId = actor.scope.departmentId ?? -1;
          filter.states = ['assigned', 'reopened', 'accepted'];
        } else {
          filter.requesterUserId = actor.userId ?? -1;
          filter.states = ['resolved'];
        }
      }
      const repo = createCasesRepository(db);
      let result = await repo.list(visibilityOf(actor), filter, query.page, query.pageSize);
      if (query.light === 'yellow' || query.light === 'green') {
        // Yellow and green depend on working days: filter the open cases due soon in SQL, then by light.
        const all = await repo.list(
          visibilityOf(actor),
          { ...filter, states: [...openStates], ...(query.light === 'yellow' ? { dueBefore: soon } : {}) },
          1,
          10_000,
        );
        const matching = all.items.filter((r) => {
          const l = lights(r);
          return (l.acceptLight ?? l.resolveLight) === query.light || l.resolveLight === query.light;
        });
        result = {
          items: matching.slice((query.page - 1) * query.pageSize, query.page * query.pageSize),
          total: matching.length,
        };
      }
      const names = await namesFor(result.items);
      return { items: await Promise.all(result.items.map((r) => summaryOf(r, names))), total: result.total };
    },

    /** The open problems the caller can see (a liaison officer: those of their subjects and their own), newest first. */
    async listOpen(actor: Actor, limit: number): Promise<CaseSummary[]> {
      const result = await createCasesRepository(db).list(
        visibilityOf(actor),
        { kind: 'problem', states: [...openStates] },
        1,
        limit,
      );
      const names = await namesFor(result.items);
      return Promise.all(result.items.map((r) => summaryOf(r, names)));
    },

    /** Number, title and state of some cases, for records that link to them (a visit's problems). */
    async summariesOf(ids: readonly number[]) {
      return (await createCasesRepository(db).byIds(ids)).map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        state: r.state,
      }));
    },

    /** How many problems are still open per subject (`enterprise:12`), for workload figures. */
    async openCountsOf(
      subjectKeys: readonly { kind: SubjectKind; id: number }[],
    ): Promise<Map<string, number>> {
      if (subjectKeys.length === 0) return new Map();
      return createCasesRepository(db).openCountsBySubject(
        subjectKeys.filter((k) => k.kind === 'enterprise').map((k) => k.id),
        subjectKeys.filter((k) => k.kind === 'project').map((k) => k.id),
        openStates,
      );
    },

    /** One action on one case: checks party, state and version; writes one event and one audit record. */
    async act<A extends CaseAction>(
      actor: Actor,
      id: number,
      action: A,
      version: number,
      body: Bodies[A],
      context: AuditContext,
    ): Promise<CaseDetail> {
      await getVisible(actor, id);
      await regions.warm();
      await db.transaction(async (tx) => {
        const repo = createCasesRepository(tx);
        const row = (await repo.findForUpdate(id))!;
        if (row.version !== version)
          throw new AppError('stale_version', '该事项已被他人处理，请刷新后重试', {
            extra: { currentVersion: row.version },
          });
        const departments = await repo.departmentsOf([id]);
        const refusal = checkAction(
          action,
          factsOf(actor, row, departments),
          partiesOf(actor, row, departments),
        );
        if (refusal)
          throw new AppError(refusal.code === 'not_party' ? 'forbidden' : 'conflict', refusal.message);
        const now = clock.now();
        const from = row.state as CaseState;
        const to = nextState(action, from, body as { satisfied?: boolean });
        const changes: Partial<CaseRow> = { state: to, updatedAt: now };
        let text: string | null = null;
        let recipients: { id: number }[] = [];
        let notice = `${row.number}「${row.title}」`;
        const ownDepartment = actor.scope.departmentId;

        switch (action) {
          case 'assign': {
            const b = body as Bodies['assign'];
            const lead = await regions.findDepartment(b.leadDepartmentId);
            if (!lead) throw fieldError('leadDepartmentId', '牵头单位不存在');
            for (const [i, co] of b.coDepartments.entries()) {
              if (!(await regions.findDepartment(co.departmentId)))
                throw fieldError(`coDepartments.${i}.departmentId`, '协办单位不存在');
              if (co.departmentId === b.leadDepartmentId)
                throw fieldError(`coDepartments.${i}.departmentId`, '协办单位不能与牵头单位相同');
            }
            if (b.deadline && b.deadline <= today()) throw fieldError('deadline', '办结期限须晚于今天');
            const limits = await timeLimits(tx, row.category, row.priority as CasePriority);
            changes.leadDepartmentId = b.leadDepartmentId;
            changes.assignedAt = now;
            changes.acceptDeadline = workingDayDeadline(today(), limits.acceptDays);
            changes.resolveDeadline = b.deadline
              ? endOfDay(b.deadline)
              : workingDayDeadline(today(), limits.resolveDays);
            changes.pendingExtension = null;
            await repo.deactivateDepartments(id);
            await repo.upsertDepartment({
              caseId: id,
              departmentId: b.leadDepartmentId,
              role: 'lead',
              part: null,
              deadline: changes.resolveDeadline,
            });
            for (const co of b.coDepartments)
              await repo.upsertDepartment({
                caseId: id,
                departmentId: co.departmentId,
                role: 'co',
                part: co.part,
                deadline: changes.resolveDeadline,
              });
            text = `交办${lead.name}牵头办理${b.coDepartments.length > 0 ? `，${b.coDepartments.length} 个单位协办` : ''}，${shanghaiDate(new Date(changes.resolveDeadline.getTime() - 1))} 前办结${b.note ? `。${b.note}` : ''}`;
            recipients = await users.recipients(
              { departmentIds: [b.leadDepartmentId, ...b.coDepartments.map((c) => c.departmentId)] },
              tx,
            );
            notice = `新交办：${notice}`;
            break;
          }
          case 'accept':
            changes.acceptedAt = now;
            text = (body as Bodies['accept']).note ?? null;
            recipients = await requesterOf(tx, row);
            notice = `已签收：${notice}`;
            break;
          case 'progress':
            text = (body as Bodies['progress']).text;
            recipients = await requesterOf(tx, row);
            notice = `办理进展：${notice}`;
            break;
          case 'complete-part':
            await repo.markPartDone(id, ownDepartment!, now);
            text = (body as Bodies['complete-part']).text;
            recipients = row.leadDepartmentId
              ? await users.recipients({ departmentIds: [row.leadDepartmentId] }, tx)
              : [];
            notice = `协办完成：${notice}`;
            break;
          case 'resolve':
            changes.resolution = (body as Bodies['resolve']).resolution;
            changes.resolvedAt = now;
            text = changes.resolution;
            recipients = await requesterOf(tx, row);
            notice = `已办结，请确认：${notice}`;
            break;
          case 'return':
            text = (body as Bodies['return']).reason;
            recipients = await dispatchersOf(tx, row.regionCode);
            notice = `被退回：${notice}`;
            break;
          case 'request-extension': {
            const b = body as Bodies['request-extension'];
            const current = row.resolveDeadline
              ? shanghaiDate(new Date(row.resolveDeadline.getTime() - 1))
              : today();
            if (b.until <= current) throw fieldError('until', `延期后的期限须晚于当前期限 ${current}`);
            changes.pendingExtension = { until: b.until, reason: b.reason, requestedBy: actor.name };
            text = `申请延期至 ${b.until}：${b.reason}`;
            recipients = await dispatchersOf(tx, row.regionCode);
            notice = `延期申请：${notice}`;
            break;
          }
          case 'decide-extension': {
            const b = body as Bodies['decide-extension'];
            const pending = row.pendingExtension as { until: string };
            if (!b.approve && !b.reason) throw fieldError('reason', '不同意延期时请说明理由');
            if (b.approve) changes.resolveDeadline = endOfDay(pending.until);
            changes.pendingExtension = null;
            text = b.approve
              ? `同意延期至 ${pending.until}${b.reason ? `：${b.reason}` : ''}`
              : `不同意延期：${b.reason}`;
            recipients = row.leadDepartmentId
              ? await users.recipients({ departmentIds: [row.leadDepartmentId] }, tx)
              : [];
            notice = `延期${b.approve ? '已同意' : '未同意'}：${notice}`;
            break;
          }
          case 'confirm': {
            const b = body as Bodies['confirm'];
            if (b.satisfied) {
              changes.closedAt = now;
              changes.closedAs = 'satisfied';
              changes.satisfied = true;
              changes.rating = b.rating ?? null;
              text = `满意，销号${b.rating ? `（评价 ${b.rating} 星）` : ''}${b.comment ? `：${b.comment}` : ''}`;
            } else {
              if (!b.comment) throw fieldError('comment', '不满意时请说明原因');
              const limits = await timeLimits(tx, row.category, row.priority as CasePriority);
              changes.satisfied = false;
              changes.acceptDeadline = workingDayDeadline(today(), limits.acceptDays);
              changes.resolveDeadline = workingDayDeadline(today(), limits.resolveDays);
              text = `不满意，重新办理：${b.comment}`;
            }
            recipients = row.leadDepartmentId
              ? await users.recipients({ departmentIds: [row.leadDepartmentId] }, tx)
              : [];
            notice = `${b.satisfied ? '已销号' : '要求重新办理'}：${notice}`;
            break;
          }
          case 'reopen': {
            const limits = await timeLimits(tx, row.category, row.priority as CasePriority);
            changes.closedAt = null;
            changes.closedAs = null;
            changes.acceptDeadline = workingDayDeadline(today(), limits.acceptDays);
            changes.resolveDeadline = workingDayDeadline(today(), limits.resolveDays);
            text = (body as Bodies['reopen']).reason;
            recipients = row.leadDepartmentId
              ? await users.recipients({ departmentIds: [row.leadDepartmentId] }, tx)
              : [];
            notice = `重新办理：${notice}`;
            break;
          }
          case 'close-as': {
            const b = body as Bodies['close-as'];
            changes.closedAt = now;
            changes.closedAs = b.as;
            text = `${b.as === 'duplicate' ? '重复事项' : '不属于政府职责范围'}：${b.reason}`;
            recipients = await requesterOf(tx, row);
            notice = `不予受理：${notice}`;
            break;
          }
          case 'comment':
            text = (body as Bodies['comment']).text;
            break;
        }
        const updated = await repo.updateVersioned(id, version, changes);
        if (!updated) throw new AppError('stale_version', '该事项已被他人处理，请刷新后重试');
        await repo.addEvent({
          caseId: id,
          at: now,
          action,
          fromState: from,
          toState: to,
          actorUserId: actor.userId,
          actorName: actor.name,
          actorRole: actor.role,
          departmentId: actor.role === 'department_officer' ? ownDepartment : null,
          text,
          body: body as object,
        });
        await audit.record(tx, context, {
          action: `case.${action}`,
          entityType: 'case',
          entityId: id,
          summary: `${row.number} ${caseActionLabels[action]}${from !== to ? `（${from} → ${to}）` : ''}${text ? `：${text.slice(0, 200)}` : ''}`,
        });
        if (recipients.length > 0)
          await notify(
            tx,
            recipients.filter((r) => r.id !== actor.userId),
            updated,
            notice,
            text ?? row.title,
          );
      });
      return this.detail(actor, id);
    },

    /**
     * Loads a history of cases at once (the demo scenario): cases, departments, timelines and the day
     * counters in one transaction, and a notification for each open case to the users who must act on it.
     */
    async loadHistory(items: readonly CaseHistoryItem[], context: AuditContext): Promise<void> {
      await regions.warm();
      await db.transaction(async (tx) => {
        const repo = createCasesRepository(tx);
        const counters = new Map<string, number>();
        for (let i = 0; i < items.length; i += 200) {
          const batch = items.slice(i, i + 200);
          const rows = await repo.insertMany(
            batch.map(({ departments: _d, events, ...c }) => ({
              ...c,
              kind: 'problem',
              createdAt: new Date(c.createdAt),
              updatedAt: new Date(events.at(-1)?.at ?? c.createdAt),
              assignedAt: c.assignedAt ? new Date(c.assignedAt) : null,
              acceptDeadline: c.acceptDeadline ? new Date(c.acceptDeadline) : null,
              resolveDeadline: c.resolveDeadline ? new Date(c.resolveDeadline) : null,
              acceptedAt: c.acceptedAt ? new Date(c.acceptedAt) : null,
              resolvedAt: c.resolvedAt ? new Date(c.resolvedAt) : null,
              closedAt: c.closedAt ? new Date(c.closedAt) : null,
              version: events.length,
            })),
          );
          const idOf = new Map(rows.map((r) => [r.number, r.id]));
          await repo.insertDepartments(
            batch.flatMap((c) =>
              c.departments.map((d) => ({
                ...d,
                caseId: idOf.get(c.number)!,
                deadline: d.deadline ? new Date(d.deadline) : null,
                doneAt: d.doneAt ? new Date(d.doneAt) : null,
              })),
            ),
          );
          await repo.insertEvents(
            batch.flatMap((c) =>
              c.events.map((e) => ({
                ...e,
                caseId: idOf.get(c.number)!,
                at: new Date(e.at),
                actorUserId: null,
                // A department is shown beside officers' events only, not beside the dispatcher's or requester's.
                departmentId: e.actorRole === 'department_officer' ? e.departmentId : null,
              })),
            ),
          );
          for (const c of rows) {
            const [, day, serial] = c.number.split('-') as [string, string, string];
            const key = `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}`;
            counters.set(key, Math.max(counters.get(key) ?? 0, Number(serial)));
            if (c.state === 'assigned' || c.state === 'reopened' || c.state === 'accepted') {
              const to = c.leadDepartmentId
                ? await users.recipients({ departmentIds: [c.leadDepartmentId] }, tx)
                : [];
              await notifyUsers(tx, {
                userIds: to.map((u) => u.id),
                title: `待办理：${c.number}`,
                body: c.title,
                caseId: c.id,
                at: c.updatedAt,
                sms: false,
              });
            }
          }
        }
        await repo.setCounters(
          [...counters.entries()].map(([day, last]) => ({ kind: 'problem', day, last })),
        );
        await audit.record(tx, context, {
          action: 'case.imported',
          entityType: 'case',
          summary: `载入历史问题 ${items.length} 件`,
        });
      });
    },

    today,
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
