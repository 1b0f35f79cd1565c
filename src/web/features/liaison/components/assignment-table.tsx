import { HistoryOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Space, Typography } from 'antd';
import type { z } from 'zod';
import type { coveredSubjectSchema } from '../../../../contracts/liaison';
import type { ListQueryResult } from '../../../components/list-page';
import { ListTable, type ListTableProps } from '../../../components/list-table';
import { subjectKey } from '../../../../domain/subjects';
import { AssignmentKindTag } from './assignment-kind-tag';
import { AssignmentOfficerTag, type CurrentOfficer } from './assignment-officer-tag';
import { AssignmentSubjectLink } from './assignment-subject-link';

export type CoveredSubject = z.infer<typeof coveredSubjectSchema>;

interface AssignmentTableProps {
  query: ListQueryResult<CoveredSubject>;
  params: { page: number; pageSize: number };
  onPageChange: (page: number, pageSize: number) => void;
  /** Selection for 分配联络员; omitted for readers. */
  selected?: ReadonlyMap<string, CoveredSubject>;
  onSelectedChange?: (selected: Map<string, CoveredSubject>) => void;
  onAssign?: (subject: CoveredSubject) => void;
  onEnd?: (subject: CoveredSubject, officer: CurrentOfficer) => void;
  onHistory: (subject: CoveredSubject) => void;
}

/** 主责 first, then 协助 by the date they started. */
function sortedOfficers(subject: CoveredSubject): CurrentOfficer[] {
  return [...subject.officers].sort(
    (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.startedOn.localeCompare(b.startedOn),
  );
}

function Officers({
  subject,
  onEnd,
}: {
  subject: CoveredSubject;
  onEnd?: (subject: CoveredSubject, officer: CurrentOfficer) => void;
}) {
  const officers = sortedOfficers(subject);
  const hasPrimary = officers.some((o) => o.isPrimary);
  return (
    <Flex gap={6} wrap align="center" style={{ maxWidth: 420 }}>
      {hasPrimary ? null : (
        <Typography.Text type="danger" style={{ fontSize: 13 }} data-testid="assignment-no-primary">
          无主责联络员
        </Typography.Text>
      )}
      {officers.map((o) => (
        <AssignmentOfficerTag
          key={o.assignmentId}
          officer={o}
          onEnd={onEnd ? () => onEnd(subject, o) : undefined}
        />
      ))}
    </Flex>
  );
}

/** Enterprises and projects with their current officers; rows can be chosen for 分配联络员. */
export function AssignmentTable(props: AssignmentTableProps) {
  const { query, params, onPageChange } = props;
  const { selected, onSelectedChange, onAssign, onEnd, onHistory } = props;

  const toggle = (subject: CoveredSubject, isChecked: boolean) => {
    if (!selected || !onSelectedChange) return;
    const next = new Map(selected);
    if (isChecked) next.set(subjectKey(subject), subject);
    else next.delete(subjectKey(subject));
    onSelectedChange(next);
  };

  const columns: ListTableProps<CoveredSubject>['columns'] = [
    {
      title: '企业 / 项目',
      key: 'name',
      render: (_, s) => <AssignmentSubjectLink kind={s.kind} id={s.id} name={s.name} />,
      onCell: () => ({ style: { whiteSpace: 'normal', minWidth: 200, maxWidth: 320 } }),
    },
    { title: '类型', key: 'kind', render: (_, s) => <AssignmentKindTag kind={s.kind} /> },
    {
      title: '信用代码 / 项目编号',
      dataIndex: 'code',
      key: 'code',
      render: (v: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text>,
    },
    { title: '所在区县', dataIndex: 'regionName', key: 'regionName' },
    {
      title: '联络员',
      key: 'officers',
      render: (_, s) => <Officers subject={s} onEnd={onEnd} />,
      onCell: () => ({ style: { whiteSpace: 'normal', minWidth: 220 } }),
    },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      render: (_, s) => (
        <Space size={12}>
          {onAssign ? <Typography.Link onClick={() => onAssign(s)}>分配</Typography.Link> : null}
          <Typography.Link onClick={() => onHistory(s)} data-testid="assignment-history-open">
            历史
          </Typography.Link>
        </Space>
      ),
    },
  ];

  return (
    <ListTable<CoveredSubject>
      testId="assignment-list"
      query={query}
      params={params}
      onPageChange={onPageChange}
      columns={columns}
      rowKey={subjectKey}
      emptyText="没有符合条件的企业或项目"
      unit="个企业和项目"
      rowSelection={
        selected && onSelectedChange
          ? {
              selectedRowKeys: [...selected.keys()],
              preserveSelectedRowKeys: true,
              onChange: (keys, rows) => {
                const next = new Map<string, CoveredSubject>();
                for (const key of keys as string[]) {
                  const row = rows.find((r) => r && subjectKey(r) === key) ?? selected.get(key);
                  if (row) next.set(key, row);
                }
                onSelectedChange(next);
              },
            }
          : undefined
      }
      renderCard={(s) => (
        <Card size="small" styles={{ body: { padding: '12px 14px', lineHeight: 1.7 } }}>
          <Flex gap={10} align="flex-start">
            {selected ? (
              <Checkbox
                checked={selected.has(subjectKey(s))}
                onChange={(e) => toggle(s, e.target.checked)}
                aria-label={`选择${s.name}`}
                style={{ marginTop: 2 }}
              />
            ) : null}
            <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Flex justify="space-between" gap={8} align="flex-start">
                <Typography.Text strong>
                  <AssignmentSubjectLink kind={s.kind} id={s.id} name={s.name} />
                </Typography.Text>
                <AssignmentKindTag kind={s.kind} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {s.regionName} · {s.code}
              </Typography.Text>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Officers subject={s} onEnd={onEnd} />
                <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
                  <Button size="small" icon={<HistoryOutlined />} onClick={() => onHistory(s)}>
                    历史
                  </Button>
                  {onAssign ? (
                    <Button size="small" icon={<UserAddOutlined />} onClick={() => onAssign(s)}>
                      分配
                    </Button>
                  ) : null}
                </Flex>
              </Flex>
            </Flex>
          </Flex>
        </Card>
      )}
    />
  );
}
