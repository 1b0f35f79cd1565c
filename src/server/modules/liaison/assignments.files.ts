import type { ImportResult } from '../../../contracts/common';
import { subjectKey, subjectKindLabels } from '../../../domain/subjects';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, writeWorkbook } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import { createAssignmentsRepository, type AssignmentRow } from './assignments.repository';
import { sheetNames } from './liaison.excel';
import { createRosterRepository } from './roster.repository';
import { assignmentColumns, importAssignments } from './use-cases/import-assignments';

const assignmentGuide =
  '填写说明：对象类型填“企业”或“项目”；企业填统一社会信用代码，项目填项目编号；主责填“是”或“否”（每个对象只能有一名主责联络员）。' +
  '已有的联系保留，表中新的联系新增。';

/** Assignments as a workbook: template, export (in the template's columns) and import. */
export function createAssignmentsFiles(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  today: () => string,
) {
  const { db, clock, audit } = platform;

  return {
    async assignmentTemplate(): Promise<Buffer> {
      return writeWorkbook<AssignmentRow>({
        sheetName: '联系对象',
        preamble: ['联络员联系对象导入模板', assignmentGuide],
        columns: assignmentColumns.map((c) => ({
          header: c.header,
          width: c.key === 'code' ? 30 : 16,
          value: () => '',
        })),
        rows: [],
      });
    },

    /** Current assignments in the caller's regions, in the template's columns. */
    async exportAssignments(actor: Actor, query: { region?: string | undefined }, context: AuditContext) {
      const codes = query.region
        ? (await regions.subtree(query.region)).filter((c) => actor.scope.regionCodes.includes(c))
        : [...actor.scope.regionCodes];
      const rows = await createAssignmentsRepository(db).currentInRegions(codes);
      const officers = new Map(
        (await createRosterRepository(db).officersByIds([...new Set(rows.map((r) => r.officerId))])).map(
          (o) => [o.id, o],
        ),
      );
      const list = await subjects.listActive(actor.scope, codes, today());
      const byKey = new Map(list.map((s) => [subjectKey(s), s]));
      const n = await sheetNames(regions);
      const buffer = await writeWorkbook<AssignmentRow>({
        sheetName: '联系对象',
        preamble: ['联络员联系对象', `导出时间：${formatShanghaiTime(clock.now())}`],
        columns: [
          { header: '联络员手机号', width: 15, value: (r) => officers.get(r.officerId)?.mobile ?? '' },
          { header: '对象类型', width: 10, value: (r) => subjectKindLabels[r.subjectKind] },
          {
            header: '统一社会信用代码或项目编号',
            width: 24,
            value: (r) => byKey.get(subjectKey({ kind: r.subjectKind, id: r.subjectId }))?.code ?? '',
          },
          { header: '主责', width: 8, value: (r) => (r.isPrimary ? '是' : '否') },
          { header: '联络员', width: 12, value: (r) => officers.get(r.officerId)?.name ?? '' },
          {
            header: '对象名称',
            width: 30,
            value: (r) => byKey.get(subjectKey({ kind: r.subjectKind, id: r.subjectId }))?.name ?? '',
          },
          { header: '所属区县', width: 12, value: (r) => n.regions.get(r.regionCode) ?? r.regionCode },
          { header: '联系起始', width: 12, value: (r) => r.startedOn },
        ],
        rows: rows.filter((r) => byKey.has(subjectKey({ kind: r.subjectKind, id: r.subjectId }))),
      });
      await audit.record(db, context, {
        action: 'liaison.assignments_exported',
        entityType: 'liaison_assignment',
        summary: `导出联系对象 ${rows.length} 条`,
      });
      return buffer;
    },

    importAssignments: (
      actor: Actor,
      filePath: string,
      fileName: string,
      mode: 'validate' | 'commit',
      context: AuditContext,
    ): Promise<ImportResult> =>
      importAssignments({ platform, regions, subjects, today }, actor, { filePath, fileName }, mode, context),
  };
}
