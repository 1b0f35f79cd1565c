import { Card, Flex, Tag, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Project } from '../../../../contracts/registry';
import { projectLevelLabels, projectStageLabels } from '../../../../domain/registry';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { formatAmount } from '../lib/labels';
import { levelColors, stageColors } from '../lib/project-labels';
import { SubjectStatusTag } from './subject-status-tag';

interface ProjectTableProps {
  query: ListQueryResult<Project>;
  params: ListTableProps<Project>['params'];
  onPageChange: ListTableProps<Project>['onPageChange'];
  onSortChange: ListTableProps<Project>['onSortChange'];
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
  const { query, params, onPageChange, onSortChange } = props;
  const location = useLocation();
  const linkState = { from: location.pathname + location.search };
  const detailLink = (p: Project) => (
    <Link to={`/registry/projects/${p.id}`} state={linkState}>
      {p.name}
    </Link>
  );

  const columns: ListTableProps<Project>['columns'] = [
    { title: '项目编号', dataIndex: 'code', key: 'code', className: 'registry-code', sorter: true },
    { title: '项目名称', dataIndex: 'name', key: 'name', render: (_, p) => detailLink(p), sorter: true },
    {
      title: '级别',
      dataIndex: 'level',
      key: 'level',
      render: (_, p) => <LevelTag level={p.level} />,
      sorter: true,
    },
    { title: '所属区县', dataIndex: 'regionName', key: 'regionCode', sorter: true },
    { title: '建设单位', dataIndex: 'ownerUnit', key: 'ownerUnit' },
    { title: '类别', dataIndex: 'category', key: 'category' },
    {
      title: '总投资(万元)',
      dataIndex: 'totalInvestment',
      key: 'totalInvestment',
      align: 'right',
      className: 'registry-amount',
      render: (v: string) => formatAmount(v),
      sorter: true,
    },
    {
      title: '年度计划投资(万元)',
      dataIndex: 'annualPlannedInvestment',
      key: 'annualPlannedInvestment',
      align: 'right',
      className: 'registry-amount',
      render: (v: string) => formatAmount(v),
    },
    { title: '计划开工', dataIndex: 'plannedStart', key: 'plannedStart', sorter: true },
    { title: '计划竣工', dataIndex: 'plannedEnd', key: 'plannedEnd' },
    {
      title: '建设阶段',
      dataIndex: 'stage',
      key: 'stage',
      render: (_, p) => <StageTag stage={p.stage} />,
      sorter: true,
    },
    { title: '状态', key: 'status', render: (_, p) => <ProjectStatusTag project={p} /> },
  ];

  return (
    <ListTable<Project>
      testId="project-list"
      query={query}
      params={params}
      onPageChange={onPageChange}
      onSortChange={onSortChange}
      columns={columns}
      rowKey={(p) => p.id}
      emptyText="没有符合条件的项目"
      unit="个项目"
      renderCard={(p) => (
        <Card size="small" className="list-card">
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
        </Card>
      )}
    />
  );
}
