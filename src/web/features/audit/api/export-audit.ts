import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '../../../lib/download';
import { cityDate } from '../../../lib/format';
import type { AuditFilters } from './list-audit';

/** Downloads the entries matching the filters as .xlsx (the server names the file). */
export function useExportAudit() {
  return useMutation({
    mutationFn: (filters: AuditFilters) =>
      downloadFile('/api/admin/audit/export', { ...filters }, `审计日志-${cityDate()}.xlsx`),
  });
}
