import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/api-error';
import { useCan } from '../../../lib/session';
import { useExportAudit } from '../api/export-audit';
import { useAuditEntries } from '../api/list-audit';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { useAuditParams } from '../lib/use-audit-params';

export function AuditPage() {
  const canExport = useCan('audit.export');
  const { message } = App.useApp();
  const { params, filters, setFilters, setPage } = useAuditParams();
  const { data, isLoading, isFetching, error, refetch } = useAuditEntries(params);
  const exportAudit = useExportAudit();

  const onExport = () =>
    exportAudit.mutate(filters, {
      onSuccess: () => message.success('已开始下载，导出内容与当前查询条件一致'),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <PageContainer
      title="审计日志"
      description="平台上的登录和数据变更均记录在此，记录不可修改或删除。"
      extra={
        canExport ? (
          <Button icon={<DownloadOutlined />} onClick={onExport} loading={exportAudit.isPending}>
            导出 Excel
          </Button>
        ) : null
      }
    >
      <Card variant="borderless">
        <AuditFilters value={filters} onSearch={setFilters} />
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <AuditTable
            entries={data?.items ?? []}
            total={data?.total ?? 0}
            page={params.page}
            pageSize={params.pageSize}
            isLoading={isLoading || isFetching}
            onPageChange={setPage}
          />
        )}
      </Card>
    </PageContainer>
  );
}
