import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { auditQuerySchema } from '../../../../contracts/audit';
import { ListPage } from '../../../components/list-page';
import { errorMessage } from '../../../lib/api-error';
import { useCan } from '../../../lib/session';
import { useListParams } from '../../../lib/use-list-params';
import { useExportAudit } from '../api/export-audit';
import { useAuditEntries } from '../api/list-audit';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

export function AuditPage() {
  const canExport = useCan('audit.export');
  const { message } = App.useApp();
  // Filters and page live in the address: the home page links straight to "today".
  const { params, filters, replaceFilters, setPage } = useListParams(auditQuerySchema);
  const query = useAuditEntries(params);
  const exportAudit = useExportAudit();

  const onExport = () =>
    exportAudit.mutate(filters, {
      onSuccess: () => message.success('已开始下载，导出内容与当前查询条件一致'),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <ListPage
      title="审计日志"
      description="平台上的登录和数据变更均记录在此，记录不可修改或删除。"
      testId="page-audit"
      toolbar={
        canExport ? (
          <Button icon={<DownloadOutlined />} onClick={onExport} loading={exportAudit.isPending}>
            导出 Excel
          </Button>
        ) : null
      }
      query={query}
      filters={<AuditFilters value={filters} onSearch={replaceFilters} />}
    >
      <AuditTable query={query} params={params} onPageChange={setPage} />
    </ListPage>
  );
}
