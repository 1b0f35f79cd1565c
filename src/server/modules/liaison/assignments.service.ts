import type { AssignRequest, Assignment } from '../../../contracts/liaison';
import { subjectKindLabels, subjectKey, type SubjectKind, type SubjectRef } from '../../../domain/subjects';
import type { Actor, ScopeResolver } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectRow, SubjectsService } from '../registry/index';
import { createAssignmentsRepository, type AssignmentRow } from './assignments.repository';
import { isOnDuty, type LiaisonViews } from './liaison.views';
import { createRosterRepository } from './roster.repository';
import { assignOfficer } from './use-cases/assign-officer';

/** Who covers which subject (联系对象): the assignment screen, its history, and the scope it gives officers. */
export function createAssignmentsService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  views: LiaisonViews,
) {
  const { db, clock, audit } = platform;
  const repo = createAssignmentsRepository(db);
  const roster = createRosterRepository(db);
  const { today, unitName, regionName, toAssignments } = views;

  return {
    /** Each subject's current primary officer (name and mobile), for lists such as the missing reports. */
    async primaryOfficersOf(
      keys: readonly SubjectRef[],
    ): Promise<Map<string, { id: number; name: string; mobile: string }>> {
      const rows = (await repo.currentOfSubjects(keys)).filter((a) => a.isPrimary);
      const officers = new Map(
        (await roster.officersByIds(rows.map((r) => r.officerId))).map((o) => [o.id, o]),
      );
      const date = today();
      const result = new Map<string, { id: number; name: string; mobile: string }>();
      for (const r of rows) {
        const officer = officers.get(r.officerId);
        if (officer && isOnDuty(officer, date))
          result.set(subjectKey({ kind: r.subjectKind, id: r.subjectId }), {
            id: officer.id,
            name: officer.name,
            mobile: officer.mobile,
          });
      }
      return result;
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

    async officerAssignments(actor: Actor, id: number): Promise<{ items: Assignment[] }> {
      const row = await roster.findVisibleOfficer({ regionCodes: actor.scope.regionCodes }, id);
      if (!row) throw notFound('联络员');
      return { items: await toAssignments(await repo.historyOfOfficer(id)) };
    },

    async subjectAssignments(actor: Actor, ref: SubjectRef): Promise<{ items: Assignment[] }> {
      if (!(await subjects.find(actor.scope, ref.kind, ref.id))) throw notFound(subjectKindLabels[ref.kind]);
      return { items: await toAssignments(await repo.historyOfSubject(ref)) };
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
        const key = subjectKey({ kind: a.subjectKind, id: a.subjectId });
        bySubject.set(key, [...(bySubject.get(key) ?? []), a]);
      }
      const officers = new Map(
        (await roster.officersByIds([...new Set(current.map((a) => a.officerId))])).map((o) => [o.id, o]),
      );
      const hasActivePrimary = (s: SubjectRow) =>
        (bySubject.get(subjectKey(s)) ?? []).some(
          (a) => a.isPrimary && officers.get(a.officerId) && isOnDuty(officers.get(a.officerId)!, date),
        );
      if (query.coverage === 'uncovered') list = list.filter((s) => !hasActivePrimary(s));
      if (query.coverage === 'covered') list = list.filter(hasActivePrimary);
      if (query.officerId)
        list = list.filter((s) =>
          (bySubject.get(subjectKey(s)) ?? []).some((a) => a.officerId === query.officerId),
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
              (bySubject.get(subjectKey(s)) ?? [])
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

    assign: (actor: Actor, input: AssignRequest, context: AuditContext) =>
      assignOfficer({ platform, regions, subjects, views }, actor, input, context),

    /** Ends one current assignment with a reason; the row stays as history. */
    async endAssignment(
      actor: Actor,
      id: number,
      reason: string,
      context: AuditContext,
    ): Promise<Assignment> {
      const row = await repo.findAssignment(id);
      if (!row || !(await subjects.find(actor.scope, row.subjectKind, row.subjectId)))
        throw notFound('联系记录');
      if (row.endedAt) throw new AppError('conflict', '该联系已结束');
      const now = clock.now();
      const ended = await db.transaction(async (tx) => {
        const [updated] = await createAssignmentsRepository(tx).endAssignments([id], {
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
  };
}

export type AssignmentsService = ReturnType<typeof createAssignmentsService>;
