import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Input, Tabs } from 'antd';
import { Link } from 'react-router';
import { caseListQuerySchema } from '../../../../contracts/cases';
import { ListPage } from '../../../components/list-page';
import { useCan, useCurrentUser } from '../../../lib/session';
import { useListParams } from '../../../lib/use-list-params';
import { useCaseList, type CaseBox } from '../api/cases';
import { CaseList } from '../components/case-list';
import { todoLabelFor } from '../lib/labels';
import '../cases.css';

const boxes: CaseBox[] = ['todo', 'mine', 'all'];

/** The inbox's address: the box tab (its default depends on the page), the search and the page. */
const inboxQuery = (defaultBox: CaseBox) =>
  caseListQuerySchema
    .pick({ q: true, page: true, pageSize: true })
    .extend({ box: caseListQuerySchema.shape.box.unwrap().default(defaultBox) });
const inboxQueries = { todo: inboxQuery('todo'), mine: inboxQuery('mine'), all: inboxQuery('all') };

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
  const { params, setFilters, setPage } = useListParams(inboxQueries[defaultBox]);
  const { box, q } = params;
  const query = useCaseList(params);
  const counts: Record<CaseBox, number | undefined> = {
    todo: useBoxCount('todo'),
    mine: useBoxCount('mine'),
    all: useBoxCount('all'),
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
    <ListPage
      title={isMine ? '我的问题' : '待办'}
      description={
        isMine
          ? `${own}反映的每个问题的办理状态、牵头单位和办理期限；办结后请确认结果并评价。`
          : '交办给您或等待您处理的问题，红灯为已超期、黄灯为剩余不足 1 个工作日。'
      }
      testId="case-inbox"
      toolbar={
        canCreate ? (
          <Link to="/cases/new">
            <Button type="primary" icon={<PlusOutlined />}>
              提出问题
            </Button>
          </Link>
        ) : null
      }
      query={query}
      filters={
        <Flex vertical gap={4}>
          <Tabs
            activeKey={box}
            onChange={(key) => setFilters({ box: key as CaseBox })}
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
            onSearch={(value) => setFilters({ q: value.trim() || undefined })}
            style={{ maxWidth: 420, marginBottom: 12 }}
            data-testid="case-search"
          />
        </Flex>
      }
    >
      <CaseList
        query={query}
        params={params}
        emptyText={q ? '没有符合条件的事项' : emptyText[box]}
        variant="inbox"
        onPageChange={setPage}
      />
    </ListPage>
  );
}

/** 我的问题: the same inbox, opening on the company's problems. */
export function MyCasesPage() {
  return <InboxPage defaultBox="all" />;
}
