import type { AuditEntry as AuditEntryDto } from '../../../contracts/audit';
import type { AuditContext } from '../../platform/audit';
import { formatShanghaiTime, writeWorkbook } from '../../platform/excel';
import type { Platform } from '../../platform/platform';
import { createAuditRepository, type AuditFilter, type AuditRow } from './audit.repository';

export const auditExportLimit = 100_000;

export interface AuditQueryInput {
  username?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Dates are whole days in Asia/Shanghai; `to` is inclusive. */
function toFilter(input: AuditQueryInput): AuditFilter {
  const day = 86_400_000;
  return {
    username: input.username,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    from: input.from ? new Date(`${input.from}T00:00:00+08:00`) : undefined,
    to: input.to ? new Date(new Date(`${input.to}T00:00:00+08:00`).getTime() + day) : undefined,
  };
}

function toDto(row: AuditRow): AuditEntryDto {
  return { ...row, at: row.at.toISOString() };
}

export function createAuditService(platform: Platform) {
  const { db, clock, audit } = platform;
  const repo = createAuditRepository(db);

  return {
    async search(input: AuditQueryInput, page: number, pageSize: number) {
      const result = await repo.search(toFilter(input), page, pageSize);
      return { items: result.items.map(toDto), total: result.total };
    },

    /** The matching records as .xlsx (newest first, at most 100,000), and the export itself audited. */
    async exportXlsx(input: AuditQueryInput, context: AuditContext): Promise<Buffer> {
      const filterText = Object.entries(input)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${v}`)
        .join('，');
      const buffer = await writeWorkbook<AuditRow>({
        sheetName: '审计日志',
        preamble: [
          '审计日志',
          `导出时间：${formatShanghaiTime(clock.now())}`,
          `筛选条件：${filterText || '无'}`,
        ],
        columns: [
          { header: '时间', width: 20, value: (r) => formatShanghaiTime(r.at) },
          { header: '用户', value: (r) => r.username },
          { header: '角色', value: (r) => r.role },
          { header: 'IP', value: (r) => r.ip },
          { header: '操作', width: 22, value: (r) => r.action },
          { header: '对象类型', value: (r) => r.entityType },
          { header: '对象编号', value: (r) => r.entityId },
          { header: '内容摘要', width: 60, value: (r) => r.summary },
          { header: '请求编号', width: 20, value: (r) => r.requestId },
        ],
        rows: repo.iterate(toFilter(input), auditExportLimit),
      });
      await audit.record(db, context, {
        action: 'audit.exported',
        entityType: 'audit_log',
        summary: `导出审计日志（${filterText || '全部'}）`,
      });
      return buffer;
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
