import type { Dayjs } from 'dayjs';
import type { Enterprise, EnterpriseInput } from '../../../../contracts/registry';
import { normaliseCode } from '../../../../domain/credit-code';
import { changedFields, cleanAmountText, fromDay, sameAmount, text, toDay } from './form-values';

export interface EnterpriseFormValues {
  creditCode?: string;
  name?: string;
  regionCode?: string;
  industryCode?: string;
  workforce?: number | null;
  annualOutput?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  isContinuousProcess?: boolean;
  activeFrom?: Dayjs | null;
}

export const enterpriseFormFieldNames = [
  'creditCode',
  'name',
  'regionCode',
  'industryCode',
  'workforce',
  'annualOutput',
  'address',
  'contactName',
  'contactPhone',
  'isContinuousProcess',
  'activeFrom',
] as const;

/** What an enterprise's own user may change (the server refuses anything else with 403). */
export const enterpriseUserFields = new Set<string>([
  'workforce',
  'annualOutput',
  'address',
  'contactName',
  'contactPhone',
  'isContinuousProcess',
]);

export function isMaskedPhone(phone: string | null | undefined): boolean {
  return !!phone && phone.includes('*');
}

export function enterpriseFormValuesOf(e: Enterprise): EnterpriseFormValues {
  return {
    creditCode: e.creditCode,
    name: e.name,
    regionCode: e.regionCode,
    industryCode: e.industryCode,
    workforce: e.workforce,
    annualOutput: e.annualOutput,
    address: e.address,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    isContinuousProcess: e.isContinuousProcess,
    activeFrom: toDay(e.activeFrom),
  };
}

export const emptyEnterpriseForm: EnterpriseFormValues = { isContinuousProcess: false };

/** Candidate body for enterpriseInputSchema (validated by the caller). */
export function toEnterpriseInput(values: EnterpriseFormValues): Partial<EnterpriseInput> {
  return {
    creditCode: text(values.creditCode),
    name: text(values.name),
    regionCode: values.regionCode,
    industryCode: text(values.industryCode)?.toUpperCase(),
    workforce: values.workforce ?? undefined,
    annualOutput: cleanAmountText(values.annualOutput),
    address: text(values.address) ?? '',
    contactName: text(values.contactName) ?? '',
    contactPhone: text(values.contactPhone) ?? '',
    isContinuousProcess: values.isContinuousProcess ?? false,
    activeFrom: fromDay(values.activeFrom),
  };
}

/**
 * Candidate body for enterpriseUpdateSchema: only what changed, only what this user may change, and never
 * a masked phone number sent back as if it were the real one.
 */
export function toEnterpriseUpdate(
  values: EnterpriseFormValues,
  original: Enterprise,
  isEnterpriseUser: boolean,
): Record<string, unknown> {
  const candidate: Record<string, unknown> = { ...toEnterpriseInput(values) };
  if (isEnterpriseUser) {
    for (const key of Object.keys(candidate)) if (!enterpriseUserFields.has(key)) delete candidate[key];
  }
  if (isMaskedPhone(original.contactPhone) && candidate.contactPhone === original.contactPhone) {
    delete candidate.contactPhone;
  }
  const changes = changedFields(candidate, original, (key, a, b) => {
    if (key === 'annualOutput') return sameAmount(a as string, b as string);
    if (key === 'creditCode') return normaliseCode(String(a)) === b;
    return a === b;
  });
  if (Object.keys(changes).length === 0) return changes;
  // enterpriseUpdateSchema is enterpriseInputSchema.partial(), and Zod 4 still applies the input's
  // defaults ('' / false) to fields a PATCH leaves out: the server would blank them. Until the contract
  // is fixed, every change carries these fields' current values.
  for (const key of fieldsWithDefaults) {
    if (!(key in changes) && candidate[key] !== undefined) changes[key] = candidate[key];
  }
  return changes;
}

const fieldsWithDefaults = ['address', 'contactName', 'contactPhone', 'isContinuousProcess'] as const;
