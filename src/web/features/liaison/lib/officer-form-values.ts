import type { CreateOfficerRequest, Officer, UpdateOfficerRequest } from '../../../../contracts/liaison';

/** 派出单位: a department (市直部门 or a county's bureau) or a county-level government. */
export type OfficerUnitKind = 'department' | 'government';

/** The drawer's fields; dates are YYYY-MM-DD strings (the pickers convert). */
export interface OfficerFormValues {
  name?: string;
  mobile?: string;
  unitKind: OfficerUnitKind;
  unitDepartmentId?: number;
  unitRegionCode?: string;
  post?: string;
  regionCode?: string;
  activeFrom?: string;
  activeTo?: string | null;
  password?: string;
}

export const officerFormFieldNames = [
  'name',
  'mobile',
  'unitDepartmentId',
  'unitRegionCode',
  'post',
  'regionCode',
  'activeFrom',
  'activeTo',
  'password',
] as const;

export function emptyOfficerForm(today: string, regionCode: string): OfficerFormValues {
  return { unitKind: 'department', activeFrom: today, activeTo: null, regionCode, post: '' };
}

export function officerFormValuesOf(officer: Officer): OfficerFormValues {
  const isDepartment = officer.unitDepartmentId !== null;
  return {
    name: officer.name,
    mobile: officer.mobile,
    unitKind: isDepartment ? 'department' : 'government',
    unitDepartmentId: officer.unitDepartmentId ?? undefined,
    unitRegionCode: isDepartment ? undefined : officer.unitRegionCode,
    post: officer.post,
    regionCode: officer.regionCode,
    activeFrom: officer.activeFrom,
    activeTo: officer.activeTo,
  };
}

/** Exactly one of the two unit fields is set; the other is sent as null so that a switch clears it. */
function unitOf(values: OfficerFormValues) {
  return values.unitKind === 'department'
    ? { unitDepartmentId: values.unitDepartmentId, unitRegionCode: null }
    : { unitDepartmentId: null, unitRegionCode: values.unitRegionCode };
}

const trimmed = (text: string | undefined) => (text ?? '').trim();

/** The request body, before the contract checks it (missing fields stay undefined and are reported). */
export function toCreateOfficerRequest(values: OfficerFormValues): Partial<CreateOfficerRequest> {
  return {
    name: trimmed(values.name),
    mobile: trimmed(values.mobile),
    ...unitOf(values),
    post: trimmed(values.post),
    regionCode: values.regionCode,
    activeFrom: values.activeFrom,
    activeTo: values.activeTo || null,
    password: values.password,
  };
}

/** Only what changed (PATCH); the mobile is the user name and cannot change. */
export function toUpdateOfficerRequest(values: OfficerFormValues, officer: Officer): UpdateOfficerRequest {
  const changes: UpdateOfficerRequest = {};
  const name = trimmed(values.name);
  if (name !== officer.name) changes.name = name;
  const unit = unitOf(values);
  if (unit.unitDepartmentId !== officer.unitDepartmentId) Object.assign(changes, unit);
  else if (unit.unitDepartmentId === null && unit.unitRegionCode !== officer.unitRegionCode) {
    Object.assign(changes, unit);
  }
  const post = trimmed(values.post);
  if (post !== officer.post) changes.post = post;
  if (values.regionCode !== officer.regionCode) changes.regionCode = values.regionCode;
  if (values.activeFrom !== officer.activeFrom) changes.activeFrom = values.activeFrom;
  const activeTo = values.activeTo || null;
  if (activeTo !== officer.activeTo) changes.activeTo = activeTo;
  return changes;
}

/** Form field for a server error path: the two unit fields show on the one unit picker in view. */
export function officerFieldOf(path: string, unitKind: OfficerUnitKind): string {
  const field = path.replace(/^\/+/, '').replace(/^body[./]/, '');
  if (field === 'unitDepartmentId' || field === 'unitRegionCode') {
    return unitKind === 'department' ? 'unitDepartmentId' : 'unitRegionCode';
  }
  return field;
}
