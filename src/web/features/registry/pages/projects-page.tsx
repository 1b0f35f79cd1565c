import '../registry.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { ListPage } from '../../../components/list-page';
import { can, useCurrentUser } from '../../../lib/session';
import { registryFiles } from '../api/files';
import { projectsKey, useProjects } from '../api/projects';
import { ProjectFilters } from '../components/project-filters';
import { ProjectFormDrawer } from '../components/project-form-drawer';
import { ProjectTable } from '../components/project-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { isBoundUser } from '../lib/binding';
import { registryListHeader } from '../lib/list-titles';
import { useListParams } from '../../../lib/use-list-params';
import { projectListQuerySchema } from '../../../../contracts/registry';

export function ProjectsPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { params, filters, setFilters, setPage, setSort, clearFilters } =
    useListParams(projectListQuerySchema);
  const query = useProjects(params);
  const [isCreating, setCreating] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const files = registryFiles.projects;

  const canCreate = can(user, 'registry.write') && !isBoundUser(user);
  const canImport = can(user, 'registry.import');
  const canExport = can(user, 'registry.export');
  const header = registryListHeader('projects', user);

  return (
    <ListPage
      title={header.title}
      description={header.description}
      testId="page-projects"
      toolbar={
        <ListToolbar
          createLabel="新增项目"
          onCreate={canCreate ? () => setCreating(true) : undefined}
          onImport={canImport ? () => setImporting(true) : undefined}
          onExport={canExport ? () => files.exportFile(filters) : undefined}
          template={canImport ? files.template : undefined}
        />
      }
      query={query}
      filters={<ProjectFilters value={filters} onChange={setFilters} onClear={clearFilters} />}
      dialogs={
        <>
          {canCreate ? (
            <ProjectFormDrawer
              open={isCreating}
              project={null}
              onClose={() => setCreating(false)}
              onSaved={(saved) => navigate(`/registry/projects/${saved.id}`)}
            />
          ) : null}
          {canImport ? (
            <ImportDialog
              open={isImporting}
              onClose={() => setImporting(false)}
              title="导入重点项目"
              endpoint={files.importPath}
              template={files.template}
              onImported={() => void queryClient.invalidateQueries({ queryKey: projectsKey })}
            />
          ) : null}
        </>
      }
    >
      <ProjectTable query={query} params={params} onPageChange={setPage} onSortChange={setSort} />
    </ListPage>
  );
}
