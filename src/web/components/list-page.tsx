import { Card } from 'antd';
import type { ReactNode } from 'react';
import { PageContainer } from './page-container';
import { QueryError } from './query-error';

/** What a list page needs to know of its query (a TanStack `useQuery` result fits). */
export interface ListQueryResult<T> {
  data?: { items: T[]; total: number };
  isLoading: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface ListPageProps {
  title: ReactNode;
  description?: ReactNode;
  /** The toolbar: create, import, export (see ListToolbar), each shown only to those who may. */
  toolbar?: ReactNode;
  testId?: string;
  /** The filter bar above the list. */
  filters?: ReactNode;
  /** Between the filters and the list: a selection bar, a link's filter tags. */
  above?: ReactNode;
  query: Pick<ListQueryResult<unknown>, 'data' | 'error' | 'refetch'>;
  /** The list itself, usually a ListTable; replaced by the error state when the query failed. */
  children: ReactNode;
  /** Beside the list: drawers and dialogs the toolbar opens. */
  dialogs?: ReactNode;
}

/**
 * The frame every list page shares: title and toolbar, a card with the filters and the list, and the
 * error state with 重新加载 when nothing could be loaded (a failed refresh keeps showing the last page).
 */
export function ListPage(props: ListPageProps) {
  const { title, description, toolbar, testId, filters, above, query, children, dialogs } = props;
  return (
    <PageContainer title={title} description={description} testId={testId} extra={toolbar}>
      <Card variant="borderless">
        {filters}
        {above}
        {query.error && !query.data ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          children
        )}
      </Card>
      {dialogs}
    </PageContainer>
  );
}
