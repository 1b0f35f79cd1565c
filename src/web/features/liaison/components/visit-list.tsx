import { CameraOutlined, ExclamationCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Visit } from '../../../../contracts/liaison';
import { preventionItems } from '../../../../domain/liaison';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { cityTimeZone, formatDateTime } from '../../../lib/format';
import { formatDay } from '../lib/visit-labels';
import { VisitModeTag } from './visit-mode-tag';

interface VisitListProps {
  query: ListQueryResult<Visit>;
  params: { page: number; pageSize: number };
  emptyText: string;
  /** Officers see only their own visits: no officer column. */
  showOfficer: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

function preventionCount(visit: Visit): number {
  return preventionItems.filter((i) => visit.prevention[i]).length;
}

function PreventionTag({ visit }: { visit: Visit }) {
  const count = preventionCount(visit);
  const isComplete = count === preventionItems.length;
  return (
    <Tag
      color={isComplete ? 'success' : 'warning'}
      icon={isComplete ? <SafetyCertificateOutlined /> : <ExclamationCircleOutlined />}
      style={{ marginInlineEnd: 0 }}
      title={isComplete ? '防疫五项均已落实' : `防疫五项有 ${preventionItems.length - count} 项未落实`}
    >
      防疫 {count}/{preventionItems.length}
    </Tag>
  );
}

/** Visits as a table on a desktop, as a column of cards on a phone; a row opens the visit. */
export function VisitList(props: VisitListProps) {
  const { query, params, emptyText, showOfficer, onPageChange } = props;
  const navigate = useNavigate();

  const columns: ListTableProps<Visit>['columns'] = [
    { title: '走访日期', key: 'visitDate', render: (_, v) => v.visitDate },
    {
      title: '企业 / 项目',
      key: 'subject',
      className: 'visit-wrap',
      render: (_, v) => <Link to={`/liaison/visits/${v.id}`}>{v.subjectName}</Link>,
    },
    { title: '区县', dataIndex: 'regionName', key: 'regionName' },
    ...(showOfficer ? [{ title: '联络员', dataIndex: 'officerName', key: 'officerName' }] : []),
    { title: '方式', key: 'mode', render: (_, v) => <VisitModeTag mode={v.mode} /> },
    { title: '接待人员', dataIndex: 'peopleMet', key: 'peopleMet', className: 'visit-wrap' },
    { title: '防疫五项', key: 'prevention', render: (_, v) => <PreventionTag visit={v} /> },
    {
      title: '照片',
      key: 'photoCount',
      align: 'right',
      render: (_, v) => (v.photoCount ? v.photoCount : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: '提出问题',
      key: 'problemCount',
      align: 'right',
      render: (_, v) =>
        v.problemCount ? v.problemCount : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '记录时间',
      key: 'createdAt',
      render: (_, v) => (
        <span title={formatDateTime(v.createdAt)}>
          {dayjs(v.createdAt).tz(cityTimeZone).format('M月D日 HH:mm')}
        </span>
      ),
    },
  ];

  return (
    <ListTable<Visit>
      className="visit-table"
      query={query}
      params={params}
      onPageChange={onPageChange}
      columns={columns}
      rowKey={(v) => v.id}
      emptyText={emptyText}
      unit="次走访"
      pageSizeOptions={[10, 20, 50, 100]}
      onRow={(v) =>
        ({
          'data-testid': 'visit-row',
          style: { cursor: 'pointer' },
          onClick: (e) => {
            if ((e.target as HTMLElement).closest('a')) return;
            navigate(`/liaison/visits/${v.id}`);
          },
        }) as HTMLAttributes<HTMLElement>
      }
      renderCard={(v) => (
        <Card
          size="small"
          hoverable
          className="visit-card"
          data-testid="visit-row"
          onClick={() => navigate(`/liaison/visits/${v.id}`)}
        >
          <Flex vertical gap={2}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="secondary">{formatDay(v.visitDate)}</Typography.Text>
              <VisitModeTag mode={v.mode} />
            </Flex>
            <Link
              to={`/liaison/visits/${v.id}`}
              className="visit-card-title"
              onClick={(e) => e.stopPropagation()}
            >
              {v.subjectName}
            </Link>
            <span className="visit-card-meta">
              {v.regionName}
              {showOfficer ? ` · 联络员 ${v.officerName}` : ''} · 接待 {v.peopleMet}
            </span>
            <Flex gap={6} wrap align="center" style={{ marginTop: 2 }}>
              <PreventionTag visit={v} />
              {v.photoCount > 0 ? (
                <Tag icon={<CameraOutlined />} style={{ marginInlineEnd: 0 }}>
                  {v.photoCount} 张
                </Tag>
              ) : null}
              {v.problemCount > 0 ? (
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  提出问题 {v.problemCount} 个
                </Tag>
              ) : null}
            </Flex>
          </Flex>
        </Card>
      )}
    />
  );
}
