import type { Assignment, Officer } from '../../../contracts/liaison';
import { shanghaiDate } from '../../../domain/dates';
import { maskPhone } from '../../../domain/registry';
import { subjectKey } from '../../../domain/subjects';
import type { Db } from '../../platform/db/client';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import { createAssignmentsRepository, type AssignmentRow } from './assignments.repository';
import { createRosterRepository, type OfficerRow } from './roster.repository';

/** On duty on `date`: within the officer's active period (open-ended when `activeTo` is null). */
export const isOnDuty = (row: Pick<OfficerRow, 'activeFrom' | 'activeTo'>, date: string) =>
  row.activeFrom <= date && (row.activeTo === null || row.activeTo >= date);

/** How officers and assignments read in responses: names of units, regions and subjects; shared by the services. */
export function createLiaisonViews(platform: Platform, regions: RegionsService, subjects: SubjectsService) {
  const { db, clock } = platform;
  const today = () => shanghaiDate(clock.now());

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
    const counts = await createAssignmentsRepository(db).assignmentCounts(rows.map((r) => r.id));
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
        isActive: isOnDuty(row, date),
        subjects: counts.get(row.id)?.all ?? 0,
        primarySubjects: counts.get(row.id)?.primary ?? 0,
        version: row.version,
      })),
    );
  }

  async function toAssignments(rows: readonly AssignmentRow[], tx: Db = db): Promise<Assignment[]> {
    const officers = new Map(
      (await createRosterRepository(tx).officersByIds([...new Set(rows.map((r) => r.officerId))])).map(
        (o) => [o.id, o],
      ),
    );
    const names = await subjects.namesOf(rows.map((r) => ({ kind: r.subjectKind, id: r.subjectId })));
    return Promise.all(
      rows.map(async (r) => {
        const officer = officers.get(r.officerId);
        return {
          id: r.id,
          officerId: r.officerId,
          officerName: officer?.name ?? '',
          officerUnit: officer ? await unitName(officer) : '',
          subjectKind: r.subjectKind,
          subjectId: r.subjectId,
          subjectName: names.get(subjectKey({ kind: r.subjectKind, id: r.subjectId })) ?? '',
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

  return { today, unitName, regionName, toOfficers, toAssignments };
}

export type LiaisonViews = ReturnType<typeof createLiaisonViews>;
