import { Flex, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Coverage } from '../../../../contracts/liaison';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { AssignmentKindTag } from './assignment-kind-tag';
import { AssignmentSubjectLink } from './assignment-subject-link';
import { CoverageSubjectCards } from './coverage-subject-cards';
import { subjectKey } from '../../../../domain/subjects';

type UncoveredSubject = Coverage['uncovered'][number];

const keyOf = (s: UncoveredSubject) => subjectKey(s);

/** 未覆盖对象: subjects without an officer on duty as 主责, each with a way to assign one. */
export function CoverageUncoveredTable({
  items,
  canAssign,
}: {
  items: UncoveredSubject[];
  canAssign: boolean;
}) {
  const isMobile = useIsMobile();
  const assignLink = (s: UncoveredSubject) => (
    <Link
      to={`/liaison/assignments?coverage=uncovered&region=${s.regionCode}&q=${encodeURIComponent(s.name)}`}
    >
      去分配
    </Link>
  );
  if (isMobile) {
    return (
      <CoverageSubjectCards
        items={items}
        emptyText="所有对象都有主责联络员"
        meta={(s) => (
          <Flex justify="space-between">
            <span>{s.regionName}</span>
            {canAssign ? assignLink(s) : null}
          </Flex>
        )}
      />
    );
  }
  const columns: TableColumnsType<UncoveredSubject> = [
    {
      title: '企业 / 项目',
      key: 'name',
      render: (_, s) => <AssignmentSubjectLink kind={s.kind} id={s.id} name={s.name} />,
    },
    { title: '类型', key: 'kind', render: (_, s) => <AssignmentKindTag kind={s.kind} /> },
    {
      title: '所在区县',
      dataIndex: 'regionName',
      key: 'regionName',
      sorter: (a, b) => a.regionCode.localeCompare(b.regionCode),
    },
    ...(canAssign
      ? ([
          { title: '操作', key: 'actions', render: (_, s) => assignLink(s) },
        ] satisfies TableColumnsType<UncoveredSubject>)
      : []),
  ];
  return (
    <Table<UncoveredSubject>
      data-testid="coverage-uncovered"
      className="nowrap-table"
      size="small"
      rowKey={keyOf}
      columns={columns}
      dataSource={items}
      pagination={{
        pageSize: 10,
        showSizeChanger: false,
        hideOnSinglePage: true,
        size: 'small',
        showTotal: (n) => `共 ${n} 个`,
      }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '所有对象都有主责联络员' }}
    />
  );
}
