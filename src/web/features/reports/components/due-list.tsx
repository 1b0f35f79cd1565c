import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Input, Segmented, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { DueItem } from '../api/list-my-due';
import { formatDeadline, formatDay } from '../lib/deadline';
import { FilingState } from './filing-state';
import { StatusTag } from './status-tag';

type Filter = 'todo' | 'done' | 'all';

interface DueListProps {
  items: DueItem[];
  now: Dayjs;
  onPick: (item: DueItem) => void;
}

/** A liaison officer's subjects: today's filing state, those not yet filed first; a tap opens the form. */
export function DueList({ items, now, onPick }: DueListProps) {
  const [filter, setFilter] = useState<Filter>('todo');
  const [q, setQ] = useState('');
  const done = items.filter((i) => i.report).length;
  const shown = useMemo(() => {
    const query = q.trim();
    return items
      .filter((i) => (filter === 'all' ? true : filter === 'done' ? !!i.report : !i.report))
      .filter((i) => !query || i.subjectName.includes(query))
      .sort(
        (a, b) =>
          Number(!!a.report) - Number(!!b.report) || a.subjectName.localeCompare(b.subjectName, 'zh-CN'),
      );
  }, [items, filter, q]);
  const first = items[0];

  return (
    <Flex vertical gap={12} data-testid="due-list">
      <Card variant="borderless" size="small">
        <Flex vertical gap={8}>
          <Typography.Text>
            {first ? `${formatDay(first.date)}日报，${formatDeadline(first.deadline)} 前报送。` : null}
            负责 {items.length} 家，已报 <b>{done}</b> 家，未报{' '}
            <Typography.Text type="warning" strong>
              {items.length - done}
            </Typography.Text>{' '}
            家。
          </Typography.Text>
          <Segmented<Filter>
            block
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'todo', label: `未报送（${items.length - done}）` },
              { value: 'done', label: `已报送（${done}）` },
              { value: 'all', label: '全部' },
            ]}
          />
          <Input.Search allowClear placeholder="按名称查找" onChange={(e) => setQ(e.target.value)} />
        </Flex>
      </Card>
      {shown.length === 0 ? (
        <Empty description={filter === 'todo' ? '今日应报的都已报送' : '没有符合条件的企业或项目'} />
      ) : (
        shown.map((item) => {
          const latest = item.report ?? item.previous;
          return (
            <button
              type="button"
              key={`${item.subjectKind}-${item.subjectId}`}
              className="due-item"
              onClick={() => onPick(item)}
              data-testid={`due-item-${item.subjectKind}-${item.subjectId}`}
            >
              <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
                <span className="due-item-name">{item.subjectName}</span>
                <Flex gap={6} wrap align="center">
                  <FilingState item={item} now={now} />
                  {latest ? <StatusTag status={latest.status} /> : null}
                  {!item.report && item.previous ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      最近 {formatDay(item.previous.date)}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </Flex>
              <RightOutlined className="due-item-arrow" />
            </button>
          );
        })
      )}
    </Flex>
  );
}
