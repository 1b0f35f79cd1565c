import { AlertOutlined, RightOutlined, SolutionOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { casePageSchema } from '../../contracts/cases';
import { request } from '../lib/api';
import { useCan, useCurrentUser } from '../lib/session';

type Box = 'todo' | 'all';

/** How many problems a box holds (same query keys as the inbox, so the inbox opens with its counts). */
function useCount(box: Box, enabled: boolean, light?: 'red') {
  return useQuery({
    queryKey: ['cases', 'list', { box, page: 1, pageSize: 1, ...(light ? { light } : {}) }],
    queryFn: () =>
      request('/api/cases', {
        query: { kind: 'problem', box, page: 1, pageSize: 1, light },
        schema: casePageSchema,
      }),
    enabled,
    select: (page) => page.total,
  });
}

/**
 * The home page's card for problem coordination: an enterprise's own user sees its company's problems (and those
 * waiting for its confirmation) and lands on 我的问题; officials see their to-do count and the overdue ones.
 */
export function CaseTodoCard() {
  const user = useCurrentUser();
  const canRead = useCan('cases.read');
  const canAct = useCan('cases.act');
  const isBound = (user.enterpriseId ?? null) !== null || (user.projectId ?? null) !== null;
  const todo = useCount('todo', canRead && canAct);
  // An enterprise user's problems are the company's, whoever raised them (the server scopes 'all' to it).
  const mine = useCount('all', canRead && isBound);
  const red = useCount('todo', canRead && canAct && !isBound, 'red');
  if (!canRead || !canAct) return null;

  const to = isBound ? '/cases/mine' : '/cases/inbox';
  const title = isBound ? '我的问题' : '问题待办';
  const line = isBound
    ? mine.data === undefined
      ? '…'
      : mine.data === 0
        ? '遇到用工、原料、物流、资金等困难，点此反映'
        : `已反映 ${mine.data} 件${todo.data ? `，${todo.data} 件已办结待您确认` : '，可随时查看办理进度'}`
    : todo.data === undefined
      ? '…'
      : todo.data === 0
        ? '暂无待您处理的问题'
        : `${todo.data} 件待您处理${red.data ? `，其中 ${red.data} 件已超期` : ''}`;
  const isUrgent = isBound ? !!todo.data : !!red.data;

  return (
    <Link to={to} data-testid="case-todo-card" style={{ display: 'block', color: 'inherit' }}>
      <Card hoverable size="small" styles={{ body: { padding: '14px 16px' } }}>
        <Flex align="center" gap={14}>
          <span
            style={{
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 40,
              height: 40,
              borderRadius: 10,
              fontSize: 20,
              flex: 'none',
              background: isUrgent ? '#fff1f0' : '#eaf0fb',
              color: isUrgent ? '#cf1322' : '#1a56c4',
            }}
          >
            {isUrgent ? <AlertOutlined /> : <SolutionOutlined />}
          </span>
          <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 15 }}>
              {title}
            </Typography.Text>
            <Typography.Text type={isUrgent ? 'danger' : 'secondary'} data-testid="case-todo-summary">
              {line}
            </Typography.Text>
          </Flex>
          <RightOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />
        </Flex>
      </Card>
    </Link>
  );
}
