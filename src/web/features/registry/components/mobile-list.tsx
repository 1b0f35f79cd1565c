import { Card, Empty, Flex, Pagination, Spin } from 'antd';
import type { ReactNode } from 'react';

interface MobileListProps<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  emptyText: string;
  rowKey: (item: T) => number | string;
  renderItem: (item: T) => ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
}

/** On a phone a wide table becomes a column of cards, one per record. */
export function MobileList<T>(props: MobileListProps<T>) {
  const { items, total, page, pageSize, isLoading, emptyText, rowKey, renderItem, onPageChange } = props;
  return (
    <Spin spinning={isLoading}>
      <Flex vertical gap={8}>
        {items.length === 0 && !isLoading ? <Empty description={emptyText} /> : null}
        {items.map((item) => (
          <Card key={rowKey(item)} size="small" className="registry-card">
            {renderItem(item)}
          </Card>
        ))}
        {total > pageSize ? (
          <Flex justify="center" style={{ marginTop: 8 }}>
            <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPageChange} />
          </Flex>
        ) : null}
        {total > 0 ? <div className="registry-card-total">共 {total} 条</div> : null}
      </Flex>
    </Spin>
  );
}
