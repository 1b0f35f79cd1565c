import type { CaseDetail } from '../../../../contracts/cases';
import { factsOf } from '../../../../domain/cases/apply-action';
import { kindOf } from '../../../../domain/cases/kinds';
import { allowedActions, isCaseAction, type CaseState } from '../../../../domain/cases/workflow';
import { roleLabels, type Role } from '../../../../domain/roles';
import type { Actor } from '../../../platform/access';
import { notFound } from '../../../platform/errors';
import { createCasesRepository, type CaseRow } from '../cases.repository';
import { actorUnitOf, isSuperior, partiesOf, snapshotOf, visibilityOf } from './case-access';
import type { CaseViews } from './case-views';
import type { CasesDeps } from './deps';

const eventLabels: Record<string, string> = { create: '提出', escalate: '超期提醒' };

/** A case the caller may see, with its units, timeline and the actions the caller may take. */
export function createGetCaseDetail({ platform }: CasesDeps, views: CaseViews) {
  const { db } = platform;

  async function getVisible(actor: Actor, id: number): Promise<CaseRow> {
    const row = await createCasesRepository(db).findVisible(visibilityOf(actor), id);
    if (!row) throw notFound('事项');
    return row;
  }

  async function detail(actor: Actor, id: number): Promise<CaseDetail> {
    const row = await getVisible(actor, id);
    const def = kindOf(row.kind);
    const repo = createCasesRepository(db);
    const [departments, events, names] = await Promise.all([
      repo.departmentsOf([id]),
      repo.events(id),
      views.namesFor([row]),
    ]);
    const pending = row.pendingExtension as { until: string; reason: string; requestedBy: string } | null;
    const facts = factsOf(snapshotOf(row, departments), {
      unit: actorUnitOf(actor),
      isSuperior: isSuperior(actor, row),
    });
    return {
      ...views.summaryOf(row, names),
      description: row.description,
      enterpriseId: row.enterpriseId,
      projectId: row.projectId,
      resolution: row.resolution,
      closedAs: row.closedAs,
      closedAsLabel: row.closedAs ? (def.closedAsLabels[row.closedAs] ?? null) : null,
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
          eventLabels[e.action] ??
          (isCaseAction(e.action) ? def.actions[e.action]?.label : undefined) ??
          e.action,
        fromState: e.fromState as CaseState | null,
        toState: e.toState as CaseState | null,
        actorName: e.actorName,
        actorRole: e.actorRole === 'system' ? '系统' : (roleLabels[e.actorRole as Role] ?? e.actorRole),
        departmentName: e.departmentId ? (names.departments.get(e.departmentId) ?? null) : null,
        text: e.text,
      })),
      allowedActions: allowedActions(def, facts, partiesOf(actor, row, departments)),
    };
  }

  return { getVisible, detail };
}

export type GetCaseDetail = ReturnType<typeof createGetCaseDetail>;
