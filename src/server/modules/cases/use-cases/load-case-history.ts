import type { AuditContext } from '../../../platform/audit';
import { createCasesRepository } from '../cases.repository';
import type { CasesDeps } from './deps';
import type { NotifyParties } from './notify-parties';

/** A case with its whole history, as the demo scenario (or a migration from another system) provides it. */
export interface CaseHistoryItem {
  /** Problems unless said otherwise. */
  kind?: 'problem' | 'directive' | 'hazard';
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

/**
 * Loads a history of cases at once (the demo scenario): cases, departments, timelines and the day counters in
 * one transaction, and a notification for each open case to the users who must act on it.
 */
export function createLoadCaseHistory({ platform, regions }: CasesDeps, notifier: NotifyParties) {
  const { db, audit } = platform;
  return async function loadHistory(items: readonly CaseHistoryItem[], context: AuditContext): Promise<void> {
    await regions.warm();
    await db.transaction(async (tx) => {
      const repo = createCasesRepository(tx);
      const counters = new Map<string, number>();
      for (let i = 0; i < items.length; i += 200) {
        const batch = items.slice(i, i + 200);
        const rows = await repo.insertMany(
          batch.map(({ departments: _d, events, kind, ...c }) => ({
            ...c,
            kind: kind ?? 'problem',
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
          const key = `${c.kind}|${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}`;
          counters.set(key, Math.max(counters.get(key) ?? 0, Number(serial)));
          if (c.state === 'assigned' || c.state === 'reopened' || c.state === 'accepted') {
            const to = await notifier.resolve(tx, c, ['lead']);
            await notifier.send(
              tx,
              to.map((u) => u.id),
              c,
              `待办理：${c.number}`,
              c.title,
              { sms: false, at: c.updatedAt },
            );
          }
        }
      }
      await repo.setCounters(
        [...counters.entries()].map(([key, last]) => {
          const [kind, day] = key.split('|') as [string, string];
          return { kind, day, last };
        }),
      );
      await audit.record(tx, context, {
        action: 'case.imported',
        entityType: 'case',
        summary: `载入历史问题 ${items.length} 件`,
      });
    });
  };
}
