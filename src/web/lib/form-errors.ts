import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { ApiError } from './api-error';

type NamePath = (string | number)[];

function valueAt(values: unknown, path: NamePath): unknown {
  let current: unknown = values;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Turns '' from cleared inputs into undefined, so optional contract fields treat them as absent. */
export function blankToUndefined<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = typeof value === 'string' && value.trim() === '' ? undefined : value;
  }
  return out as T;
}

function issueMessage(issue: z.core.$ZodIssue, values: unknown): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'invalid_type' && isBlank(valueAt(values, path))) return '此项为必填项';
  return issue.message;
}

/**
 * Validates form values with the shared Zod contract. On failure, marks the form fields named by the
 * issues and returns null; on success returns the parsed (trimmed, coerced) request.
 */
export function parseWithContract<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  values: unknown,
): z.infer<S> | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const issue of result.error.issues) {
    const name = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (name.length === 0) continue;
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issueMessage(issue, values));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return null;
}

/** An Ant Design rule that checks one field with its contract schema as the user types. */
export function contractRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isBlank(value)) return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

/**
 * Puts the server's field errors (problem+json `errors`) on the matching form fields.
 * Returns true when at least one error landed on a field the form has.
 */
export function applyServerFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  const known = new Set(fieldNames);
  const fields = error.fieldErrors
    .map((e) => ({
      name: e.path
        .replace(/^\/+/, '')
        .replace(/^body[./]/, '')
        .split(/[./]/),
      message: e.message,
    }))
    .filter((e) => e.name.length > 0 && known.has(e.name[0]!))
    .map((e) => ({ name: e.name, errors: [e.message] }));
  form.setFields(fields);
  return fields.length > 0;
}
