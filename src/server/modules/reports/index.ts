export { reportsRoutes } from './reports.routes';
export { createReportsService, toReportDto, type ReportsService } from './reports.service';
export { createReportsFiles, type ReportsFiles } from './reports.import';
export { createReportsRepository, type ReportRow, type RevisionRow } from './reports.repository';
export { createSummariesRepository, countsOf, type SummaryRow } from './summaries.repository';
