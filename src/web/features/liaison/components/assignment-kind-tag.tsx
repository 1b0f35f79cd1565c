import { Tag } from 'antd';
import { subjectKindLabels } from '../../../../domain/subjects';
import type { SubjectKind } from '../../../../domain/subjects';

export function AssignmentKindTag({ kind }: { kind: SubjectKind }) {
  return (
    <Tag color={kind === 'enterprise' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }} variant="filled">
      {subjectKindLabels[kind]}
    </Tag>
  );
}
