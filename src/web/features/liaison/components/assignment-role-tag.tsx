import { Tag } from 'antd';

/** 主责 (the primary officer, who answers for the contact rule) or 协助. */
export function AssignmentRoleTag({ isPrimary }: { isPrimary: boolean }) {
  return isPrimary ? (
    <Tag color="gold" style={{ marginInlineEnd: 0, fontWeight: 600 }}>
      主责
    </Tag>
  ) : (
    <Tag style={{ marginInlineEnd: 0 }}>协助</Tag>
  );
}
