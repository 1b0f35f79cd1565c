import { auditActionLabels, auditEntityLabels } from '../../../../domain/audit-actions';

export function actionLabel(code: string): string {
  return auditActionLabels[code] ?? code;
}

export function entityTypeLabel(code: string | null): string {
  if (!code) return '—';
  return auditEntityLabels[code] ?? code;
}

export const actionOptions = Object.entries(auditActionLabels).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));

export const entityTypeOptions = Object.entries(auditEntityLabels).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));
