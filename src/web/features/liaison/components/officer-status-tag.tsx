import { Tag } from 'antd';

/** 在岗 today, or 离岗 (the period has ended or not yet begun). */
export function OfficerStatusTag({ isActive }: { isActive: boolean }) {
  return isActive ? (
    <Tag color="success" style={{ marginInlineEnd: 0 }}>
      在岗
    </Tag>
  ) : (
    <Tag style={{ marginInlineEnd: 0 }}>离岗</Tag>
  );
}
