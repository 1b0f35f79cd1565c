import { Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DueItem } from '../api/list-my-due';
import { formatFiledAt } from '../lib/deadline';

/** 已报送 18:05 / 未报送 / 逾期未报, as a tag. */
export function FilingState({ item, now }: { item: DueItem; now: Dayjs }) {
  if (item.report) {
    return (
      <Tag color={item.report.isLate ? 'orange' : 'green'} style={{ marginInlineEnd: 0 }}>
        已报送 {formatFiledAt(item.report.firstFiledAt, now)}
        {item.report.isLate ? '（逾期）' : ''}
      </Tag>
    );
  }
  return item.isOverdue ? (
    <Tag color="red" style={{ marginInlineEnd: 0 }}>
      逾期未报
    </Tag>
  ) : (
    <Tag color="warning" style={{ marginInlineEnd: 0 }}>
      未报送
    </Tag>
  );
}
