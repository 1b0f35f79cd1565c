import { Tag } from 'antd';

interface SubjectStatusTagProps {
  closedAt: string | null;
  /** 已关停 for enterprises, 已退出 for projects. */
  closedLabel?: string;
  activeLabel?: string;
}

export function SubjectStatusTag({
  closedAt,
  closedLabel = '已关停',
  activeLabel = '在册',
}: SubjectStatusTagProps) {
  return closedAt ? (
    <Tag color="default" title={`${closedLabel}于 ${closedAt}`}>
      {closedLabel}
    </Tag>
  ) : (
    <Tag color="success">{activeLabel}</Tag>
  );
}
