import { ArrowLeftOutlined, CameraOutlined, EditOutlined, LinkOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Assignment } from '../../../../contracts/liaison';
import { PageContainer } from '../../../components/page-container';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ApiError } from '../../../lib/api-error';
import { can, useCurrentUser } from '../../../lib/session';
import { useOfficer, useOfficerAssignments } from '../api/officers';
import { AssignmentEndModal, type EndingAssignment } from '../components/assignment-end-modal';
import { OfficerAssignmentsTable } from '../components/officer-assignments-table';
import { OfficerFormDrawer } from '../components/officer-form-drawer';
import { OfficerProfile } from '../components/officer-profile';
import { OfficerStatusTag } from '../components/officer-status-tag';
import { useCanEditOfficer } from '../lib/officer-scope';

const listPath = '/liaison/officers';

function NotFound() {
  return (
    <Result
      status="404"
      title="联络员不存在"
      subTitle="该联络员不存在，或不在您的管理范围内。"
      extra={
        <Link to={listPath}>
          <Button type="primary">返回联络员名册</Button>
        </Link>
      }
    />
  );
}

/** Back to the roster the user came from, with its filters, or to the plain roster. */
function BackToRoster() {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const to = typeof from === 'string' && from.startsWith(listPath) ? from : listPath;
  return (
    <Link to={to}>
      <ArrowLeftOutlined /> 返回联络员名册
    </Link>
  );
}

function OfficerDetail({ id }: { id: number }) {
  const user = useCurrentUser();
  const officer = useOfficer(id);
  const assignments = useOfficerAssignments(id);
  const [isEditing, setEditing] = useState(false);
  const [ending, setEnding] = useState<EndingAssignment | null>(null);
  const canEditOfficer = useCanEditOfficer();

  if (officer.isPending) return <PageLoading />;
  if (officer.error && !officer.data) {
    if (officer.error instanceof ApiError && officer.error.status === 404) return <NotFound />;
    return <QueryError error={officer.error} onRetry={() => void officer.refetch()} />;
  }
  const o = officer.data;
  const canManage = can(user, 'liaison.manage');
  const canEdit = canEditOfficer(o);
  const all = assignments.data?.items ?? [];
  const current = all.filter((a) => a.endedOn === null);
  const ended = all.filter((a) => a.endedOn !== null);
  const onEnd = canManage
    ? (a: Assignment) =>
        setEnding({
          assignmentId: a.id,
          officerName: o.name,
          subjectName: a.subjectName,
          isPrimary: a.isPrimary,
        })
    : undefined;

  const list = (variant: 'current' | 'ended') =>
    assignments.error && !assignments.data ? (
      <QueryError error={assignments.error} onRetry={() => void assignments.refetch()} />
    ) : (
      <OfficerAssignmentsTable
        items={variant === 'current' ? current : ended}
        isLoading={assignments.isLoading}
        variant={variant}
        onEnd={onEnd}
      />
    );

  return (
    <PageContainer
      testId="page-officer-detail"
      title={
        <Space size={8} wrap>
          <span data-testid="officer-name">{o.name}</span>
          <OfficerStatusTag isActive={o.isActive} />
        </Space>
      }
      description={<BackToRoster />}
      extra={
        <Space wrap>
          {canEdit ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              编辑
            </Button>
          ) : null}
          {can(user, 'liaison.visits.read') ? (
            <Link to={`/liaison/visits?officerId=${o.id}`}>
              <Button icon={<CameraOutlined />} data-testid="officer-visits-link">
                走访记录
              </Button>
            </Link>
          ) : null}
          <Link to={`/liaison/assignments?officerId=${o.id}`}>
            <Button icon={<LinkOutlined />}>{canManage ? '分配联系对象' : '联系对象分配'}</Button>
          </Link>
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card variant="borderless">
          <OfficerProfile officer={o} />
        </Card>
        <Card variant="borderless" styles={{ body: { paddingTop: 8 } }}>
          <Tabs
            items={[
              { key: 'current', label: `联系对象（${current.length}）`, children: list('current') },
              { key: 'ended', label: `历史（${ended.length}）`, children: list('ended') },
            ]}
          />
        </Card>
      </Space>
      {canEdit ? (
        <OfficerFormDrawer
          open={isEditing}
          officer={o}
          onClose={() => setEditing(false)}
          onStale={() => void officer.refetch()}
        />
      ) : null}
      {canManage ? <AssignmentEndModal assignment={ending} onClose={() => setEnding(null)} /> : null}
    </PageContainer>
  );
}

/** 联络员详情: the roster entry, the subjects covered now and before, and a way to the officer's visits. */
export function OfficerDetailPage() {
  const { id } = useParams();
  const numericId = Number(id);
  if (!Number.isInteger(numericId) || numericId <= 0) return <NotFound />;
  return <OfficerDetail key={numericId} id={numericId} />;
}
