import { downloadFile } from '../../../lib/download';
import type { EnterpriseFilters } from './enterprises';
import type { ProjectFilters } from './projects';

export const registryFiles = {
  enterprises: {
    importPath: '/api/enterprises/import',
    template: { path: '/api/enterprises/import-template', fileName: '规上工业企业导入模板.xlsx' },
    exportFile: (filters: EnterpriseFilters) =>
      downloadFile('/api/enterprises/export', { ...filters }, '规上工业企业名录.xlsx'),
  },
  projects: {
    importPath: '/api/projects/import',
    template: { path: '/api/projects/import-template', fileName: '重点项目导入模板.xlsx' },
    exportFile: (filters: ProjectFilters) =>
      downloadFile('/api/projects/export', { ...filters }, '重点项目库.xlsx'),
  },
};
