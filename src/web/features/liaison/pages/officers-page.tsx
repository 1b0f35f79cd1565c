import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { officerListQuerySchema, type Officer } from '../../../../contracts/liaison';
import { ListPage } from '../../../components/list-page';
import { useListParams } from '../../../lib/use-list-params';
import { errorMessage } from '../../../lib/api-error';
import { can, useCurrentUser } from '../../../lib/session';
import { fetchOfficer, liaisonKey, officerFiles, useOfficers } from '../api/officers';
import { OfficerFilters } from '../components/officer-filters';
import { OfficerFormDrawer } from '../components/officer-form-drawer';
import { OfficerImportDialog } from '../components/officer-import-dialog';
import { OfficerTable } from '../components/officer-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { useCanEditOfficer } from '../lib/officer-scope';

/** 联络员名册: who the liaison officers are, where they work and how many subjects each covers. */
export function OfficersPage() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { params, filters, setFilters, setPage, clearFilters } = useListParams(officerListQuerySchema);
  const query = useOfficers(params);
  // null: closed; 'new': adding; an officer: editing.
  const [editing, setEditing] = useState<Officer | 'new' | null>(null);
  const [isImporting, setImporting] = useState(false);

  const canManage = can(user, 'liaison.manage');
  const canEdit = useCanEditOfficer();
  const canExport = can(user, 'liaison.export');

  const reload = async (id: number) => {
    try {
      setEditing(await fetchOfficer(id));
    } catch (e) {
      message.error(errorMessage(e));
      setEditing(null);
    }
  };

  return (
    <ListPage
      title="联络员名册"
      description={`${user.regionName}派驻企业和重点项目的联络员：派出单位、职务、联系方式、工作区域和在岗期间。`}
      testId="page-officers"
      toolbar={
        <ListToolbar
          createLabel="新增联络员"
          onCreate={canManage ? () => setEditing('new') : undefined}
          onImport={canManage ? () => setImporting(true) : undefined}
          onExport={canExport ? () => officerFiles.exportFile(filters) : undefined}
          template={canManage ? officerFiles.template : undefined}
        />
      }
      query={query}
      filters={
        <>
          <OfficerFilters value={filters} onChange={setFilters} onClear={clearFilters} />
        </>
      }
      dialogs={
        <>
          {canManage ? (
            <>
              <OfficerFormDrawer
                open={editing !== null}
                officer={editing === 'new' ? null : editing}
                onClose={() => setEditing(null)}
                onStale={(id) => void reload(id)}
              />
              <OfficerImportDialog
                open={isImporting}
                onClose={() => setImporting(false)}
                onImported={() => void queryClient.invalidateQueries({ queryKey: liaisonKey })}
              />
            </>
          ) : null}
        </>
      }
    >
      <OfficerTable
        query={query}
        params={params}
        onPageChange={setPage}
        onEdit={canManage ? setEditing : undefined}
        canEdit={canEdit}
      />
    </ListPage>
  );
}
