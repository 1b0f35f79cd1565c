import { LeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Rate,
  Result,
  Row,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { CaseDetail } from '../../../../contracts/cases';
import { casePriorityLabels } from '../../../../domain/cases/workflow';
import { CaseStateTag } from '../../../components/case-state-tag';
import { LightTag, formatDeadline } from '../../../components/light-tag';
import { QueryError } from '../../../components/query-error';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useCase } from '../api/cases';
import { actionLabel, type FormAction } from '../components/actions/action-forms';
import { CaseActionModal } from '../components/case-action-modal';
import { CaseDepartments } from '../components/case-departments';
import { CaseTimeline } from '../components/case-timeline';
import { closingOf } from '../lib/case-outcome';
import '../cases.css';

/** The order buttons appear in: the step that moves the case forward first, comments last. */
const actionOrder: FormAction[] = [
  'assign',
  'accept',
  'resolve',
  'verify',
  'recheck',
  'confirm',
  'complete-part',
  'decide-extension',
  'feedback',
  'progress',
  'interim-measure',
  'request-extension',
  'reopen',
  'return',
  'close-as',
  'comment',
];
const primaryActions: FormAction[] = [
  'assign',
  'accept',
  'resolve',
  'verify',
  'recheck',
  'confirm',
  'complete-part',
  'decide-extension',
];
const dangerActions: FormAction[] = ['return', 'close-as'];

/** Only what the server allows this user now (allowedActions): the page never offers an action by itself. */
function ActionBar({ detail, onAct }: { detail: CaseDetail; onAct: (action: FormAction) => void }) {
  const allowed: readonly string[] = detail.allowedActions;
  const actions = actionOrder.filter((a) => allowed.includes(a));
  if (actions.length === 0) return null;
  return (
    <div className="case-actions" data-testid="case-actions">
      {actions.map((action) => (
        <Button
          key={action}
          type={primaryActions.includes(action) ? 'primary' : 'default'}
          danger={dangerActions.includes(action)}
          onClick={() => onAct(action)}
          data-testid={`case-action-${action}`}
        >
          {actionLabel(action)}
        </Button>
      ))}
    </div>
  );
}

function Lights({ detail }: { detail: CaseDetail }) {
  const lights = [
    detail.acceptLight ? (
      <LightTag
        key="accept"
        light={detail.acceptLight}
        stage="签收"
        deadline={detail.acceptDeadline}
        testId="case-accept-light"
      />
    ) : null,
    detail.resolveLight ? (
      <LightTag
        key="resolve"
        light={detail.resolveLight}
        stage="办结"
        deadline={detail.resolveDeadline}
        testId="case-resolve-light"
      />
    ) : null,
  ].filter(Boolean);
  return lights.length ? <div className="case-detail-lights">{lights}</div> : null;
}

