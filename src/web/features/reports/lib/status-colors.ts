import type { ReportStatus } from '../../../../domain/resumption';

/** The same colours as the dashboard: 未复工 red, 未报送 orange, 停产检修 grey. */
export const statusColors: Record<ReportStatus, string> = {
  resumed: 'success',
  partial: 'processing',
  not_resumed: 'error',
  suspended: 'default',
};
