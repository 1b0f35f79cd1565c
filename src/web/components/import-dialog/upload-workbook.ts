import { importResultSchema, importRowErrorSchema, type ImportResult } from '../../../contracts/registry';
import type { ImportRowError } from '../../../contracts/registry';
import { fallbackDetail } from '../../lib/api-error';

export type ImportMode = 'validate' | 'commit';

/** How an import upload ended: accepted, rejected row by row (422 with errors), or refused outright. */
export type ImportOutcome =
  | { kind: 'ok'; result: ImportResult }
  | {
      kind: 'rows';
      detail: string;
      rows: number;
      errors: ImportRowError[];
      /** All errors found; the server lists only the first ones when there are very many. */
      errorCount: number;
    }
  | { kind: 'failed'; status: number; detail: string };

export interface UploadOptions {
  /** e.g. /api/enterprises/import */
  endpoint: string;
  mode: ImportMode;
  file: File;
  /** Text fields sent before the file, in this order (the server reads them before the file streams). */
  fields?: Record<string, string>;
  csrfToken: string | null;
  /** 0–100 while the file is sent; the server then reads it (no more events until it answers). */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toOutcome(status: number, body: unknown): ImportOutcome {
  if (status === 200) {
    const parsed = importResultSchema.safeParse(body);
    if (parsed.success) return { kind: 'ok', result: parsed.data };
    return { kind: 'failed', status, detail: '服务器返回的数据格式不正确，请联系管理员' };
  }
  const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const detail =
    typeof problem.detail === 'string' && problem.detail
      ? problem.detail
      : typeof problem.title === 'string' && problem.title
        ? problem.title
        : fallbackDetail(status);
  if (status === 422 && Array.isArray(problem.errors)) {
    const errors = problem.errors.flatMap((e) => {
      const parsed = importRowErrorSchema.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    });
    if (errors.length > 0) {
      return {
        kind: 'rows',
        detail,
        rows: typeof problem.rows === 'number' ? problem.rows : 0,
        errors,
        errorCount: typeof problem.errorCount === 'number' ? problem.errorCount : errors.length,
      };
    }
  }
  return { kind: 'failed', status, detail };
}

/**
 * Posts a workbook as multipart field `file` with upload progress (fetch cannot report it), the session
 * cookie and the CSRF token. Resolves with the outcome for any HTTP answer; rejects only when aborted.
 */
export function uploadWorkbook({
  endpoint,
  mode,
  file,
  fields = {},
  csrfToken,
  onProgress,
  signal,
}: UploadOptions): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${endpoint}?mode=${mode}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
      }
    });
    xhr.upload.addEventListener('load', () => onProgress?.(100));
    xhr.addEventListener('load', () => resolve(toOutcome(xhr.status, parseJson(xhr.responseText))));
    xhr.addEventListener('error', () => resolve({ kind: 'failed', status: 0, detail: fallbackDetail(0) }));
    xhr.addEventListener('abort', () => reject(new DOMException('已取消', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
