import { Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Project } from '../../../../contracts/registry';
import { projectLevelLabels, projectStageLabels } from '../../../../domain/registry';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { formatAmount } from '../lib/labels';
import { levelColors, stageColors } from '../lib/project-labels';
import type { ProjectSort } from '../lib/use-project-list-params';
import { MobileList } from './mobile-list';
import { sortOrderFor, toOrder } from './sort-order';
import { SubjectStatusTag } from './subject-status-tag';

interface ProjectTableProps {
  items: Project[];
  total: number;
  page: number;
  pageSize: number;
  sort: ProjectSort | undefined;
  order: 'asc' | 'desc' | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: ProjectSort | undefined, order: 'asc' | 'desc' | undefined) => void;
}

export function ProjectStatusTag({ project }: { project: Pick<Project, 'closedAt'> }) {
  return <SubjectStatusTag closedAt={project.closedAt} closedLabel="已退出" activeLabel="在库" />;
}

export function LevelTag({ level }: { level: Project['level'] }) {
  return <Tag color={levelColors[level]}>{projectLevelLabels[level]}</Tag>;
}

export function StageTag({ stage }: { stage: Project['stage'] }) {
  return <Tag color={stageColors[stage]}>{projectStageLabels[stage]}</Tag>;
}

export function ProjectTable(props: ProjectTableProps) {
  const { items, total, page, pageSize, sort, order, isLoading, onPageChange, onSortChange } = props;
  const isMobile = useIsMobile();
  const location = useLocation();
  const linkState = { from: location.pathname + location.search };
  const detailLink = (p: Project) => (
    <Link to={`/registry/projects/${p.id}`} state={linkState}>
      {p.name}
    </Link>
  );

  if (isMobile) {
    return (
      <div data-testid="project-list">
        <MobileList
          items={items}
          total={total}
          page={page}
          pageSize={pageSize}
          isLoading={isLoading}
          emptyText="没有符合条件的项目"
          rowKey={(p) => p.id}
          onPageChange={onPageChange}
          renderItem={(p) => (
            <Flex vertical gap={2}>
              <Flex justify="space-between" align="flex-start" gap={8}>
                <Typography.Text strong>{detailLink(p)}</Typography.Text>
                <ProjectStatusTag project={p} />
              </Flex>
              <Typography.Text type="secondary" className="registry-code">
                {p.code}
              </Typography.Text>
              <span>
                <LevelTag level={p.level} />
                <StageTag stage={p.stage} />
                {p.regionName}
              </span>
              <span>总投资 {formatAmount(p.totalInvestment)} 万元</span>
              <Typography.Text type="secondary">
                {p.ownerUnit} · 计划 {p.plannedStart} 至 {p.plannedEnd}
              </Typography.Text>
            </Flex>
          )}
        />
      </div>
    );
  }

  const sorted = (column: ProjectSort) => ({
    sorter: true,
    sortOrder: sortOrderFor(column, sort, order),
    sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
  });
  const columns: TableProps<Project>['columns'] = [
    { title: '项目编号', dataIndex: 'code', key: 'code', className: 'registry-code', ...sorted('code') },
    { title: '项目名称', dataIndex: 'name', key: 'name', render: (_, p) => detailLink(p), ...sorted('name') },
    {
      title: '级别',
      dataIndex: 'level',
      key: 'level',
      render: (_, p) => <LevelTag level={p.level} />,
      ...sorted('level'),
    },
    { title: '所属区县', dataIndex: 'regionName', key: 'regionCode', ...sorted('regionCode') },
    { title: '建设单位', dataIndex: 'ownerUnit', key: 'ownerUnit' },
    { title: '类别', dataIndex: 'category', key: 'category' },
    {
      title: '总投资(万元)',
      dataIndex: 'totalInvestment',
      key: 'totalInvestment',
      align: 'right',
      className: 'registry-amount',
      render: (v: string) => formatAmount(v),
      ...sorted('totalInvestment'),
    },
    {
      title: '年度计划投资(万元)',
      dataIndex: 'annualPlannedInvestment',
      key: 'annualPlannedInvestment',
      align: 'right',
      className: 'registry-amount',
      render: (v: string) => formatAmount(v),
    },
    { title: '计划开工', dataIndex: 'plannedStart', key: 'plannedStart', ...sorted('plannedStart') },
    { title: '计划竣工', dataIndex: 'plannedEnd', key: 'plannedEnd' },
    {
      title: '建设阶段',
      dataIndex: 'stage',
      key: 'stage',
      render: (_, p) => <StageTag stage={p.stage} />,
      ...sorted('stage'),
    },
    { title: '状态', key: 'status', render: (_, p) => <ProjectStatusTag project={p} /> },
  ];

  return (
    <div data-testid="project-list">
      <Table<Project>
        rowKey="id"
        className="nowrap-table"
        columns={columns}
        dataSource={items}
        loading={isLoading}
        size="middle"
        scroll={{ x: 'max-content' }}
        showSorterTooltip={false}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort' || Array.isArray(sorter)) return;
          const next = toOrder(sorter.order);
          onSortChange(next ? (sorter.columnKey as ProjectSort) : undefined, next);
        }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => `共 ${n} 个项目`,
          onChange: onPageChange,
        }}
        locale={{ emptyText: '没有符合条件的项目' }}
      />
    </div>
  );
}
