import { CheckCircleFilled, CloseCircleFilled, LeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, Image, Result, Row, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import type { VisitDetail } from '../../../../contracts/liaison';
import { caseStates, type CaseState } from '../../../../domain/cases/workflow';
import { preventionItems, preventionLabels } from '../../../../domain/liaison';
import { CaseStateTag } from '../../../components/case-state-tag';
import { QueryError } from '../../../components/query-error';
import { ApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useVisit } from '../api/visits';
import { VisitModeTag } from '../components/visit-mode-tag';
import { formatLongDay } from '../lib/visit-labels';
import '../components/visit-screens.css';

const isCaseState = (state: string): state is CaseState => caseStates.includes(state as CaseState);

function Prevention({ visit }: { visit: VisitDetail }) {
  const done = preventionItems.filter((i) => visit.prevention[i]).length;
  return (
    <Card variant="borderless" title={`防疫五项检查（已落实 ${done} / ${preventionItems.length} 项）`}>
      <div className="visit-prevention-list" data-testid="visit-detail-prevention">
        {preventionItems.map((item) => {
          const isDone = visit.prevention[item];
          return (
            <div
              key={item}
              className={`visit-prevention-item${isDone ? '' : ' is-missing'}`}
              data-item={item}
              data-done={isDone ? 'true' : 'false'}
            >
              {isDone ? <CheckCircleFilled aria-label="已落实" /> : <CloseCircleFilled aria-label="未落实" />}
              <span>{preventionLabels[item]}</span>
              <span className="visit-prevention-state">{isDone ? '已落实' : '未落实'}</span>
            </div>
          );
        })}
      </div>
    </Card>
  );
}

function Photos({ visit }: { visit: VisitDetail }) {
  return (
    <Card variant="borderless" title={`现场照片（${visit.photos.length}）`}>
      {visit.photos.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这次走访没有上传照片" />
      ) : (
        <Image.PreviewGroup>
          <div className="visit-photos" data-testid="visit-detail-photos">
            {visit.photos.map((photo) => (
              <Image
                key={photo.id}
                src={photo.thumbUrl}
                alt={photo.fileName}
                preview={{ src: photo.url }}
                data-testid="visit-detail-photo"
              />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}

function Problems({ visit }: { visit: VisitDetail }) {
  return (
    <Card variant="borderless" title={`现场提出的问题（${visit.problems.length}）`}>
      {visit.problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这次走访没有提出问题" />
      ) : (
        visit.problems.map((p) => (
          <Link
            key={p.caseId}
            to={`/cases/${p.caseId}`}
            className="my-problem"
            data-testid="visit-detail-problem"
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="secondary" className="visit-number">
                {p.number}
              </Typography.Text>
              {isCaseState(p.state) ? <CaseStateTag state={p.state} /> : null}
            </Flex>
            <span className="my-problem-title">{p.title}</span>
          </Link>
        ))
      )}
    </Card>
  );
}

/** One visit: who went where and how, the five prevention checks, the photos and the problems raised. */
export function VisitDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch, isLoading } = useVisit(Number(id));

  const back = (
    <Button
      type="link"
      icon={<LeftOutlined />}
      style={{ paddingInline: 0 }}
      onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/liaison/visits'))}
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
            title="走访记录不存在或无权查看"
            extra={<Button onClick={() => navigate('/liaison/visits')}>返回走访记录</Button>}
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

  const items = [
    { key: 'date', label: '走访日期', children: formatLongDay(data.visitDate) },
    { key: 'mode', label: '走访方式', children: <VisitModeTag mode={data.mode} /> },
    { key: 'officer', label: '联络员', children: data.officerName },
    { key: 'people', label: '接待人员', children: data.peopleMet },
    { key: 'region', label: '区县', children: data.regionName },
    { key: 'createdAt', label: '记录时间', children: formatDateTime(data.createdAt) },
  ];

  return (
    <div className="page-container visit-detail" data-testid="visit-detail">
      {back}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card variant="borderless">
              <Flex vertical gap={12}>
                <Flex vertical gap={4}>
                  <Typography.Text type="secondary">
                    {data.subjectKind === 'enterprise' ? '企业' : '重点项目'}
                  </Typography.Text>
                  <Typography.Title level={4} style={{ margin: 0 }} data-testid="visit-detail-subject">
                    {data.subjectName}
                  </Typography.Title>
                </Flex>
                <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
              </Flex>
            </Card>
            <Prevention visit={data} />
            <Card variant="borderless" title="走访情况">
              {data.observations ? (
                <Typography.Paragraph className="visit-text" style={{ marginBottom: 0 }}>
                  {data.observations}
                </Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">未填写</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Photos visit={data} />
            <Problems visit={data} />
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
