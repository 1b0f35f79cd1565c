import { CameraOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { visitListQuerySchema } from '../../../../contracts/liaison';
import { ListPage } from '../../../components/list-page';
import { errorMessage } from '../../../lib/api-error';
import { cityDate } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCan } from '../../../lib/session';
import { useListParams } from '../../../lib/use-list-params';
import { exportVisits, useVisitList } from '../api/visits';
import { VisitFilters } from '../components/visit-filters';
import { VisitList } from '../components/visit-list';
import '../components/visit-screens.css';

/**
 * 走访记录. An officer sees their own visits; dispatchers and leaders those in their region, by county,
 * mode and date, and export them with the same filters.
 */
export function VisitListPage() {
  const { message } = App.useApp();
  const clock = useServerClock();
  const canOverview = useCan('liaison.read');
  const canExport = useCan('liaison.export');
  const canVisit = useCan('liaison.visit');
  // A link's officer or subject stays through 重置 until its own tag is closed.
  const { params, filters, setFilters, setPage, clearFilters } = useListParams(visitListQuerySchema, {
    keepOnClear: ['subjectKind', 'subjectId', 'officerId'],
  });
  const query = useVisitList(params);
  const [isExporting, setExporting] = useState(false);
  const first = query.data?.items[0];

  const onExport = async () => {
    setExporting(true);
    try {
      await exportVisits(filters, cityDate(clock.now()));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <ListPage
      title={canOverview ? '走访记录' : '我的走访记录'}
      description={
        canOverview
          ? '联络员走访企业和项目的记录：方式、接待人员、防疫五项检查、照片和现场提出的问题。'
          : '您记录的每次走访，点开可查看照片和现场提出问题的办理情况。'
      }
      testId="visit-list"
      toolbar={
        <Flex gap={8} wrap>
          {canExport ? (
            <Button
              icon={<DownloadOutlined />}
              loading={isExporting}
              onClick={() => void onExport()}
              data-testid="visit-export"
            >
              导出 Excel
            </Button>
          ) : null}
          {canVisit ? (
            <Link to="/liaison/visits/new">
              <Button type="primary" icon={<CameraOutlined />}>
                记录走访
              </Button>
            </Link>
          ) : null}
        </Flex>
      }
      query={query}
      filters={
        <>
          <VisitFilters
            value={filters}
            onChange={setFilters}
            onClear={clearFilters}
            showRegion={canOverview}
          />
          {filters.officerId || filters.subjectId ? (
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              {filters.officerId ? (
                <Tag closable onClose={() => setFilters({ officerId: undefined })}>
                  联络员：{first?.officerName ?? `编号 ${filters.officerId}`}
                </Tag>
              ) : null}
              {filters.subjectId ? (
                <Tag closable onClose={() => setFilters({ subjectKind: undefined, subjectId: undefined })}>
                  走访对象：{first?.subjectName ?? `编号 ${filters.subjectId}`}
                </Tag>
              ) : null}
            </Flex>
          ) : null}
        </>
      }
    >
      <VisitList
        query={query}
        params={params}
        emptyText={canOverview ? '没有符合条件的走访记录' : '您还没有记录走访'}
        showOfficer={canOverview}
        onPageChange={setPage}
      />
    </ListPage>
  );
}
