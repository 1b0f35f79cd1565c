import { Tag } from 'antd';
import { subjectKindLabels } from '../lib/assignment-labels';
import type { SubjectKind } from '../lib/assignment-list-params';

export function AssignmentKindTag({ kind }: { kind: SubjectKind }) {
  return (
    <Tag color={kind === 'enterprise' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }} variant="filled">
      {subjectKindLabels[kind]}
    </Tag>
  );
}
