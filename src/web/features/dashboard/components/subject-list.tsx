import { Card, Input, Segmented, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type HTMLAttributes } from 'react';
import type { z } from 'zod';
import type { subjectStatusSchema } from '../../../../contracts/dashboard';
import { categoryLabels, resumptionCategories, type ResumptionCategory } from '../../../../domain/resumption';
import { QueryError } from '../../../components/query-error';
import { useSubjectStatuses } from '../api/list-subjects';
import { standingTabs, type StandingTabKey } from '../lib/status-labels';
import { StandingTag } from './standing-tag';
import { subjectKey } from '../../../../domain/subjects';

type SubjectStatus = z.infer<typeof subjectStatusSchema>;

interface SubjectListProps {
  date: string;
  region: string;
  regionName: string;
  category: ResumptionCategory;
  tab: StandingTabKey;
  /** Show the region column (the list spans several counties). */
  isWide: boolean;
  onChange: (category: ResumptionCategory, tab: StandingTabKey) => void;
  onOpen: (subject: SubjectStatus) => void;
}

const listTitles: Record<ResumptionCategory, string> = {
  enterprise: '企业清单',
  provincial_project: '省重点项目清单',
  municipal_project: '市重点项目清单',
};

function inTab(subject: SubjectStatus, tab: StandingTabKey): boolean {
  const def = standingTabs.find((t) => t.key === tab);
  return !def?.standings || (def.standings as readonly string[]).includes(subject.status);
}

/** Drill-down: every subject of one category in the region, by status, with its latest figures. */
export function SubjectList(props: SubjectListProps) {
  const { date, region, regionName, category, tab, isWide, onChange, onOpen } = props;
  const [q, setQ] = useState('');
  const { data, isLoading, isFetching, error, refetch } = useSubjectStatuses({ date, region, category });
  const all = useMemo(() => data?.items ?? [], [data]);
  const query = q.trim();
  const rows = useMemo(
    () => all.filter((s) => inTab(s, tab) && (!query || s.name.includes(query))),
    [all, tab, query],
  );

  const columns: TableColumnsType<SubjectStatus> = [
    {
      title: category === 'enterprise' ? '企业名称' : '项目名称',
      key: 'name',
      render: (_, s) => (
        <Typography.Link
          onClick={(event) => {
            event.stopPropagation();
            onOpen(s);
          }}
        >
          {s.name}
        </Typography.Link>
      ),
    },
    ...(isWide ? [{ title: '区县（园区）', dataIndex: 'regionName', key: 'regionName' } as const] : []),
    { title: '状态', key: 'status', render: (_, s) => <StandingTag standing={s.status} /> },
    {
      title: '依据日报',
      key: 'reportDate',
      render: (_, s) =>
        s.reportDate ? (
          <span>
            {dayjs(s.reportDate).format('M月D日')}
            {s.reportDate < date ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                （沿用）
              </Typography.Text>
            ) : null}
            {s.isLate ? (
              <Tag color="orange" style={{ marginInlineStart: 6 }}>
                逾期
              </Tag>
            ) : null}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: category === 'enterprise' ? '在岗 / 职工' : '在岗 / 用工',
      key: 'onDuty',
      align: 'right',
      render: (_, s) => (s.onDuty === null || s.workforce === null ? '—' : `${s.onDuty} / ${s.workforce}`),
    },
    ...(category === 'enterprise'
      ? [
          {
            title: '产能利用率',
            key: 'capacityPct',
            align: 'right',
            render: (_: unknown, s: SubjectStatus) => (s.capacityPct === null ? '—' : `${s.capacityPct}%`),
          } as const,
        ]
      : []),
    {
      title: '主要困难',
      key: 'difficulty',
      render: (_, s) =>
        s.difficulty ? (
          <Typography.Text ellipsis={{ tooltip: s.difficulty }} style={{ maxWidth: 260 }}>
            {s.difficulty}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      data-testid="subject-list"
      id="subject-list"
      className="dashboard-switch-card"
      title={`${regionName} · ${listTitles[category]}`}
      extra={
        <Segmented<ResumptionCategory>
          value={category}
          onChange={(value) => onChange(value, tab)}
          options={resumptionCategories.map((c) => ({ value: c, label: categoryLabels[c] }))}
        />
      }
    >
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Tabs
            activeKey={tab}
            onChange={(key) => onChange(category, key as StandingTabKey)}
            items={standingTabs.map((t) => ({
              key: t.key,
              label: `${t.label}（${all.filter((s) => inTab(s, t.key)).length}）`,
            }))}
          />
          <Input.Search
            allowClear
            placeholder={category === 'enterprise' ? '按企业名称查找' : '按项目名称查找'}
            onSearch={setQ}
            onChange={(event) => {
              if (!event.target.value) setQ('');
            }}
            style={{ maxWidth: 320, marginBottom: 12 }}
            data-testid="subject-search"
          />
          <Table<SubjectStatus>
            className="nowrap-table"
            size="small"
            rowKey={(s) => subjectKey(s)}
            columns={columns}
            dataSource={rows}
            loading={isLoading || isFetching}
            scroll={{ x: 'max-content' }}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 条` }}
            onRow={(s) =>
              ({
                onClick: () => onOpen(s),
                style: { cursor: 'pointer' },
                'data-testid': `subject-row-${s.kind}-${s.id}`,
              }) as HTMLAttributes<HTMLTableRowElement>
            }
            locale={{ emptyText: query ? '没有名称匹配的对象' : '该状态下没有对象' }}
          />
        </>
      )}
    </Card>
  );
}
