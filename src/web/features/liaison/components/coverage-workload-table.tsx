import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { officerWorkloadSchema } from '../../../../contracts/liaison';
import { useIsMobile } from '../../../lib/use-is-mobile';

type Workload = z.infer<typeof officerWorkloadSchema>;
type CountKey = Exclude<keyof Workload, 'id' | 'name' | 'unitName' | 'regionName'>;

function countColumn(
  title: string,
  key: CountKey,
  options: { color?: string; hint?: string } = {},
): TableColumnsType<Workload>[number] {
  return {
    title: options.hint ? <span title={options.hint}>{title}</span> : title,
    dataIndex: key,
    key,
    align: 'right',
    sorter: (a, b) => a[key] - b[key],
    render: (v: number) =>
      v > 0 && options.color ? (
        <span style={{ color: options.color, fontWeight: 600 }}>{v}</span>
      ) : v === 0 ? (
        <Typography.Text type="secondary">0</Typography.Text>
      ) : (
        v
      ),
  };
}

/** 联络员工作量: subjects, this week's visits, open problems and overdue subjects per officer; every column sorts. */
export function CoverageWorkloadTable({ items }: { items: Workload[] }) {
  const isMobile = useIsMobile();
  // A phone keeps the officer with unit and region in one cell and the four figures that matter most.
  const phoneColumns: TableColumnsType<Workload> = [
    {
      title: '联络员',
      key: 'name',
      render: (_, o) => (
        <div style={{ lineHeight: 1.4 }}>
          <Link to={`/liaison/officers/${o.id}`}>{o.name}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {o.unitName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '主责/共',
      key: 'subjects',
      align: 'right',
      sorter: (a, b) => a.primarySubjects - b.primarySubjects || a.subjects - b.subjects,
      render: (_, o) => `${o.primarySubjects}/${o.subjects}`,
    },
    { ...countColumn('本周', 'visitsThisWeek'), title: '本周' },
    { ...countColumn('逾期', 'overdueSubjects', { color: '#cf1322' }), title: '逾期' },
  ];
  const columns: TableColumnsType<Workload> = isMobile
    ? phoneColumns
    : [
        {
          title: '联络员',
          key: 'name',
          fixed: 'left',
          sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
          render: (_, o) => <Link to={`/liaison/officers/${o.id}`}>{o.name}</Link>,
        },
        { title: '派出单位', dataIndex: 'unitName', key: 'unitName' },
        {
          title: '工作区域',
          dataIndex: 'regionName',
          key: 'regionName',
          sorter: (a, b) => a.regionName.localeCompare(b.regionName, 'zh-CN'),
        },
        countColumn('联系对象', 'subjects'),
        countColumn('其中主责', 'primarySubjects'),
        countColumn('本周联系', 'visitsThisWeek', { hint: '本周一以来的走访记录，各种方式都计入' }),
        countColumn('本周实地', 'onSiteThisWeek'),
        countColumn('未办结问题', 'openProblems', { color: '#d46b08', hint: '所联系企业和项目的未办结问题' }),
        countColumn('逾期未联系', 'overdueSubjects', { color: '#cf1322', hint: '主责对象中逾期未联系的' }),
      ];
  return (
    <Table<Workload>
      data-testid="coverage-workload"
      className={isMobile ? undefined : 'nowrap-table'}
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      pagination={{
        pageSize: 20,
        showSizeChanger: false,
        hideOnSinglePage: true,
        size: 'small',
        showTotal: (n) => `共 ${n} 名联络员`,
      }}
      scroll={isMobile ? undefined : { x: 'max-content' }}
      showSorterTooltip={{ target: 'sorter-icon' }}
      locale={{ emptyText: '没有在岗联络员' }}
    />
  );
}
