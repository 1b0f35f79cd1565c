import { UserAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { subjectAssignmentsQuerySchema } from '../../../../contracts/liaison';
import { ListPage } from '../../../components/list-page';
import { useListParams } from '../../../lib/use-list-params';
import { can, useCurrentUser } from '../../../lib/session';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { assignmentFiles, useSubjectAssignments } from '../api/assignments';
import { liaisonKey } from '../api/officers';
import { AssignmentAssignModal } from '../components/assignment-assign-modal';
import { AssignmentEndModal, type EndingAssignment } from '../components/assignment-end-modal';
import { AssignmentFilters } from '../components/assignment-filters';
import { AssignmentHistoryDrawer, type HistorySubject } from '../components/assignment-history-drawer';
import { AssignmentTable, type CoveredSubject } from '../components/assignment-table';
import { ListToolbar } from '../../../components/list-toolbar';

/** 联系对象分配: which officers cover each enterprise and project; assign in bulk, end, or see the history. */
export function AssignmentsPage() {
  const user = useCurrentUser();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const { params, filters, setFilters, setPage, clearFilters } = useListParams(subjectAssignmentsQuerySchema);
  const query = useSubjectAssignments(params);
  const [selected, setSelected] = useState<Map<string, CoveredSubject>>(new Map());
  // The subjects of the 分配 dialog (the selection, or one row's), kept while it closes.
  const [assigning, setAssigning] = useState<CoveredSubject[]>([]);
  const [isAssignOpen, setAssignOpen] = useState(false);
  const openAssign = (subjects: CoveredSubject[]) => {
    setAssigning(subjects);
    setAssignOpen(true);
  };
  const [ending, setEnding] = useState<EndingAssignment | null>(null);
  const [history, setHistory] = useState<HistorySubject | null>(null);
  const [isImporting, setImporting] = useState(false);

  const canManage = can(user, 'liaison.manage');
  const canExport = can(user, 'liaison.export');

  const selectionBar =
    canManage && selected.size > 0 ? (
      <Alert
        type="info"
        // Stays in view under the header while the user scrolls to pick more.
        style={{ marginBottom: 12, position: 'sticky', top: isMobile ? 62 : 64, zIndex: 5 }}
        data-testid="assignment-selection"
        title={
          <Flex justify="space-between" align="center" gap={8} wrap>
            <span>
              已选 <strong>{selected.size}</strong> 个企业和项目
            </span>
            <Flex gap={8}>
              <Button size={isMobile ? 'middle' : 'small'} onClick={() => setSelected(new Map())}>
                清除选择
              </Button>
              <Button
                type="primary"
                size={isMobile ? 'middle' : 'small'}
                icon={<UserAddOutlined />}
                onClick={() => openAssign([...selected.values()])}
                data-testid="assign-open"
              >
                分配联络员
              </Button>
            </Flex>
          </Flex>
        }
      />
    ) : null;

  return (
    <ListPage
      title={canManage ? '联系对象分配' : '联系对象'}
      description={`${user.regionName}每个企业和重点项目由一名主责联络员负责按频次联系，可另有协助联络员；改派和结束联系都留存历史。`}
      testId="page-assignments"
      toolbar={
        <ListToolbar
          importLabel="导入分配"
          onImport={canManage ? () => setImporting(true) : undefined}
          onExport={canExport ? () => assignmentFiles.exportFile(filters.region) : undefined}
          template={canManage ? assignmentFiles.template : undefined}
        />
      }
      query={query}
      filters={
        <>
          <AssignmentFilters value={filters} onChange={setFilters} onClear={clearFilters} />
          {canManage && selected.size === 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: -4, fontSize: 13 }}>
              勾选企业和项目后点“分配联络员”可批量分配；点联络员标签上的 × 结束其联系。
            </Typography.Paragraph>
          ) : null}
          {selectionBar}
        </>
      }
      dialogs={
        <>
          {canManage ? (
            <>
              <AssignmentAssignModal
                open={isAssignOpen}
                subjects={assigning}
                officerId={filters.officerId}
                onClose={() => setAssignOpen(false)}
                onAssigned={() => setSelected(new Map())}
              />
              <AssignmentEndModal assignment={ending} onClose={() => setEnding(null)} />
              <ImportDialog
                open={isImporting}
                onClose={() => setImporting(false)}
                title="导入联系对象分配"
                endpoint={assignmentFiles.importPath}
                template={assignmentFiles.template}
                onImported={() => void queryClient.invalidateQueries({ queryKey: liaisonKey })}
              />
            </>
          ) : null}
          <AssignmentHistoryDrawer subject={history} onClose={() => setHistory(null)} />
        </>
      }
    >
      <AssignmentTable
        query={query}
        params={params}
        onPageChange={setPage}
        selected={canManage ? selected : undefined}
        onSelectedChange={canManage ? setSelected : undefined}
        onAssign={canManage ? (s) => openAssign([s]) : undefined}
        onEnd={
          canManage
            ? (s, o) =>
                setEnding({
                  assignmentId: o.assignmentId,
                  officerName: o.name,
                  subjectName: s.name,
                  isPrimary: o.isPrimary,
                })
            : undefined
        }
        onHistory={(s) => setHistory({ kind: s.kind, id: s.id, name: s.name, regionName: s.regionName })}
      />
    </ListPage>
  );
}
