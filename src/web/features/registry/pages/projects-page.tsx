import '../registry.css';
import { useQueryClient } from '@tanstack/react-query';
import { Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { can, useCurrentUser } from '../../../lib/session';
import { registryFiles } from '../api/files';
import { projectsKey, useProjects } from '../api/projects';
import { ProjectFilters } from '../components/project-filters';
import { ProjectFormDrawer } from '../components/project-form-drawer';
import { ProjectTable } from '../components/project-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { isBoundUser } from '../lib/binding';
import { registryListHeader } from '../lib/list-titles';
import { useProjectListParams } from '../lib/use-project-list-params';

export function ProjectsPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { params, filters, setFilters, setPage, setSort, clearFilters } = useProjectListParams();
  const { data, isLoading, isFetching, error, refetch } = useProjects(params);
  const [isCreating, setCreating] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const files = registryFiles.projects;

  const canCreate = can(user, 'registry.write') && !isBoundUser(user);
  const canImport = can(user, 'registry.import');
  const canExport = can(user, 'registry.export');
  const header = registryListHeader('projects', user);

  return (
    <PageContainer
      title={header.title}
      description={header.description}
      testId="page-projects"
      extra={
        <ListToolbar
          createLabel="新增项目"
          onCreate={canCreate ? () => setCreating(true) : undefined}
          onImport={canImport ? () => setImporting(true) : undefined}
          onExport={canExport ? () => files.exportFile(filters) : undefined}
          template={canImport ? files.template : undefined}
        />
      }
    >
      <Card variant="borderless">
        <ProjectFilters value={filters} onChange={setFilters} onClear={clearFilters} />
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <ProjectTable
            items={data?.items ?? []}
            total={data?.total ?? 0}
            page={params.page}
            pageSize={params.pageSize}
            sort={params.sort}
            order={params.order}
            isLoading={isLoading || isFetching}
            onPageChange={setPage}
            onSortChange={setSort}
          />
        )}
      </Card>
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
    </PageContainer>
  );
}
