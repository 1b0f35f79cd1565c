export { registryRoutes } from './registry.routes';
export { createEnterprisesService, type EnterprisesService } from './enterprises.service';
export { createProjectsService, type ProjectsService } from './projects.service';
export { createRegistryFiles, type RegistryFiles } from './registry.files';
export { enterprises, projects } from './registry.table';
export { enterpriseColumns, type EnterpriseColumn } from './enterprises.import';
export { projectColumns, type ProjectColumn } from './projects.import';
export type { SubjectRow, SubjectKind, RegistryCountRow } from './subjects.repository';
export { createSubjectsService, type SubjectsService } from './subjects.service';
