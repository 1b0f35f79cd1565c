import { Link } from 'react-router';
import type { SubjectKind } from '../../../../domain/subjects';

/** The subject's registry page (企业详情 / 项目详情). */
export function AssignmentSubjectLink({ kind, id, name }: { kind: SubjectKind; id: number; name: string }) {
  const path = kind === 'enterprise' ? `/registry/enterprises/${id}` : `/registry/projects/${id}`;
  return <Link to={path}>{name}</Link>;
}
