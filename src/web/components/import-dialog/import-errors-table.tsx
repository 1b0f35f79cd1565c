import { Table, Typography, type TableProps } from 'antd';
import { useMemo } from 'react';
import type { ImportRowError } from '../../../contracts/registry';
import { useIsMobile } from '../../lib/use-is-mobile';

const columns: TableProps<ImportRowError>['columns'] = [
  { title: '行号', dataIndex: 'row', width: 72, align: 'right' },
  { title: '列', dataIndex: 'column', width: 140 },
  {
    title: '内容',
    dataIndex: 'value',
    width: 180,
    ellipsis: true,
    render: (v: string) => (v === '' ? <span style={{ color: '#bfbfbf' }}>（空）</span> : v),
  },
  { title: '问题', dataIndex: 'message' },
];

// On a phone the column, content and problem stack in one cell so that nothing scrolls sideways.
const phoneColumns: TableProps<ImportRowError>['columns'] = [
  { title: '行号', dataIndex: 'row', width: 52, align: 'right' },
  {
    title: '问题',
    key: 'problem',
    render: (_, e) => (
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
          {e.column}：{e.value === '' ? '（空）' : e.value}
        </Typography.Text>
        <div>{e.message}</div>
      </div>
    ),
  },
];

/** The rows an import refused, by the sheet's own row numbers. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const isMobile = useIsMobile();
  const keyed = useMemo(() => errors.map((e, index) => ({ ...e, key: index })), [errors]);
  return (
    <Table<ImportRowError>
      data-testid="import-errors-table"
      columns={isMobile ? phoneColumns : columns}
      dataSource={keyed}
      size="small"
      scroll={isMobile ? undefined : { x: 560 }}
      pagination={{
        pageSize: 10,
        showSizeChanger: false,
        hideOnSinglePage: true,
        simple: isMobile,
        showTotal: isMobile ? undefined : (n) => `共 ${n} 条`,
      }}
    />
  );
}
