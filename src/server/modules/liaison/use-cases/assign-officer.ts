import type { AssignRequest, Assignment } from '../../../../contracts/liaison';
import { checkAssignment } from '../../../../domain/liaison';
import { subjectKindLabels, subjectKey } from '../../../../domain/subjects';
import type { Actor } from '../../../platform/access';
import type { AuditContext } from '../../../platform/audit';
import { AppError, fieldError } from '../../../platform/errors';
import type { Platform } from '../../../platform/platform';
import type { RegionsService } from '../../regions/index';
import type { SubjectRow, SubjectsService } from '../../registry/index';
import {
  createAssignmentsRepository,
  type AssignmentRow,
  type NewAssignmentRow,
} from '../assignments.repository';
import type { LiaisonViews } from '../liaison.views';
import { createRosterRepository } from '../roster.repository';

/**
 * Assigns an officer to subjects, all or nothing, under the rules of `checkAssignment`. A second primary is
 * refused unless `replacePrimary`, which ends the current primary's assignment (kept as history) and starts
 * the new one the same day.
 */
export async function assignOfficer(
  deps: { platform: Platform; regions: RegionsService; subjects: SubjectsService; views: LiaisonViews },
  actor: Actor,
  input: AssignRequest,
  context: AuditContext,
): Promise<{ items: Assignment[] }> {
  const { platform, regions, subjects, views } = deps;
  const { db, clock, audit } = platform;
  const roster = createRosterRepository(db);
  const repo = createAssignmentsRepository(db);
  const date = views.today();
  const officer = await roster.findVisibleOfficer({ regionCodes: actor.scope.regionCodes }, input.officerId);
  if (!officer) throw fieldError('officerId', '不是名册中的联络员（或不在您的范围内）');
  const candidate = { ...officer, regionCodes: await regions.subtree(officer.regionCode) };
  const seen = new Set<string>();
  const found: SubjectRow[] = [];
  for (const [i, ref] of input.subjects.entries()) {
    const path = `subjects[${i}]`;
    if (seen.has(subjectKey(ref))) throw fieldError(path, '重复选择了同一对象');
    seen.add(subjectKey(ref));
    const subject = await subjects.find(actor.scope, ref.kind, ref.id);
    if (!subject)
      throw new AppError('not_found', `${subjectKindLabels[ref.kind]}不存在或不在您的范围内（${path}）`, {
        errors: [{ path, message: '不存在或不在您的范围内' }],
      });
    found.push(subject);
  }
  const current = await repo.currentOfSubjects(found);
  const toEnd: { row: AssignmentRow; reason: string }[] = [];
  const toInsert: NewAssignmentRow[] = [];
  const now = clock.now();
  for (const [i, subject] of found.entries()) {
    const path = `subjects[${i}]`;
    const rows = current.filter((a) => a.subjectKind === subject.kind && a.subjectId === subject.id);
    const refusal = checkAssignment(candidate, subject, date, rows, input);
    if (refusal?.field === 'officer') throw fieldError('officerId', refusal.message);
    if (refusal?.rule === 'outside_region') throw fieldError(path, refusal.message);
    if (refusal?.rule === 'primary_taken') {
      const holder = (await roster.findOfficer(refusal.holderOfficerId))?.name ?? '';
      throw new AppError('conflict', `${refusal.message} ${holder}；如需改派请确认改派`, {
        errors: [{ path, message: `已有主责联络员 ${holder}` }],
        extra: { currentPrimaryOfficerId: refusal.holderOfficerId },
      });
    }
    if (refusal)
      throw new AppError('conflict', refusal.message, {
        errors: [{ path, message: refusal.rule === 'subject_closed' ? '已关闭' : '已分配' }],
      });
    const own = rows.find((a) => a.officerId === officer.id);
    const primary = rows.find((a) => a.isPrimary && a.officerId !== officer.id);
    if (input.isPrimary && primary) toEnd.push({ row: primary, reason: `改派给 ${officer.name}` });
    if (own) toEnd.push({ row: own, reason: input.isPrimary ? '改为主责' : '改为协助' });
    toInsert.push({
      officerId: officer.id,
      subjectKind: subject.kind,
      subjectId: subject.id,
      regionCode: subject.regionCode,
      isPrimary: input.isPrimary,
      startedOn: date,
      startedAt: now,
      startedBy: actor.name,
    });
  }
  await regions.warm();
  const inserted = await db.transaction(async (tx) => {
    const txRepo = createAssignmentsRepository(tx);
    for (const { row, reason } of toEnd)
      await txRepo.endAssignments([row.id], {
        endedOn: date,
        endedAt: now,
        endedBy: actor.name,
        endReason: reason,
      });
    const rows = await txRepo.insertAssignments(toInsert);
    const names = found.slice(0, 5).map((s) => s.name);
    await audit.record(tx, context, {
      action: 'liaison.assigned',
      entityType: 'liaison_officer',
      entityId: officer.id,
      summary: `为联络员 ${officer.name} 分配${input.isPrimary ? '主责' : '协助'}联系对象 ${names.join('、')}${
        found.length > 5 ? ` 等 ${found.length} 个` : ''
      }${toEnd.length > 0 ? `（结束原联系 ${toEnd.length} 条）` : ''}`,
    });
    return rows;
  });
  return { items: await views.toAssignments(inserted) };
}
