import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Row, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { errorMessage } from '../../../lib/api-error';
import { cityDate } from '../../../lib/format';
import { useRegionNames } from '../../../lib/reference-data';
import { useServerClock } from '../../../lib/server-clock';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { can, useCurrentUser } from '../../../lib/session';
import { exportCoverage, useCoverage } from '../api/coverage';
import { ContactRuleCard } from '../components/contact-rule-card';
import { CoverageKpis } from '../components/coverage-kpis';
import { CoverageOverdueTable } from '../components/coverage-overdue-table';
import { CoverageRegionTable } from '../components/coverage-region-table';
import { CoverageUncoveredTable } from '../components/coverage-uncovered-table';
import { CoverageWorkloadTable } from '../components/coverage-workload-table';
import { coverageKpis } from '../lib/coverage-figures';
import { useCoverageParams } from '../lib/coverage-params';

/** 联络覆盖: how many subjects have a primary officer, which are overdue for contact, and each officer's load. */
export function CoveragePage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const clock = useServerClock();
  const isMobile = useIsMobile();
  const regionNames = useRegionNames();
  const { params, setParams } = useCoverageParams();
  const { data, isLoading, isFetching, error, refetch } = useCoverage(params);
  const [isExporting, setExporting] = useState(false);
  const [tab, setTab] = useState('overdue');

  const today = cityDate(clock.now());
  const date = params.date ?? data?.date ?? today;
  const regionName = regionNames.get(params.region ?? user.regionCode) ?? user.regionName;
  const kpis = data ? coverageKpis(data) : undefined;

  const onExport = async () => {
    setExporting(true);
    try {
      await exportCoverage(params, date);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageContainer
      title="联络覆盖"
      description="企业和重点项目是否都有在岗的主责联络员、是否按联系频次规则联系，以及各联络员的工作量。"
      testId="page-coverage"
      extra={
        can(user, 'liaison.export') ? (
          <Button
            icon={<FileExcelOutlined />}
            loading={isExporting}
            onClick={() => void onExport()}
            data-testid="coverage-export"
          >
            导出 Excel
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={16}>
        <Card variant="borderless" styles={{ body: { paddingBlock: 12 } }}>
          <Row gutter={[12, 12]} align="middle">
            <Col xs={14} sm={10} lg={6}>
              <RegionTreeSelect
                value={params.region}
                onChange={(region) => setParams({ region })}
                placeholder={user.regionName}
                style={{ width: '100%' }}
              />
            </Col>
            <Col xs={10} sm={8} lg={4}>
              <DatePicker
                value={dayjs(date)}
                onChange={(d) => setParams({ date: d ? d.format('YYYY-MM-DD') : undefined })}
                disabledDate={(d) => d.format('YYYY-MM-DD') > today}
                allowClear={false}
                style={{ width: '100%' }}
                aria-label="统计日期"
              />
            </Col>
            <Col xs={24} sm={6} lg={14}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {regionName} · {dayjs(date).format('YYYY年M月D日')}
                {date === today ? '（今天）' : ''}
              </Typography.Text>
            </Col>
          </Row>
        </Card>
        {error && !data ? (
          <Card variant="borderless">
            <QueryError error={error} onRetry={() => void refetch()} />
          </Card>
        ) : (
          <>
            <CoverageKpis kpis={kpis} isLoading={isLoading} />
            <ContactRuleCard fallback={data?.rule} />
            <Card variant="borderless" title="各区县覆盖情况" styles={{ body: { paddingTop: 8 } }}>
              <CoverageRegionTable
                rows={data?.byRegion ?? []}
                total={kpis}
                totalName={regionName}
                regionCode={data?.regionCode}
                isLoading={isLoading || isFetching}
                onDrill={(region) => setParams({ region })}
              />
            </Card>
            <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
              <Tabs
                activeKey={tab}
                onChange={setTab}
                items={[
                  {
                    key: 'overdue',
                    label: `${isMobile ? '逾期' : '逾期未联系'}（${data?.overdueContact.length ?? 0}）`,
                    children: <CoverageOverdueTable items={data?.overdueContact ?? []} />,
                  },
                  {
                    key: 'uncovered',
                    label: `${isMobile ? '未覆盖' : '未覆盖对象'}（${data?.uncovered.length ?? 0}）`,
                    children: (
                      <CoverageUncoveredTable
                        items={data?.uncovered ?? []}
                        canAssign={can(user, 'liaison.manage')}
                      />
                    ),
                  },
                  {
                    key: 'officers',
                    label: `${isMobile ? '工作量' : '联络员工作量'}（${data?.officers.length ?? 0}）`,
                    children: <CoverageWorkloadTable items={data?.officers ?? []} />,
                  },
                ]}
              />
            </Card>
          </>
        )}
      </Flex>
    </PageContainer>
  );
}
