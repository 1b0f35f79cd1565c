import { reportInputSchema, type ReportInput } from '../../../contracts/reports';
import type { ImportResult, ImportRowError } from '../../../contracts/common';
import { normaliseCode } from '../../../domain/credit-code';
import { isValidIsoDate } from '../../../domain/dates';
import {
  isLate,
  preventionItems,
  preventionLabels,
  reportStatusLabels,
  reportStatuses,
  type ReportStatus,
} from '../../../domain/resumption';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { writeWorkbook } from '../../platform/excel';
import { readSheet, type ColumnSpec, type SheetRecord } from '../../platform/excel-reader';
import { runImport, type ImportSpec, type ParseResult } from '../../platform/import-engine';
import type { Platform } from '../../platform/platform';
import type { SubjectRow, SubjectsService } from '../registry/index';
import { createReportsRepository, type ReportRow } from './reports.repository';
import type { ReportsService } from './reports.service';
import { createSummariesRepository } from './summaries.repository';
import { parseSubjectKey, subjectKey } from '../../../domain/subjects';

type Column =
  | 'kind'
  | 'code'
  | 'date'
  | 'status'
  | 'workforce'
  | 'onDuty'
  | 'capacityPct'
  | 'workersOnSite'
  | 'investmentThisMonth'
  | (typeof preventionItems)[number]
  | 'difficulty'
  | 'note'
  | 'reason';

const columns: readonly ColumnSpec<Column>[] = [
  { key: 'kind', header: '类型', required: true },
  { key: 'code', header: '信用代码或项目编号', required: true },
  { key: 'date', header: '日期', required: true },
  { key: 'status', header: '复工状态', required: true },
  { key: 'workforce', header: '职工总数', required: true },
  { key: 'onDuty', header: '在岗人数', required: true },
  { key: 'capacityPct', header: '产能利用率(%)', required: false },
  { key: 'workersOnSite', header: '在场施工人数', required: false },
  { key: 'investmentThisMonth', header: '本月完成投资(万元)', required: false },
  ...preventionItems.map((item) => ({ key: item, header: preventionLabels[item], required: false })),
  { key: 'difficulty', header: '主要困难', required: false },
  { key: 'note', header: '备注', required: false },
  { key: 'reason', header: '修改理由', required: false },
];

const fieldColumn: Record<string, Column> = { date: 'date', prevention: 'supplies' };
const statusByLabel = new Map<string, ReportStatus>(
  reportStatuses.flatMap((s) => [
    [reportStatusLabels[s], s] as [string, ReportStatus],
    [s, s] as [string, ReportStatus],
  ]),
);
statusByLabel.set('全面复工', 'resumed');
statusByLabel.set('停产', 'suspended');

interface ParsedReport {
  subject: SubjectRow;
  date: string;
  input: ReportInput;
}

function headerOf(key: Column): string {
  return columns.find((c) => c.key === key)!.header;
}

function numberOrNull(text: string): number | null {
  const t = text.replace(/[,\s]/g, '');
  return t === '' ? null : /^-?\d+$/.test(t) ? Number(t) : Number.NaN;
}

