import { roleLabels, roles } from '../../../../domain/roles';

export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));
