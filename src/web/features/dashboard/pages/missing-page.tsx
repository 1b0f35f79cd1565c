import { CloudUploadOutlined, FileExcelOutlined, LeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { categoryLabels, resumptionCategories, type ResumptionCategory } from '../../../../domain/resumption';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { RegionTreeSelect } from '../../../components/region-tree-select';
import { cityDate } from '../../../lib/format';
import { useServerClock } from '../../../lib/server-clock';
import { useCan } from '../../../lib/session';
import { dashboardKey, useResumption } from '../api/get-resumption';
import { downloadMissing } from '../api/downloads';
import { useMissing } from '../api/list-missing';
import { MissingTable, type MissingItem } from '../components/missing-table';
import { SubjectHistoryDrawer, type HistorySubject } from '../components/subject-history-drawer';
import { useDownload } from '../lib/use-download';
import { useMissingParams } from '../lib/use-missing-params';
import '../dashboard.css';

export function MissingPage() {
  const queryClient = useQueryClient();
  const canExport = useCan('dashboard.export');
  const canImport = useCan('reports.import');
  const today = cityDate(useServerClock().now());
  const { filters, setFilters } = useMissingParams();
  // Without a date in the address, the day is the latest one with reports, as on the dashboard.
  const latest = useResumption({ region: filters.region }, undefined);
  const date = filters.date ?? latest.data?.latestDate ?? undefined;
  const missing = useMissing(date ? { date, region: filters.region, category: filters.category } : null);
  const { busy, run } = useDownload();
  const [q, setQ] = useState('');
  const [isImportOpen, setImportOpen] = useState(false);
  const [history, setHistory] = useState<{ open: boolean; subject: HistorySubject | null }>({
    open: false,
    subject: null,
  });
  const items = useMemo(
    () => (missing.data?.items ?? []).filter((i) => !q.trim() || i.name.includes(q.trim())),
    [missing.data, q],
  );

  const open = (item: MissingItem) =>
    setHistory({
      open: true,
      subject: {
        kind: item.kind,
        id: item.id,
        name: item.name,
        regionName: item.regionName,
        status: 'not_reported',
      },
    });

  return (
    <PageContainer
      title="未报送清单"
      testId="page-missing"
      description={
        date
          ? `${dayjs(date).format('YYYY年M月D日')}应报未报的企业和项目，共 ${missing.data?.total ?? '…'} 个。请联系联络员或企业督促补报。`
          : '应报未报的企业和项目'
      }
      extra={
        <Space wrap>
          <Link
            to={`/dashboard?${new URLSearchParams({ ...(date ? { date } : {}), ...(filters.region ? { region: filters.region } : {}) }).toString()}`}
          >
            <Button icon={<LeftOutlined />}>返回调度看板</Button>
          </Link>
          {canExport ? (
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'missing'}
              disabled={!date}
              data-testid="export-missing"
              onClick={() =>
                date &&
                void run('missing', () =>
                  downloadMissing({ date, region: filters.region, category: filters.category }),
                )
              }
            >
              导出 Excel
            </Button>
          ) : null}
          {canImport ? (
            <Button icon={<CloudUploadOutlined />} onClick={() => setImportOpen(true)}>
              批量导入日报
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card variant="borderless">
        <Flex className="filter-bar" gap={12} wrap align="center">
          <DatePicker
            value={date ? dayjs(date) : null}
            allowClear={false}
            showToday={false}
            format="YYYY年M月D日"
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            onChange={(d) => setFilters({ date: d ? d.format('YYYY-MM-DD') : undefined })}
            style={{ width: 160 }}
            aria-label="日期"
          />
          <RegionTreeSelect
            value={filters.region}
            onChange={(region) => setFilters({ region })}
            placeholder="全部区县"
            style={{ width: 200 }}
          />
          <Select<ResumptionCategory>
            allowClear
            placeholder="全部类别"
            value={filters.category}
            onChange={(category) => setFilters({ category })}
            options={resumptionCategories.map((c) => ({ value: c, label: categoryLabels[c] }))}
            style={{ width: 160 }}
            aria-label="类别"
          />
          <Input.Search
            allowClear
            placeholder="按名称查找"
            onSearch={setQ}
            onChange={(event) => {
              if (!event.target.value) setQ('');
            }}
            style={{ width: 220 }}
          />
        </Flex>
        {(missing.error && !missing.data) || (latest.error && !date) ? (
          <QueryError
            error={missing.error ?? latest.error}
            onRetry={() => void (date ? missing.refetch() : latest.refetch())}
          />
        ) : (
          <>
            <MissingTable
              items={items}
              date={date ?? today}
              isLoading={missing.isLoading || missing.isFetching || latest.isLoading}
              onOpen={open}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              电话号码按权限显示，部分号码已隐去中间几位。
            </Typography.Text>
          </>
        )}
      </Card>
      {date ? (
        <SubjectHistoryDrawer
          open={history.open}
          subject={history.subject}
          date={date}
          onClose={() => setHistory((h) => ({ ...h, open: false }))}
        />
      ) : null}
      {canImport ? (
        <ImportDialog
          open={isImportOpen}
          onClose={() => setImportOpen(false)}
          title="批量导入日报"
          endpoint="/api/reports/import"
          template={{ path: '/api/reports/import-template', fileName: '复工日报导入模板.xlsx' }}
          onImported={() => void queryClient.invalidateQueries({ queryKey: dashboardKey })}
        />
      ) : null}
    </PageContainer>
  );
}