export function createReportsFiles(platform: Platform, subjects: SubjectsService, reports: ReportsService) {
  const { db, clock } = platform;

  function spec(
    actor: Actor,
    context: AuditContext,
    byCode: Map<string, SubjectRow>,
  ): ImportSpec<Column, ParsedReport, ReportRow> {
    return {
      entityType: 'report',
      label: '复工日报',
      columns,
      keyColumn: 'code',
      beforeRun: () => db.transaction((tx) => createSummariesRepository(tx).ensureDays(reports.today())),
      parseRow(record: SheetRecord<Column>): ParseResult<ParsedReport> {
        const cells = record.cells;
        const errors: ImportRowError[] = [];
        const error = (key: Column, message: string) =>
          errors.push({ row: record.row, column: headerOf(key), value: cells[key], message });
        const kind =
          cells.kind === '企业' || cells.kind === 'enterprise'
            ? 'enterprise'
            : cells.kind === '项目' || cells.kind === 'project'
              ? 'project'
              : null;
        if (!kind) error('kind', '类型请填写“企业”或“项目”');
        const code = kind === 'enterprise' ? normaliseCode(cells.code) : cells.code.trim().toUpperCase();
        const subject = kind ? byCode.get(`${kind}:${code}`) : undefined;
        if (kind && !subject)
          error(
            'code',
            kind === 'enterprise'
              ? '未找到该信用代码的企业（或不在您的管理范围内、已关停）'
              : '未找到该编号的项目（或不在您的管理范围内、已退出）',
          );
        const date = cells.date.replace(/[/.]/g, '-').replace(/-(\d)(?=-|$)/g, '-0$1');
        if (!isValidIsoDate(date)) error('date', '日期格式应为 2020-03-08');
        const status = statusByLabel.get(cells.status.trim());
        if (!status) error('status', '复工状态请填写 已复工、部分复工、未复工 或 停产检修');
        const yesNo = (key: (typeof preventionItems)[number]) => {
          const v = cells[key].trim();
          if (v === '' || v === '是' || v === '√') return true;
          if (v === '否' || v === '×') return false;
          error(key, '请填写“是”或“否”');
          return false;
        };
        const prevention = Object.fromEntries(
          preventionItems.map((item) => [item, yesNo(item)]),
        ) as ReportInput['prevention'];
        const parsed = reportInputSchema.safeParse({
          status: status ?? 'resumed',
          workforce: numberOrNull(cells.workforce),
          onDuty: numberOrNull(cells.onDuty),
          capacityPct: numberOrNull(cells.capacityPct),
          workersOnSite: numberOrNull(cells.workersOnSite),
          investmentThisMonth: cells.investmentThisMonth.replace(/,/g, '') || null,
          prevention,
          difficulty: cells.difficulty || null,
          note: cells.note || null,
          reason: cells.reason || null,
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? '');
            const key = (fieldColumn[field] ?? field) as Column;
            errors.push({
              row: record.row,
              column: columns.find((c) => c.key === key)?.header ?? field,
              value: cells[key] ?? '',
              message: issue.message,
            });
          }
        }
        if (errors.length > 0 || !parsed.success || !subject) return { errors };
        try {
          reports.checkInput(actor, subject, date, parsed.data);
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const path = e.errors?.[0]?.path ?? 'date';
          const key = (fieldColumn[path] ?? path) as Column;
          return {
            errors: [
              {
                row: record.row,
                column: columns.find((c) => c.key === key)?.header ?? headerOf('date'),
                value: cells[key] ?? '',
                message: e.errors?.[0]?.message ?? e.detail,
              },
            ],
          };
        }
        return { key: `${subjectKey(subject)}:${date}`, value: { subject, date, input: parsed.data } };
      },
      async loadExisting(tx, keys) {
        const repo = createReportsRepository(tx);
        const out = new Map<string, ReportRow>();
        for (const key of keys) {
          const [kind, id, date] = key.split(':') as [string, string, string];
          const subject = parseSubjectKey(`${kind}:${id}`)!;
          const row = await repo.find({ subjectKind: subject.kind, subjectId: subject.id }, date);
          if (row) out.set(key, row);
        }
        return out;
      },
      checkExisting(existing, parsed) {
        if (isLate(existing.reportDate, clock.now(), reports.calendar) && !parsed.value.input.reason) {
          return {
            row: parsed.row,
            column: headerOf('reason'),
            value: '',
            message: '截止时间后修改已报日报须填写修改理由',
          };
        }
        return null;
      },
      isUnchanged(existing, value) {
        const body = { ...value.input };
        return (
          existing.status === body.status &&
          existing.workforce === body.workforce &&
          existing.onDuty === body.onDuty &&
          (existing.capacityPct ?? null) ===
            (value.subject.kind === 'enterprise' ? (body.capacityPct ?? null) : null) &&
          JSON.stringify(existing.prevention) === JSON.stringify(body.prevention) &&
          (existing.difficulty ?? null) === (body.difficulty || null) &&
          (existing.note ?? null) === (body.note || null)
        );
      },
      async insertMany(tx, values) {
        for (const v of values)
          await reports.writeReport(tx, actor, v.subject, v.date, v.input, undefined, context);
      },
      async update(tx, _existing, v) {
        await reports.writeReport(tx, actor, v.subject, v.date, v.input, undefined, context);
      },
    };
  }

  return {
    async template(): Promise<Buffer> {
      return writeWorkbook<never>({
        sheetName: '复工日报',
        preamble: [
          '复工日报批量导入模板',
          '填写说明：类型填“企业”或“项目”；企业填统一社会信用代码，项目填项目编号；日期如 2020-03-08；复工状态填 已复工/部分复工/未复工/停产检修；防疫五项填 是/否（空为是）；截止时间后修改须填修改理由。',
        ],
        columns: columns.map((c) => ({ header: c.header, value: () => '' })),
        rows: [],
      });
    },

    /** County dispatchers' bulk filing: every row checked first, then all written in one transaction. */
    async importReports(
      actor: Actor,
      filePath: string,
      fileName: string,
      mode: 'validate' | 'commit',
      context: AuditContext,
    ): Promise<ImportResult> {
      const all = await subjects.listActive(actor.scope, actor.scope.regionCodes, reports.today());
      const byCode = new Map(all.map((s) => [`${s.kind}:${s.code}`, s]));
      return runImport(
        platform,
        spec(actor, context, byCode),
        { records: readSheet(filePath, columns), fileName },
        mode,
        context,
      );
    },
  };
}

export type ReportsFiles = ReturnType<typeof createReportsFiles>;
