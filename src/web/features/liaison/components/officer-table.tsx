import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Officer } from '../../../../contracts/liaison';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { formatActivePeriod } from '../lib/officer-labels';
import { OfficerMobile } from './officer-mobile';
import { OfficerStatusTag } from './officer-status-tag';

interface OfficerTableProps {
  query: ListQueryResult<Officer>;
  params: { page: number; pageSize: number };
  onPageChange: (page: number, pageSize: number) => void;
  /** Omitted when the user may not edit the roster. */
  onEdit?: (officer: Officer) => void;
  /** Whether this officer is the user's to edit (a county only views the city's officers). */
  canEdit?: (officer: Officer) => boolean;
}

function SubjectCounts({ officer }: { officer: Officer }) {
  if (officer.subjects === 0) return <Typography.Text type="secondary">暂无</Typography.Text>;
  return (
    <span>
      主责 <strong>{officer.primarySubjects}</strong>
      <Typography.Text type="secondary"> / 共 {officer.subjects}</Typography.Text>
    </span>
  );
}

/** The roster as a table on a desktop and as cards on a phone. */
export function OfficerTable(props: OfficerTableProps) {
  const { query, params, onPageChange, onEdit, canEdit = () => true } = props;
  const location = useLocation();
  // The detail page's back link returns to this very list (filters and page).
  const linkState = { from: location.pathname + location.search };
  const detailLink = (o: Officer, text: string = o.name) => (
    <Link to={`/liaison/officers/${o.id}`} state={linkState}>
      {text}
    </Link>
  );

  const columns: ListTableProps<Officer>['columns'] = [
    { title: '姓名', key: 'name', fixed: 'left', render: (_, o) => detailLink(o) },
    { title: '派出单位', dataIndex: 'unitName', key: 'unitName' },
    { title: '职务', dataIndex: 'post', key: 'post', render: (v: string) => v || '—' },
    {
      title: '手机号',
      key: 'mobile',
      render: (_, o) => <OfficerMobile officerId={o.id} mobile={o.mobile} />,
    },
    { title: '工作区域', dataIndex: 'regionName', key: 'regionName' },
    {
      title: '在岗期间',
      key: 'period',
      render: (_, o) => (
        <Space size={6}>
          <OfficerStatusTag isActive={o.isActive} />
          <span>{formatActivePeriod(o.activeFrom, o.activeTo)}</span>
        </Space>
      ),
    },
    { title: '联系对象', key: 'subjects', render: (_, o) => <SubjectCounts officer={o} /> },
    {
      title: '操作',
      key: 'actions',
      render: (_, o) => (
        <Space size={12}>
          {detailLink(o, '详情')}
          {onEdit && canEdit(o) ? (
            <Typography.Link onClick={() => onEdit(o)} data-testid={`officer-edit-${o.id}`}>
              编辑
            </Typography.Link>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <ListTable<Officer>
      testId="officer-list"
      query={query}
      params={params}
      onPageChange={onPageChange}
      columns={columns}
      rowKey={(o) => o.id}
      emptyText="没有符合条件的联络员"
      unit="名联络员"
      renderCard={(o) => (
        <Card size="small" styles={{ body: { padding: '12px 14px', lineHeight: 1.7 } }}>
          <Flex vertical gap={2}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {detailLink(o)}
              </Typography.Text>
              <OfficerStatusTag isActive={o.isActive} />
            </Flex>
            <span>
              {o.unitName}
              {o.post ? <Typography.Text type="secondary"> · {o.post}</Typography.Text> : null}
            </span>
            <OfficerMobile officerId={o.id} mobile={o.mobile} />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {o.regionName} · {formatActivePeriod(o.activeFrom, o.activeTo)}
            </Typography.Text>
            <Flex justify="space-between" align="center">
              <span>
                联系对象 <SubjectCounts officer={o} />
              </span>
              {onEdit && canEdit(o) ? (
                <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(o)}>
                  编辑
                </Button>
              ) : null}
            </Flex>
          </Flex>
        </Card>
      )}
    />
  );
}
