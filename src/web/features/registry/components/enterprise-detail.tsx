import { EditOutlined, PoweroffOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import type { Enterprise } from '../../../../contracts/registry';
import { PageContainer } from '../../../components/page-container';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { can, useCurrentUser } from '../../../lib/session';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCloseEnterprise, useEnterprise } from '../api/enterprises';
import { describeIndustry, formatAmount, formatCount, yesNo } from '../lib/labels';
import { BackLink } from './back-link';
import { CloseSubjectModal } from './close-subject-modal';
import { EnterpriseFormDrawer } from './enterprise-form-drawer';
import { SubjectNotFound } from './subject-not-found';
import { SubjectStatusTag } from './subject-status-tag';

const listPath = '/registry/enterprises';

function descriptionItems(e: Enterprise): DescriptionsProps['items'] {
  const industry = describeIndustry(e.industryCode);
  return [
    {
      key: 'creditCode',
      label: '统一社会信用代码',
      children: <span className="registry-code">{e.creditCode}</span>,
    },
    { key: 'name', label: '企业名称', children: e.name },
    { key: 'region', label: '所属区县', children: e.regionName },
    {
      key: 'industry',
      label: '行业',
      children: (
        <span>
          {e.industryCode} {e.industryName}
          {industry && industry.divisionName !== e.industryName ? (
            <Typography.Text type="secondary">（{industry.divisionName}）</Typography.Text>
          ) : null}
        </span>
      ),
    },
    { key: 'workforce', label: '从业人员数', children: `${formatCount(e.workforce)} 人` },
    { key: 'annualOutput', label: '年产值', children: `${formatAmount(e.annualOutput)} 万元` },
    { key: 'continuous', label: '连续生产型', children: yesNo(e.isContinuousProcess) },
    { key: 'contactName', label: '联系人', children: e.contactName || '—' },
    { key: 'contactPhone', label: '联系电话', children: e.contactPhone || '—' },
    { key: 'address', label: '地址', children: e.address || '—', span: 'filled' },
    { key: 'activeFrom', label: '纳入统计日期', children: e.activeFrom },
    {
      key: 'status',
      label: '状态',
      children: (
        <Space size={4}>
          <SubjectStatusTag closedAt={e.closedAt} />
          {e.closedAt ? <span>关停于 {e.closedAt}</span> : null}
        </Space>
      ),
    },
    { key: 'updatedAt', label: '最近更新', children: `${formatDateTime(e.updatedAt)}（第 ${e.version} 版）` },
  ];
}

/** One enterprise: every field, and the actions the user may take on it. */
export function EnterpriseDetail({ id, isOwn = false }: { id: number; isOwn?: boolean }) {
  const user = useCurrentUser();
  const isMobile = useIsMobile();
  const { data: enterprise, isPending, error, refetch } = useEnterprise(id);
  const close = useCloseEnterprise();
  const [isEditing, setEditing] = useState(false);
  const [isClosing, setClosing] = useState(false);

  if (isPending) return <PageLoading />;
  if (error && !enterprise) {
    if (error instanceof ApiError && error.status === 404)
      return <SubjectNotFound noun="企业" backTo={listPath} />;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }

  const isEnterpriseUser = (user.enterpriseId ?? null) !== null;
  const canEdit =
    can(user, 'registry.write') &&
    (user.projectId ?? null) === null &&
    (!isEnterpriseUser || user.enterpriseId === enterprise.id);
  const canClose = can(user, 'registry.close');

  return (
    <PageContainer
      testId="page-enterprise-detail"
      title={
        <Space size={8} wrap>
          <span data-testid="enterprise-name">{enterprise.name}</span>
          <SubjectStatusTag closedAt={enterprise.closedAt} />
        </Space>
      }
      description={
        isOwn ? (
          '本企业在平台登记的信息。信息有变化时请及时更新，便于调度和联系。'
        ) : (
          <BackLink fallback={listPath} label="返回企业名录" />
        )
      }
      extra={
        <Space wrap>
          {canEdit ? (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="enterprise-edit"
            >
              编辑
            </Button>
          ) : null}
          {canClose ? (
            <Button
              danger={!enterprise.closedAt}
              icon={enterprise.closedAt ? <UndoOutlined /> : <PoweroffOutlined />}
              onClick={() => setClosing(true)}
              data-testid="enterprise-close"
            >
              {enterprise.closedAt ? '恢复在册' : '关停'}
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
          items={descriptionItems(enterprise)}
          styles={{ label: { width: isMobile ? 96 : 140, whiteSpace: isMobile ? 'normal' : 'nowrap' } }}
        />
      </Card>
      {canEdit ? (
        <EnterpriseFormDrawer
          open={isEditing}
          enterprise={enterprise}
          isEnterpriseUser={isEnterpriseUser}
          onClose={() => setEditing(false)}
          onStale={() => void refetch()}
        />
      ) : null}
      {canClose ? (
        <CloseSubjectModal
          open={isClosing}
          subject={enterprise}
          wording={{
            noun: '企业',
            closeVerb: '关停',
            closeEffect: '关停后该企业不再计入复工统计，也不再催报日报；',
          }}
          isPending={close.isPending}
          onSubmit={(change) =>
            close.mutateAsync({ ...change, id: enterprise.id, version: enterprise.version })
          }
          onClose={() => setClosing(false)}
        />
      ) : null}
    </PageContainer>
  );
}
