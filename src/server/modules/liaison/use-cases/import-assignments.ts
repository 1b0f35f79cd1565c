import type { ImportResult, ImportRowError } from '../../../../contracts/common';
import { checkAssignment } from '../../../../domain/liaison';
import { subjectKey, type SubjectKind } from '../../../../domain/subjects';
import type { Actor } from '../../../platform/access';
import type { AuditContext } from '../../../platform/audit';
import { readSheet, type ColumnSpec } from '../../../platform/excel-reader';
import { runImport, type ImportSpec } from '../../../platform/import-engine';
import type { Platform } from '../../../platform/platform';
import type { RegionsService } from '../../regions/index';
import type { SubjectRow, SubjectsService } from '../../registry/index';
import { createAssignmentsRepository, type AssignmentRow } from '../assignments.repository';
import { cleanMobile, headerOf } from '../liaison.excel';
import { createRosterRepository, type OfficerRow } from '../roster.repository';

export type AssignmentColumn = 'mobile' | 'kind' | 'code' | 'primary';
export const assignmentColumns: readonly ColumnSpec<AssignmentColumn>[] = [
  { key: 'mobile', header: '联络员手机号', required: true },
  { key: 'kind', header: '对象类型', required: true },
  { key: 'code', header: '统一社会信用代码或项目编号', required: true },
  { key: 'primary', header: '主责', required: false },
];

const yes = new Set(['是', 'Y', 'YES', '1', '√', 'TRUE']);
const no = new Set(['否', 'N', 'NO', '0', '', 'FALSE']);
/** Where `checkAssignment` points when it refuses a row. */
const columnOfRefusal = { officer: 'mobile', subject: 'code', primary: 'primary' } as const;

interface Value {
  officer: OfficerRow;
  subject: SubjectRow;
  isPrimary: boolean;
}

/**
 * Imports assignments all or nothing: each row adds an officer to a subject (or changes them between primary
 * and assisting) under the same rules as the assignment screen. A row that would give a subject a second
 * primary is an error: the screen's replace-primary has no column here.
 */
