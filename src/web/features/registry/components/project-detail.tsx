import { EditOutlined, PoweroffOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import type { Project } from '../../../../contracts/registry';
import { PageContainer } from '../../../components/page-container';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { can, useCurrentUser } from '../../../lib/session';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCloseProject, useProject } from '../api/projects';
import { isBoundUser } from '../lib/binding';
import { formatAmount } from '../lib/labels';
import { BackLink } from './back-link';
import { CloseSubjectModal } from './close-subject-modal';
import { ProjectFormDrawer } from './project-form-drawer';
import { LevelTag, ProjectStatusTag, StageTag } from './project-table';
import { SubjectNotFound } from './subject-not-found';

const listPath = '/registry/projects';

function descriptionItems(p: Project): DescriptionsProps['items'] {
  return [
    { key: 'code', label: '项目编号', children: <span className="registry-code">{p.code}</span> },
    { key: 'name', label: '项目名称', children: p.name },
    { key: 'level', label: '项目级别', children: <LevelTag level={p.level} /> },
    { key: 'region', label: '所属区县', children: p.regionName },
    { key: 'ownerUnit', label: '建设单位', children: p.ownerUnit },
    { key: 'category', label: '项目类别', children: p.category },
    { key: 'total', label: '总投资', children: `${formatAmount(p.totalInvestment)} 万元` },
    { key: 'annual', label: '年度计划投资', children: `${formatAmount(p.annualPlannedInvestment)} 万元` },
    { key: 'stage', label: '建设阶段', children: <StageTag stage={p.stage} /> },
    { key: 'plannedStart', label: '计划开工', children: p.plannedStart },
    { key: 'plannedEnd', label: '计划竣工', children: p.plannedEnd },
    { key: 'activeFrom', label: '纳入统计日期', children: p.activeFrom },
    {
      key: 'status',
      label: '状态',
      children: (
        <Space size={4}>
          <ProjectStatusTag project={p} />
          {p.closedAt ? <span>退出于 {p.closedAt}</span> : null}
        </Space>
      ),
    },
    { key: 'updatedAt', label: '最近更新', children: `${formatDateTime(p.updatedAt)}（第 ${p.version} 版）` },
  ];
}

export function ProjectDetail({ id, isOwn = false }: { id: number; isOwn?: boolean }) {
  const user = useCurrentUser();
  const isMobile = useIsMobile();
  const { data: project, isPending, error, refetch } = useProject(id);
  const close = useCloseProject();
  const [isEditing, setEditing] = useState(false);
  const [isClosing, setClosing] = useState(false);

  if (isPending) return <PageLoading />;
  if (error && !project) {
    if (error instanceof ApiError && error.status === 404)
      return <SubjectNotFound noun="项目" backTo={listPath} />;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }

  // A project's own user files reports but does not change the registration (the server agrees).
  const canEdit = can(user, 'registry.write') && !isBoundUser(user);
  const canClose = can(user, 'registry.close');

  return (
    <PageContainer
      testId="page-project-detail"
      title={
        <Space size={8} wrap>
          <span data-testid="project-name">{project.name}</span>
          <ProjectStatusTag project={project} />
        </Space>
      }
      description={
        isOwn ? (
          '本项目在平台登记的信息。如需更正，请联系所在区县调度员。'
        ) : (
          <BackLink fallback={listPath} label="返回重点项目" />
        )
      }
      extra={
        <Space wrap>
          {canEdit ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              编辑
            </Button>
          ) : null}
          {canClose ? (
            <Button
              danger={!project.closedAt}
              icon={project.closedAt ? <UndoOutlined /> : <PoweroffOutlined />}
              onClick={() => setClosing(true)}
            >
              {project.closedAt ? '恢复在库' : '退出项目库'}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card variant="borderless">
        <Descriptions
          bordered
          size={isMobile ? 'small' : 'middle'}
          column={{ xs: 1, sm: 1, md: 2, xxl: 3 }}
          items={descriptionItems(project)}
          styles={{ label: { width: isMobile ? 96 : 130, whiteSpace: isMobile ? 'normal' : 'nowrap' } }}
        />
      </Card>
      {canEdit ? (
        <ProjectFormDrawer
          open={isEditing}
          project={project}
          onClose={() => setEditing(false)}
          onStale={() => void refetch()}
        />
      ) : null}
      {canClose ? (
        <CloseSubjectModal
          open={isClosing}
          subject={project}
          wording={{
            noun: '项目',
            closeVerb: '退出',
            closeEffect: '退出后该项目不再计入重点项目复工统计，也不再催报日报；',
          }}
          isPending={close.isPending}
          onSubmit={(change) => close.mutateAsync({ ...change, id: project.id, version: project.version })}
          onClose={() => setClosing(false)}
        />
      ) : null}
    </PageContainer>
  );
}
