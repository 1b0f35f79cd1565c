import '../registry.css';
import { useQueryClient } from '@tanstack/react-query';
import { Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { PageContainer } from '../../../components/page-container';
import { QueryError } from '../../../components/query-error';
import { can, useCurrentUser } from '../../../lib/session';
import { enterprisesKey, useEnterprises } from '../api/enterprises';
import { registryFiles } from '../api/files';
import { EnterpriseFilters } from '../components/enterprise-filters';
import { EnterpriseFormDrawer } from '../components/enterprise-form-drawer';
import { EnterpriseTable } from '../components/enterprise-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { isBoundUser } from '../lib/binding';
import { registryListHeader } from '../lib/list-titles';
import { useEnterpriseListParams } from '../lib/use-enterprise-list-params';

export function EnterprisesPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { params, filters, setFilters, setPage, setSort, clearFilters } = useEnterpriseListParams();
  const { data, isLoading, isFetching, error, refetch } = useEnterprises(params);
  const [isCreating, setCreating] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const files = registryFiles.enterprises;

  const canCreate = can(user, 'registry.write') && !isBoundUser(user);
  const canImport = can(user, 'registry.import');
  const canExport = can(user, 'registry.export');
  const header = registryListHeader('enterprises', user);

  return (
    <PageContainer
      title={header.title}
      description={header.description}
      testId="page-enterprises"
      extra={
        <ListToolbar
          createLabel="新增企业"
          onCreate={canCreate ? () => setCreating(true) : undefined}
          onImport={canImport ? () => setImporting(true) : undefined}
          onExport={canExport ? () => files.exportFile(filters) : undefined}
          template={canImport ? files.template : undefined}
        />
      }
    >
      <Card variant="borderless">
        <EnterpriseFilters value={filters} onChange={setFilters} onClear={clearFilters} />
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <EnterpriseTable
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
        <EnterpriseFormDrawer
          open={isCreating}
          enterprise={null}
          isEnterpriseUser={false}
          onClose={() => setCreating(false)}
          onSaved={(saved) => navigate(`/registry/enterprises/${saved.id}`)}
        />
      ) : null}
      {canImport ? (
        <ImportDialog
          open={isImporting}
          onClose={() => setImporting(false)}
          title="导入企业"
          endpoint={files.importPath}
          template={files.template}
          onImported={() => void queryClient.invalidateQueries({ queryKey: enterprisesKey })}
        />
      ) : null}
    </PageContainer>
  );
}
