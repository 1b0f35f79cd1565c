import type { SubjectKind } from '../../../../domain/subjects';
import type { AuditContext } from '../../../platform/audit';
import type { Platform } from '../../../platform/platform';
import type { RegionsService } from '../../regions/index';
import { hashPassword, type UsersService } from '../../users/index';
import { createAssignmentsRepository } from '../assignments.repository';
import { createRosterRepository } from '../roster.repository';
import type { NewOfficer } from '../roster.service';
import { createVisitsRepository } from '../visits.repository';

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

/**
 * Loads a whole roster at once (the demo scenario): accounts (one password hash for all), officers,
 * assignments and visits in bulk, in one transaction. `existingUserIds` binds officers to accounts that
 * already exist (the demo account `liaison`), by index. Not for live work, which goes through the rules.
 */ export async function loadHistory(
  deps: { platform: Platform; regions: RegionsService; users: UsersService },
  history: LiaisonHistory,
  password: string,
  existingUserIds: ReadonlyMap<number, number>,
  context: AuditContext,
): Promise<void> {
  const { platform, regions, users } = deps;
  const { db, audit } = platform;
  const passwordHash = await hashPassword(password);
  const start = (date: string) => new Date(`${date}T09:00:00+08:00`);
  await regions.warm();
  await db.transaction(async (tx) => {
    const rosterRepo = createRosterRepository(tx);
    const assignmentsRepo = createAssignmentsRepository(tx);
    const visitsRepo = createVisitsRepository(tx);
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
      const rows = await rosterRepo.insertOfficers(
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
      await assignmentsRepo.insertAssignments(
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
      await visitsRepo.insertVisits(
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
}
