import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { caseListQuerySchema } from '../../../../contracts/cases';
import { ListPage } from '../../../components/list-page';
import { errorMessage } from '../../../lib/api-error';
import { cityDate } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCan } from '../../../lib/session';
import { useListParams } from '../../../lib/use-list-params';
import { exportCases, useCaseList } from '../api/cases';
import { CaseFilters } from '../components/case-filters';
import { CaseList } from '../components/case-list';
import '../cases.css';

/** 问题台账: every problem the user may see, filtered, paged, and exported to Excel with the same filters. */
export function LedgerPage() {
  const canExport = useCan('cases.export');
  const canCreate = useCan('cases.create');
  const { message } = App.useApp();
  const clock = useServerClock();
  const { params, filters, setFilters, setPage, clearFilters } = useListParams(caseListQuerySchema);
  const query = useCaseList({ ...params, box: 'all' });
  const [isExporting, setExporting] = useState(false);

  const onExport = async () => {
    setExporting(true);
    try {
      await exportCases({ ...filters, box: 'all' }, cityDate(clock.now()));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <ListPage
      title="问题台账"
      description="企业反映问题的受理、交办、办理和销号情况；红灯为已超期，黄灯为剩余不足 1 个工作日。"
      testId="case-ledger"
      toolbar={
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
      query={query}
      filters={<CaseFilters value={filters} onChange={setFilters} onClear={clearFilters} />}
    >
      <CaseList
        query={query}
        params={params}
        emptyText="没有符合条件的问题"
        variant="ledger"
        onPageChange={setPage}
      />
    </ListPage>
  );
}
