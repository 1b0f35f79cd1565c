/** Every error the application raises on purpose; the one place that maps codes to HTTP and Chinese. */
export const errorCodes = {
  bad_request: { status: 400, title: '请求参数有误' },
  unauthenticated: { status: 401, title: '未登录或登录已过期' },
  forbidden: { status: 403, title: '没有权限' },
  csrf_failed: { status: 403, title: '请求校验失败' },
  not_found: { status: 404, title: '未找到' },
  conflict: { status: 409, title: '操作冲突' },
  stale_version: { status: 412, title: '数据已被他人修改' },
  version_required: { status: 428, title: '缺少版本号' },
  payload_too_large: { status: 413, title: '内容过大' },
  unsupported_media_type: { status: 415, title: '不支持的内容类型' },
  unprocessable: { status: 422, title: '内容无法处理' },
  locked: { status: 423, title: '账号已锁定' },
  too_many_requests: { status: 429, title: '请求过于频繁' },
  internal: { status: 500, title: '服务器内部错误' },
  unavailable: { status: 503, title: '服务暂不可用' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.extra = options.extra;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }
}

/** A 400 naming one field. */
export function fieldError(path: string, message: string): AppError {
  return new AppError('bad_request', `${path}：${message}`, { errors: [{ path, message }] });
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what}不存在或无权查看`);
}
