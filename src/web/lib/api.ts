import type { z } from 'zod';
import { ApiError, fallbackDetail, toApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: Method;
  query?: QueryParams;
  /** JSON, or a FormData for multipart uploads (the browser sets its boundary). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Validates (and strips) the response body; omit for 204 responses. */
  schema?: S;
  /** Sign-in and session probes handle 401 themselves instead of being sent to the sign-in page. */
  isAuthProbe?: boolean;
}

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {
  const next = encodeURIComponent(window.location.pathname + window.location.search);
  window.location.assign(`/login?next=${next}`);
};

/** Remembers the token from login or /api/auth/me; every cookie-authenticated write must echo it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app replaces the default full-page redirect with a router navigation once it is mounted. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function buildUrl(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Sends a request and returns the response itself, throwing ApiError for any failure. */
export async function send(
  path: string,
  options: RequestOptions<z.ZodType | undefined> = {},
): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, fallbackDetail(0), 'network');
  }
  if (response.ok) return response;

  const error = await toApiError(response);
  if (response.status === 401 && !options.isAuthProbe) {
    setCsrfToken(null);
    onUnauthorized();
  }
  throw error;
}

/** Sends a JSON request; with a schema the body is validated against the shared contract. */
export async function request<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<S extends z.ZodType ? z.infer<S> : void> {
  const response = await send(path, options);
  if (!options.schema) return undefined as never;
  const parsed = options.schema.safeParse(await response.json());
  if (!parsed.success) {
    console.error(`响应不符合约定：${path}`, parsed.error.issues);
    throw new ApiError(response.status, '服务器返回的数据格式不正确，请联系管理员', 'bad_response');
  }
  return parsed.data as never;
}
