import type { Coverage } from '../../../contracts/liaison';
import { subjectKindLabels } from '../../../domain/subjects';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, sheetOf, writeWorkbookSheets } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import type { RegionsService } from '../regions/index';

export function createCoverageFiles(platform: Platform, regions: RegionsService) {
  const { db, clock, audit } = platform;
  return {
    /** The coverage view in three sheets: by county, uncovered and overdue subjects, officers' workload. */
    async coverageXlsx(coverage: Coverage, context: AuditContext): Promise<Buffer> {
      const region = (await regions.find(coverage.regionCode))?.name ?? coverage.regionCode;
      const title = (what: string) => [
        `${region}联络员${what}（${coverage.date}）`,
        `导出时间：${formatShanghaiTime(clock.now())}`,
      ];
      type ByRegion = Coverage['byRegion'][number];
      type Brief = Coverage['uncovered'][number];
      type Overdue = Coverage['overdueContact'][number];
      type Workload = Coverage['officers'][number];
      const buffer = await writeWorkbookSheets([
        sheetOf<ByRegion>({
          sheetName: '覆盖情况',
          preamble: title('覆盖情况'),
          columns: [
            { header: '区县', value: (r) => r.regionName },
            { header: '在册对象', value: (r) => r.subjects },
            { header: '已覆盖', value: (r) => r.covered },
            { header: '未覆盖', value: (r) => r.uncovered },
            { header: '逾期未联系', value: (r) => r.overdue },
            { header: '联络员', value: (r) => r.officers },
          ],
          rows: coverage.byRegion,
        }),
        sheetOf<Brief>({
          sheetName: '未覆盖对象',
          preamble: title('未覆盖对象'),
          columns: [
            { header: '类型', width: 8, value: (r) => subjectKindLabels[r.kind] },
            { header: '名称', width: 32, value: (r) => r.name },
            { header: '所属区县', value: (r) => r.regionName },
          ],
          rows: coverage.uncovered,
        }),
        sheetOf<Overdue>({
          sheetName: '逾期未联系',
          preamble: title('逾期未联系对象'),
          columns: [
            { header: '类型', width: 8, value: (r) => subjectKindLabels[r.kind] },
            { header: '名称', width: 32, value: (r) => r.name },
            { header: '所属区县', value: (r) => r.regionName },
            { header: '主责联络员', value: (r) => r.primaryOfficer ?? '未指定' },
            { header: '最近走访', value: (r) => r.lastVisitDate ?? '无' },
            { header: '应联系日期', value: (r) => r.dueDate },
            { header: '逾期天数', value: (r) => r.daysOverdue },
          ],
          rows: coverage.overdueContact,
        }),
        sheetOf<Workload>({
          sheetName: '联络员工作量',
          preamble: title('工作量'),
          columns: [
            { header: '联络员', value: (r) => r.name },
            { header: '派出单位', width: 28, value: (r) => r.unitName },
            { header: '工作区域', value: (r) => r.regionName },
            { header: '联系对象', value: (r) => r.subjects },
            { header: '其中主责', value: (r) => r.primarySubjects },
            { header: '本周走访', value: (r) => r.visitsThisWeek },
            { header: '本周实地', value: (r) => r.onSiteThisWeek },
            { header: '未办结问题', value: (r) => r.openProblems },
            { header: '逾期未联系', value: (r) => r.overdueSubjects },
          ],
          rows: coverage.officers,
        }),
      ]);
      await audit.record(db, context, {
        action: 'liaison.coverage_exported',
        entityType: 'liaison_coverage',
        summary: `导出${region}联络覆盖情况（${coverage.date}）`,
      });
      return buffer;
    },
  };
}