function Summary({ detail, onAct }: { detail: CaseDetail; onAct: (action: FormAction) => void }) {
  const closing = closingOf(detail);
  const items = [
    { key: 'requester', label: '提出人', children: detail.requesterName },
    { key: 'source', label: '来源', children: detail.sourceLabel },
    {
      key: 'subject',
      label: detail.projectId ? '项目' : '企业',
      children: detail.subjectName ?? '不涉及具体企业',
    },
    { key: 'region', label: '区县', children: detail.regionName },
    { key: 'category', label: '类别', children: detail.category },
    { key: 'createdAt', label: '提出时间', children: formatDateTime(detail.createdAt) },
    { key: 'lead', label: '牵头单位', children: detail.leadDepartmentName ?? '待交办' },
    ...(detail.acceptDeadline
      ? [{ key: 'acceptDeadline', label: '签收期限', children: formatDeadline(detail.acceptDeadline) }]
      : []),
    ...(detail.resolveDeadline
      ? [{ key: 'resolveDeadline', label: '办结期限', children: formatDeadline(detail.resolveDeadline) }]
      : []),
    ...(detail.resolvedAt
      ? [{ key: 'resolvedAt', label: '办结时间', children: formatDateTime(detail.resolvedAt) }]
      : []),
    ...(detail.closedAt
      ? [{ key: 'closedAt', label: '销号时间', children: formatDateTime(detail.closedAt) }]
      : []),
    ...(detail.rating
      ? [
          {
            key: 'rating',
            label: '评价',
            children: (
              <Flex gap={8} align="center" wrap>
                <Rate disabled value={detail.rating} style={{ fontSize: 14 }} />
                {detail.satisfied !== null ? (
                  <Typography.Text type="secondary">{detail.satisfied ? '满意' : '不满意'}</Typography.Text>
                ) : null}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card variant="borderless">
      <Flex vertical gap={12}>
        <Flex vertical gap={4}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary" className="case-number" copyable={{ text: detail.number }}>
              <span data-testid="case-number">{detail.number}</span>
            </Typography.Text>
            <CaseStateTag state={detail.state} testId="case-state" />
            {detail.priority === 'urgent' ? <Tag color="red">{casePriorityLabels.urgent}</Tag> : null}
            <Tag>{detail.category}</Tag>
          </Flex>
          <Typography.Title level={4} className="case-detail-title" data-testid="case-title-text">
            {detail.title}
          </Typography.Title>
          <Lights detail={detail} />
        </Flex>
        {detail.pendingExtension ? (
          <Alert
            type="warning"
            showIcon
            title={`${detail.pendingExtension.requestedBy}申请延期至 ${dayjs(detail.pendingExtension.until).format('M月D日')}，待调度员审批`}
            description={`理由：${detail.pendingExtension.reason}`}
          />
        ) : null}
        {closing ? (
          <Alert
            type={closing.resolved ? 'success' : 'info'}
            showIcon
            title={closing.text}
            data-testid="case-closing"
          />
        ) : null}
        <ActionBar detail={detail} onAct={onAct} />
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />
      </Flex>
    </Card>
  );
}

/** One case: who raised it, where it stands, who handles which part, what happened, and what you may do. */
export function CaseDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const caseId = Number(id);
  const { data, error, refetch, isLoading } = useCase(caseId);
  const [action, setAction] = useState<FormAction | null>(null);

  const back = (
    <Button
      type="link"
      icon={<LeftOutlined />}
      style={{ paddingInline: 0 }}
      onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/cases/inbox'))}
    >
      返回
    </Button>
  );

  if (error && !data) {
    const isMissing = error instanceof ApiError && (error.status === 404 || error.status === 400);
    return (
      <Card variant="borderless">
        {isMissing ? (
          <Result
            status="404"
            title="事项不存在或无权查看"
            extra={<Button onClick={() => navigate('/cases/inbox')}>返回待办</Button>}
          />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </Card>
    );
  }
  if (isLoading || !data) {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  return (
    <div className="page-container" data-testid="case-detail">
      {back}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Summary detail={data} onAct={setAction} />
            <Card variant="borderless" title="问题描述">
              <Typography.Paragraph className="case-description" style={{ marginBottom: 0 }}>
                {data.description}
              </Typography.Paragraph>
            </Card>
            {data.resolution ? (
              <Card variant="borderless" title="办理结果">
                <Typography.Paragraph
                  className="case-description"
                  style={{ marginBottom: 0 }}
                  data-testid="case-resolution-text"
                >
                  {data.resolution}
                </Typography.Paragraph>
              </Card>
            ) : null}
            <Card variant="borderless" title="承办单位">
              <CaseDepartments detail={data} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Card variant="borderless" title="办理过程">
            <CaseTimeline events={data.events} />
          </Card>
        </Col>
      </Row>
      {action ? (
        <CaseActionModal
          key={action}
          action={action}
          detail={data}
          onClose={() => setAction(null)}
          onStale={() => void refetch()}
        />
      ) : null}
    </div>
  );
}
