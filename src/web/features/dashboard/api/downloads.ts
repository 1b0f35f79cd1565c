import type { ResumptionCategory } from '../../../../domain/resumption';
import { downloadFile } from '../../../lib/download';

interface DayAndRegion {
  date: string;
  region?: string;
}

export function downloadFigures(params: DayAndRegion): Promise<void> {
  return downloadFile('/api/dashboard/resumption/export', { ...params }, `复工复产指标-${params.date}.xlsx`);
}

export function downloadBrief(params: DayAndRegion): Promise<void> {
  return downloadFile('/api/dashboard/resumption/brief', { ...params }, `复工复产日报-${params.date}.docx`);
}

export function downloadMissing(params: DayAndRegion & { category?: ResumptionCategory }): Promise<void> {
  return downloadFile(
    '/api/dashboard/resumption/missing/export',
    { ...params },
    `未报送清单-${params.date}.xlsx`,
  );
}
