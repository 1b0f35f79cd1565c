import type { SubjectKind } from './assignment-list-params';

export const subjectKindLabels: Record<SubjectKind, string> = { enterprise: '企业', project: '项目' };

export const subjectKindOptions = (['enterprise', 'project'] as const).map((k) => ({
  value: k,
  label: subjectKindLabels[k],
}));
