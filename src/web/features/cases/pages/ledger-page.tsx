import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/api-error';
import { cityDate } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCan } from '../../../lib/session';
import { exportCases, useCaseList } from '../api/cases';
import { CaseFilters } from '../components/case-filters';
import { CaseList } from '../components/case-list';
import { useLedgerParams } from '../lib/use-ledger-params';
import '../cases.css';

/** 问题台账: every problem the user may see, filtered, paged, and exported to Excel with the same filters. */
export function LedgerPage() {
  const canExport = useCan('cases.export');
  const canCreate = useCan('cases.create');
  const { message } = App.useApp();
  const clock = useServerClock();
  const { filters, page, pageSize, setFilters, setPage, clearFilters } = useLedgerParams();
  const { data, isLoading, isFetching, error, refetch } = useCaseList({
    box: 'all',
    ...filters,
    page,
    pageSize,
  });
  const [isExporting, setExporting] = useState(false);

  const onExport = async () => {
    setExporting(true);
    try {
      await exportCases(filters, cityDate(clock.now()));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageContainer
      title="问题台账"
      description="企业反映问题的受理、交办、办理和销号情况；红灯为已超期，黄灯为剩余不足 1 个工作日。"
      testId="case-ledger"
      extra={
        <Flex gap={8} wrap>
          {canExport ? (
            <Button
              icon={<DownloadOutlined />}
              loading={isExporting}
              onClick={() => void onExport()}
              data-testid="case-export"
            >
              导出 Excel
            </Button>
          ) : null}
          {canCreate ? (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />}>
                提出问题
              </Button>
            </Link>
          ) : null}
        </Flex>
      }
    >
      <Card variant="borderless">
        <CaseFilters value={filters} onChange={setFilters} onClear={clearFilters} />
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <CaseList
            items={data?.items ?? []}
            total={data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            isLoading={isLoading || isFetching}
            emptyText="没有符合条件的问题"
            variant="ledger"
            onPageChange={setPage}
          />
        )}
      </Card>
    </PageContainer>
  );
}
