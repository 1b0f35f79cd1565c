import type { CaseDetail } from '../../../../contracts/cases';
import { applyCaseAction } from '../../../../domain/cases/apply-action';
import type { CaseEffect, UnitRef } from '../../../../domain/cases/case-kind';
import { kindOf } from '../../../../domain/cases/kinds';
import type { CaseAction } from '../../../../domain/cases/workflow';
import { hasPermission } from '../../../../domain/permissions';
import type { Actor } from '../../../platform/access';
import type { AuditContext } from '../../../platform/audit';
import { AppError, fieldError } from '../../../platform/errors';
import { createCasesRepository, type CaseRow, type CasesRepository } from '../cases.repository';
import { timeLimitsOf } from '../routing.service';
import { actorUnitOf, isSuperior, partiesOf, snapshotOf } from './case-access';
import { unitNameOf, type CaseViews } from './case-views';
import type { CasesDeps } from './deps';
import type { GetCaseDetail } from './get-case-detail';
import type { NotifyParties } from './notify-parties';

const stale = () => new AppError('stale_version', '该事项已被他人处理，请刷新后重试');

/** The columns of an effect's changes (a lead unit is two columns: a department or a region). */
function columnsOf(effect: CaseEffect, now: Date): Partial<CaseRow> {
  const { leadUnit, ...rest } = effect.changes;
  return {
    ...rest,
    state: effect.to,
    updatedAt: now,
    ...(leadUnit !== undefined
      ? {
          leadDepartmentId: leadUnit?.type === 'department' ? leadUnit.id : null,
          leadRegionCode: leadUnit?.type === 'region' ? leadUnit.code : null,
        }
      : {}),
  };
}

async function writeUnits(repo: CasesRepository, caseId: number, effect: CaseEffect, now: Date) {
  const op = effect.units;
  if (!op) return;
  if (op.type === 'part-done') {
    if (op.unit.type === 'department') await repo.markPartDone(caseId, op.unit.id, now);
    return;
  }
  await repo.deactivateDepartments(caseId);
  const rows: { unit: UnitRef; role: 'lead' | 'co'; part: string | null }[] = [
    { unit: op.lead, role: 'lead', part: null },
    ...op.co.map((c) => ({ unit: c.unit, role: 'co' as const, part: c.part })),
  ];
  // A county government leading is kept on the case itself; case_departments holds departments.
  for (const r of rows)
    if (r.unit.type === 'department')
      await repo.upsertDepartment({
        caseId,
        departmentId: r.unit.id,
        role: r.role,
        part: r.part,
        deadline: op.deadline,
      });
}

/**
 * One action on one case: the domain decides (`applyCaseAction`); this checks the version and the action's
 * own permission, then writes the case, its units, one event, one audit record and the notice, in one
 * transaction.
 */
export function createActOnCase(
  deps: CasesDeps,
  views: CaseViews,
  details: GetCaseDetail,
  notifier: NotifyParties,
) {
  const { platform, regions, today } = deps;

  return async function act(
    actor: Actor,
    id: number,
    action: CaseAction,
    version: number,
    body: unknown,
    context: AuditContext,
  ): Promise<CaseDetail> {
    await details.getVisible(actor, id);
    await regions.warm();
    const names = await views.namesFor([]);
    await platform.db.transaction(async (tx) => {
      const repo = createCasesRepository(tx);
      const row = (await repo.findForUpdate(id))!;
      if (row.version !== version)
        throw new AppError('stale_version', '该事项已被他人处理，请刷新后重试', {
          extra: { currentVersion: row.version },
        });
      const def = kindOf(row.kind);
      const permission = def.actions[action]?.permission;
      if (permission && !hasPermission(actor.role, permission))
        throw new AppError('forbidden', `您的角色不能${def.actions[action]!.label}`);
      const departments = await repo.departmentsOf([id]);
      const now = platform.clock.now();
      const outcome = applyCaseAction(def, snapshotOf(row, departments), action, body, {
        now,
        today: today(),
        limits: await timeLimitsOf(tx, def, row.category, row.priority as 'normal' | 'urgent'),
        parties: partiesOf(actor, row, departments),
        actor: { name: actor.name, unit: actorUnitOf(actor), isSuperior: isSuperior(actor, row) },
        unitName: (unit) => unitNameOf(names, unit),
      });
      if (!outcome.ok) {
        const r = outcome.refusal;
        if (r.code === 'invalid_field') throw fieldError(r.field, r.message);
        throw new AppError(r.code === 'not_party' ? 'forbidden' : 'conflict', r.message);
      }
      const { effect } = outcome;
      const updated = await repo.updateVersioned(id, version, columnsOf(effect, now));
      if (!updated) throw stale();
      await writeUnits(repo, id, effect, now);
      await repo.addEvent({
        caseId: id,
        at: now,
        action,
        fromState: effect.from,
        toState: effect.to,
        actorUserId: actor.userId,
        actorName: actor.name,
        actorRole: actor.role,
        departmentId: actor.role === 'department_officer' ? actor.scope.departmentId : null,
        text: effect.text,
        body: (body ?? {}) as object,
      });
      const label = def.actions[action]!.label;
      await platform.audit.record(tx, context, {
        action: `case.${action}`,
        entityType: 'case',
        entityId: id,
        summary: `${row.number} ${label}${effect.from !== effect.to ? `（${effect.from} → ${effect.to}）` : ''}${effect.text ? `：${effect.text.slice(0, 200)}` : ''}`,
      });
      if (effect.notice) await notifier.notify(tx, updated, effect.notice, actor.userId);
    });
    return details.detail(actor, id);
  };
}
