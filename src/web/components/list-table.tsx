import './list-page.css';
import { Empty, Flex, Pagination, Spin, Table, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { Key, ReactNode } from 'react';
import { useIsMobile } from '../lib/use-is-mobile';
import type { ListQueryResult } from './list-page';

type SortDirection = 'asc' | 'desc';

export interface ListTableProps<T> {
  query: Pick<ListQueryResult<T>, 'data' | 'isLoading' | 'isFetching'>;
  /** The list's page and sort, as useListParams keeps them in the address. */
  params: { page: number; pageSize: number; sort?: string; order?: SortDirection };
  onPageChange: (page: number, pageSize: number) => void;
  /** Columns with `sorter: true` sort on the server by their `key`. */
  onSortChange?: (sort: never, order: SortDirection | undefined) => void;
  columns: NonNullable<TableProps<T>['columns']>;
  rowKey: (item: T) => Key;
  emptyText: string;
  /** 家企业, 件, 条: `共 12 家企业`. */
  unit?: string;
  /** On a phone each record becomes this card (a Card), instead of a table row. */
  renderCard?: (item: T) => ReactNode;
  testId?: string;
  className?: string;
  rowSelection?: TableProps<T>['rowSelection'];
  onRow?: TableProps<T>['onRow'];
  pageSizeOptions?: number[];
}

function toSortOrder(
  column: Key | undefined,
  sort: string | undefined,
  order: SortDirection | undefined,
): SortOrder {
  if (column === undefined || sort !== column || !order) return null;
  return order === 'asc' ? 'ascend' : 'descend';
}

function toDirection(order: SortOrder | undefined): SortDirection | undefined {
  return order === 'ascend' ? 'asc' : order === 'descend' ? 'desc' : undefined;
}

/**
 * A server-paged list: an Ant Design table bound to the address's page and sort, scrolling sideways
 * rather than cutting columns off when it is wider than the screen, and a column of cards on a phone.
 */
export function ListTable<T extends object>(props: ListTableProps<T>) {
  const { query, params, onPageChange, onSortChange, columns, rowKey, emptyText, unit = '条' } = props;
  const isMobile = useIsMobile();
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  const isLoading = query.isLoading || query.isFetching;
  const empty = <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  if (isMobile && props.renderCard) {
    const renderCard = props.renderCard;
    return (
      <Spin spinning={isLoading}>
        <Flex vertical gap={8} data-testid={props.testId}>
          {items.length === 0 && !isLoading ? empty : null}
          {items.map((item) => (
            <div key={rowKey(item)}>{renderCard(item)}</div>
          ))}
          {total > params.pageSize ? (
            <Flex justify="center" style={{ marginTop: 8 }}>
              <Pagination
                simple
                current={params.page}
                pageSize={params.pageSize}
                total={total}
                onChange={onPageChange}
              />
            </Flex>
          ) : null}
          {total > 0 ? (
            <div className="list-total">
              共 {total} {unit}
            </div>
          ) : null}
        </Flex>
      </Spin>
    );
  }

  const bound = columns.map((column) =>
    column.sorter === true
      ? {
          ...column,
          sortOrder: toSortOrder(column.key, params.sort, params.order),
          sortDirections: ['ascend', 'descend'] as SortOrder[],
        }
      : column,
  );

  return (
    <div data-testid={props.testId}>
      <Table<T>
        rowKey={rowKey}
        className={props.className ?? 'nowrap-table'}
        columns={bound}
        dataSource={items}
        loading={isLoading}
        size="middle"
        scroll={{ x: 'max-content' }}
        showSorterTooltip={false}
        rowSelection={props.rowSelection}
        onRow={props.onRow}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort' || Array.isArray(sorter) || !onSortChange) return;
          const order = toDirection(sorter.order);
          onSortChange((order ? sorter.columnKey : undefined) as never, order);
        }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total,
          // A phone without cards keeps the table (scrolling sideways) and a one-line pager.
          showSizeChanger: !isMobile,
          simple: isMobile,
          pageSizeOptions: props.pageSizeOptions ?? [20, 50, 100, 200],
          showTotal: (n) => `共 ${n} ${unit}`,
          onChange: onPageChange,
        }}
        locale={{ emptyText: empty }}
      />
    </div>
  );
}
