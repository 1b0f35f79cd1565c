import type { CaseDetail, CreateCaseRequest } from '../../../../contracts/cases';
import { kindOf } from '../../../../domain/cases/kinds';
import { caseNumber } from '../../../../domain/cases/workflow';
import { hasPermission } from '../../../../domain/permissions';
import type { Actor } from '../../../platform/access';
import type { AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import { createCasesRepository, type CaseRow } from '../cases.repository';
import type { CasesDeps } from './deps';
import type { NotifyParties } from './notify-parties';

/** Raising a case of any kind: numbered per kind and day, waiting for a dispatcher to assign it. */
export function createCreateCase(deps: CasesDeps, notifier: NotifyParties) {
  const { platform, regions, subjects, today } = deps;

  /**
   * Checks a new case against the caller's permission and scope and returns its region. Reads outside any
   * transaction: a workflow that raises problems inside its own transaction calls this first, then
   * `insertNew` with its tx.
   */
  async function checkNew(actor: Actor, input: CreateCaseRequest): Promise<string> {
    const def = kindOf(input.kind);
    if (!hasPermission(actor.role, def.createPermission))
      throw new AppError('forbidden', `您的角色不能提出${def.label}`);
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
    if (!actor.scope.regionCodes.includes(regionCode)) throw fieldError('regionCode', '所属区县超出您的范围');
    if (input.kind === 'problem' && input.source === 'daily_report' && !input.reportDate)
      throw fieldError('reportDate', '来源为日报困难时请注明日报日期');
    if (input.kind === 'hazard' && input.kindFields.rectifyBy <= today())
      throw fieldError('kindFields.rectifyBy', '整改期限须晚于今天');
    await regions.warm();
    return regionCode;
  }

  /** Writes a checked case, its first timeline event, the audit record and the notifications in `tx`. */
  async function insertNew(
    tx: Db,
    actor: Actor,
    input: CreateCaseRequest,
    regionCode: string,
    context: AuditContext,
  ): Promise<CaseRow> {
    const def = kindOf(input.kind);
    const now = platform.clock.now();
    const repo = createCasesRepository(tx);
    const serial = await repo.nextSerial(input.kind, today());
    const row = await repo.insert({
      kind: input.kind,
      number: caseNumber(def, today(), serial),
      title: input.title,
      description: input.description,
      category: input.category,
      priority: input.priority,
      source: input.source,
      regionCode,
      enterpriseId: input.enterpriseId ?? null,
      projectId: input.projectId ?? null,
      reportDate: input.kind === 'problem' ? (input.reportDate ?? null) : null,
      requesterUserId: actor.userId,
      requesterName: actor.name,
      state: 'submitted',
      kindFields: def.fields.parse(input.kindFields ?? {}),
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
    await audit(tx, context, row, def.label);
    await notifier.notify(tx, row, {
      to: ['dispatchers'],
      title: `${def.notices.created}：${row.number}`,
      body: row.title,
    });
    return row;
  }

  function audit(tx: Db, context: AuditContext, row: CaseRow, label: string) {
    return platform.audit.record(tx, context, {
      action: 'case.created',
      entityType: 'case',
      entityId: row.id,
      summary: `提出${label}${row.number}「${row.title}」`,
    });
  }

  return {
    checkNew,
    insertNew,
    async create(
      actor: Actor,
      input: CreateCaseRequest,
      context: AuditContext,
      detail: (actor: Actor, id: number) => Promise<CaseDetail>,
    ): Promise<CaseDetail> {
      const regionCode = await checkNew(actor, input);
      const row = await platform.db.transaction((tx) => insertNew(tx, actor, input, regionCode, context));
      return detail(actor, row.id);
    },
  };
}
