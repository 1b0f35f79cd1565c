import type { VisitListQuery } from '../../../contracts/liaison';
import { preventionItems, preventionLabels, visitModeLabels } from '../../../domain/liaison';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, writeWorkbook } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import type { VisitsService } from './visits.service';

export function createVisitsFiles(platform: Platform, visits: VisitsService) {
  const { db, clock, audit } = platform;
  return {
    async visitsXlsx(actor: Actor, query: Omit<VisitListQuery, 'page' | 'pageSize'>, context: AuditContext) {
      type Row = Awaited<ReturnType<VisitsService['list']>>['items'][number];
      const buffer = await writeWorkbook<Row>({
        sheetName: '走访记录',
        preamble: ['联络员走访记录', `导出时间：${formatShanghaiTime(clock.now())}`],
        columns: [
          { header: '走访日期', width: 12, value: (r) => r.visitDate },
          { header: '联络员', width: 12, value: (r) => r.officerName },
          { header: '对象', width: 30, value: (r) => r.subjectName },
          { header: '所属区县', width: 12, value: (r) => r.regionName },
          { header: '方式', width: 10, value: (r) => visitModeLabels[r.mode] },
          { header: '接待人员', width: 20, value: (r) => r.peopleMet },
          ...preventionItems.map((item) => ({
            header: preventionLabels[item],
            width: 10,
            value: (r: Row) => (r.prevention[item] ? '是' : '否'),
          })),
          { header: '走访情况', width: 40, value: (r) => r.observations },
          { header: '照片', width: 8, value: (r) => r.photoCount },
          { header: '提出问题', width: 8, value: (r) => r.problemCount },
        ],
        rows: visits.iterate(actor, query),
      });
      await audit.record(db, context, {
        action: 'liaison.visits_exported',
        entityType: 'liaison_visit',
        summary: '导出走访记录',
      });
      return buffer;
    },
  };
}
