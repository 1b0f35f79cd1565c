import { Tag } from 'antd';
import { caseStateLabels, type CaseState } from '../../domain/cases/workflow';

const stateColors: Record<CaseState, string> = {
  submitted: 'orange',
  assigned: 'gold',
  accepted: 'processing',
  resolved: 'cyan',
  closed: 'success',
  returned: 'magenta',
  reopened: 'volcano',
};

/** A case's state as the workflow names it (待交办, 待签收, 办理中, 待确认, 已销号 …). */
export function CaseStateTag({ state, testId }: { state: CaseState; testId?: string }) {
  return (
    <Tag color={stateColors[state]} data-testid={testId} data-state={state} style={{ marginInlineEnd: 0 }}>
      {caseStateLabels[state]}
    </Tag>
  );
}