export async function importAssignments(
  deps: { platform: Platform; regions: RegionsService; subjects: SubjectsService; today: () => string },
  actor: Actor,
  source: { filePath: string; fileName: string },
  mode: 'validate' | 'commit',
  context: AuditContext,
): Promise<ImportResult> {
  const { platform, regions, subjects } = deps;
  const { db, clock } = platform;
  const date = deps.today();
  const list = await subjects.listActive(actor.scope, actor.scope.regionCodes, date);
  const byCode = new Map<string, SubjectRow>(list.map((s) => [`${s.kind}:${s.code.toUpperCase()}`, s]));
  const currentOf = new Map<string, AssignmentRow[]>();
  for (const a of await createAssignmentsRepository(db).currentInRegions(actor.scope.regionCodes)) {
    const key = subjectKey({ kind: a.subjectKind, id: a.subjectId });
    currentOf.set(key, [...(currentOf.get(key) ?? []), a]);
  }
  const h = (key: AssignmentColumn) => headerOf(assignmentColumns, key);
  const officersByMobile = new Map<string, OfficerRow>();
  const subtrees = new Map<string, string[]>();
  const primaryInFile = new Map<string, number>();
  const spec: ImportSpec<AssignmentColumn, Value, AssignmentRow> = {
    entityType: 'liaison_assignment',
    label: '联系对象',
    columns: assignmentColumns,
    keyColumn: 'code',
    async parseRow(record, tx) {
      const roster = createRosterRepository(tx);
      const c = record.cells;
      const errors: ImportRowError[] = [];
      const error = (key: AssignmentColumn, message: string) =>
        errors.push({ row: record.row, column: h(key), value: c[key], message });
      const mobile = cleanMobile(c.mobile);
      let officer = officersByMobile.get(mobile);
      if (!officer) {
        const [found] = await roster.findOfficersByMobile([mobile]);
        if (found && (await roster.findVisibleOfficer({ regionCodes: actor.scope.regionCodes }, found.id))) {
          officer = found;
          officersByMobile.set(mobile, found);
        }
      }
      if (!officer) error('mobile', '名册中没有这个手机号的联络员（或不在您的范围内）');
      const kindText = c.kind.trim();
      const kind: SubjectKind | null =
        kindText === '企业' ? 'enterprise' : kindText === '项目' ? 'project' : null;
      if (!kind) error('kind', '对象类型请填写“企业”或“项目”');
      const subject = kind ? byCode.get(`${kind}:${c.code.trim().toUpperCase()}`) : undefined;
      if (kind && !subject) error('code', '没有找到该对象：代码有误、已关闭或不在您的范围内');
      const primaryText = c.primary.trim().toUpperCase();
      if (!yes.has(primaryText) && !no.has(primaryText)) error('primary', '主责请填写“是”或“否”');
      const isPrimary = yes.has(primaryText);
      if (officer && subject) {
        if (!subtrees.has(officer.regionCode))
          subtrees.set(officer.regionCode, await regions.subtree(officer.regionCode));
        const key = subjectKey(subject);
        // The officer's own current row is not a refusal here: the same row again is unchanged, a changed
        // primary flag is an update (below).
        const others = (currentOf.get(key) ?? []).filter((a) => a.officerId !== officer.id);
        const refusal = checkAssignment(
          { ...officer, regionCodes: subtrees.get(officer.regionCode)! },
          subject,
          date,
          others,
          { isPrimary },
        );
        if (refusal?.rule === 'primary_taken') error('primary', `${refusal.message}，请先在系统中改派`);
        else if (refusal) error(columnOfRefusal[refusal.field], refusal.message);
        if (isPrimary) {
          const earlier = primaryInFile.get(key);
          if (earlier !== undefined && earlier !== record.row)
            error('primary', `与第 ${earlier} 行重复设置了主责联络员`);
          primaryInFile.set(key, record.row);
        }
      }
      if (errors.length > 0) return { errors };
      return {
        key: `${mobile}/${subjectKey(subject!)}`,
        value: { officer: officer!, subject: subject!, isPrimary },
      };
    },
    async loadExisting(tx, keys) {
      const assignments = createAssignmentsRepository(tx);
      const refs = keys.map((k) => {
        const [kind, id] = k.split('/')[1]!.split(':');
        return { kind: kind as SubjectKind, id: Number(id) };
      });
      const rows = await assignments.currentOfSubjects(refs);
      const mobiles = new Map(
        (await createRosterRepository(tx).officersByIds([...new Set(rows.map((r) => r.officerId))])).map(
          (o) => [o.id, o.mobile],
        ),
      );
      return new Map(
        rows.map((r) => [
          `${mobiles.get(r.officerId)}/${subjectKey({ kind: r.subjectKind, id: r.subjectId })}`,
          r,
        ]),
      );
    },
    checkExisting: () => null,
    isUnchanged: (existing, value) => existing.isPrimary === value.isPrimary,
    async insertMany(tx, values) {
      await createAssignmentsRepository(tx).insertAssignments(values.map((v) => started(v)));
    },
    async update(tx, existing, value) {
      const assignments = createAssignmentsRepository(tx);
      await assignments.endAssignments([existing.id], {
        endedOn: date,
        endedAt: clock.now(),
        endedBy: actor.name,
        endReason: value.isPrimary ? '改为主责' : '改为协助',
      });
      await assignments.insertAssignments([started(value)]);
    },
  };
  function started(v: Value) {
    return {
      officerId: v.officer.id,
      subjectKind: v.subject.kind,
      subjectId: v.subject.id,
      regionCode: v.subject.regionCode,
      isPrimary: v.isPrimary,
      startedOn: date,
      startedAt: clock.now(),
      startedBy: actor.name,
    };
  }
  await regions.warm();
  return runImport(
    platform,
    spec,
    { records: readSheet(source.filePath, assignmentColumns), fileName: source.fileName },
    mode,
    context,
  );
}
