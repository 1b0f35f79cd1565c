import { subjectKindLabels, subjectKinds } from '../../../../domain/subjects';

export const subjectKindOptions = subjectKinds.map((k) => ({
  value: k,
  label: subjectKindLabels[k],
}));
