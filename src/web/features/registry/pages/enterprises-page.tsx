import '../registry.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { ListPage } from '../../../components/list-page';
import { can, useCurrentUser } from '../../../lib/session';
import { enterprisesKey, useEnterprises } from '../api/enterprises';
import { registryFiles } from '../api/files';
import { EnterpriseFilters } from '../components/enterprise-filters';
import { EnterpriseFormDrawer } from '../components/enterprise-form-drawer';
import { EnterpriseTable } from '../components/enterprise-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { isBoundUser } from '../lib/binding';
import { registryListHeader } from '../lib/list-titles';
import { useListParams } from '../../../lib/use-list-params';
import { enterpriseListQuerySchema } from '../../../../contracts/registry';

export function EnterprisesPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { params, filters, setFilters, setPage, setSort, clearFilters } =
    useListParams(enterpriseListQuerySchema);
  const query = useEnterprises(params);
  const [isCreating, setCreating] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const files = registryFiles.enterprises;

  const canCreate = can(user, 'registry.write') && !isBoundUser(user);
  const canImport = can(user, 'registry.import');
  const canExport = can(user, 'registry.export');
  const header = registryListHeader('enterprises', user);

  return (
    <ListPage
      title={header.title}
      description={header.description}
      testId="page-enterprises"
      toolbar={
        <ListToolbar
          createLabel="新增企业"
          onCreate={canCreate ? () => setCreating(true) : undefined}
          onImport={canImport ? () => setImporting(true) : undefined}
          onExport={canExport ? () => files.exportFile(filters) : undefined}
          template={canImport ? files.template : undefined}
        />
      }
      query={query}
      filters={<EnterpriseFilters value={filters} onChange={setFilters} onClear={clearFilters} />}
      dialogs={
        <>
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
        </>
      }
    >
      <EnterpriseTable query={query} params={params} onPageChange={setPage} onSortChange={setSort} />
    </ListPage>
  );
}
