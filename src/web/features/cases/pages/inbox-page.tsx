import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Input, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { useCan, useCurrentUser } from '../../../lib/session';
import { useCaseList, type CaseBox } from '../api/cases';
import { CaseList } from '../components/case-list';
import { todoLabelFor } from '../lib/labels';
import '../cases.css';

const boxes: CaseBox[] = ['todo', 'mine', 'all'];
const isBox = (value: string | null): value is CaseBox => boxes.includes(value as CaseBox);

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The count on a tab: how many cases the box holds, whatever the search. */
function useBoxCount(box: CaseBox): number | undefined {
  return useCaseList({ box, page: 1, pageSize: 1 }).data?.total;
}

interface InboxPageProps {
  /** 待办 opens on 待我处理; an enterprise's 我的问题 on all its company's problems. */
  defaultBox?: CaseBox;
}

/**
 * 待办 for officials (their to-do box first), 我的问题 for an enterprise's or project's own user (every
 * problem of the company, whoever raised it, with state and who handles it). The tab, search and page live
 * in the address.
 */
export function InboxPage({ defaultBox = 'todo' }: InboxPageProps) {
  const user = useCurrentUser();
  const canCreate = useCan('cases.create');
  const [searchParams, setSearchParams] = useSearchParams();
  const boxParam = searchParams.get('box');
  const box: CaseBox = isBox(boxParam) ? boxParam : defaultBox;
  const q = searchParams.get('q') || undefined;
  const page = positive(searchParams.get('page'), 1);
  const pageSize = Math.min(positive(searchParams.get('pageSize'), 20), 200);
  const { data, isLoading, isFetching, error, refetch } = useCaseList({ box, q, page, pageSize });
  const counts: Record<CaseBox, number | undefined> = {
    todo: useBoxCount('todo'),
    mine: useBoxCount('mine'),
    all: useBoxCount('all'),
  };

  const write = (next: { box?: CaseBox; q?: string; page?: number; pageSize?: number }) => {
    const merged = { box, q, page, pageSize, ...next };
    const out = new URLSearchParams();
    if (merged.box !== defaultBox) out.set('box', merged.box);
    if (merged.q) out.set('q', merged.q);
    if (merged.page && merged.page !== 1) out.set('page', String(merged.page));
    if (merged.pageSize && merged.pageSize !== 20) out.set('pageSize', String(merged.pageSize));
    setSearchParams(out, { replace: true });
  };

  const isMine = defaultBox !== 'todo';
  // An enterprise user sees only its company's problems: "all" are theirs, including those a liaison
  // officer or the dispatcher raised for it.
  const own = user.projectId ? '本项目' : '本企业';
  const labels: Record<CaseBox, string> = {
    todo: todoLabelFor(user.role),
    mine: '我提出的',
    all: isMine ? `${own}的问题` : '全部',
  };
  const ordered: CaseBox[] = isMine ? ['all', 'todo', 'mine'] : boxes;
  const emptyText: Record<CaseBox, string> = {
    todo: '没有待您处理的事项',
    mine: '您还没有提出过问题',
    all: isMine ? `${own}还没有反映过问题` : '没有事项',
  };

  return (
    <PageContainer
      title={isMine ? '我的问题' : '待办'}
      description={
        isMine
          ? `${own}反映的每个问题的办理状态、牵头单位和办理期限；办结后请确认结果并评价。`
          : '交办给您或等待您处理的问题，红灯为已超期、黄灯为剩余不足 1 个工作日。'
      }
      testId="case-inbox"
      extra={
        canCreate ? (
          <Link to="/cases/new">
            <Button type="primary" icon={<PlusOutlined />}>
              提出问题
            </Button>
          </Link>
        ) : null
      }
    >
      <Card variant="borderless">
        <Flex vertical gap={4}>
          <Tabs
            activeKey={box}
            onChange={(key) => write({ box: key as CaseBox, page: 1 })}
            items={ordered.map((b) => ({
              key: b,
              label: (
                <span data-testid={`case-box-${b}`}>
                  {labels[b]}
                  {counts[b] !== undefined ? (
                    <Badge
                      count={counts[b]}
                      showZero
                      overflowCount={999}
                      color={b === 'todo' && counts[b] ? '#cf1322' : '#bfbfbf'}
                      style={{ marginInlineStart: 6 }}
                    />
                  ) : null}
                </span>
              ),
            }))}
          />
          <Input.Search
            key={q ?? ''}
            defaultValue={q}
            placeholder="按编号或标题查找"
            allowClear
            enterButton
            onSearch={(value) => write({ q: value.trim() || undefined, page: 1 })}
            style={{ maxWidth: 420, marginBottom: 12 }}
            data-testid="case-search"
          />
          {error && !data ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : (
            <CaseList
              items={data?.items ?? []}
              total={data?.total ?? 0}
              page={page}
              pageSize={pageSize}
              isLoading={isLoading || isFetching}
              emptyText={q ? '没有符合条件的事项' : emptyText[box]}
              variant="inbox"
              onPageChange={(p, size) => write({ page: p, pageSize: size })}
            />
          )}
        </Flex>
      </Card>
    </PageContainer>
  );
}

/** 我的问题: the same inbox, opening on the company's problems. */
export function MyCasesPage() {
  return <InboxPage defaultBox="all" />;
}
