import { Tag } from 'antd';
import { reportStatusLabels, type ReportStatus } from '../../../../domain/resumption';
import { statusColors } from '../lib/status-colors';

export function StatusTag({ status }: { status: ReportStatus }) {
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {reportStatusLabels[status]}
    </Tag>
  );
}
