import { problemSchema, type Problem } from '../../contracts/common';

export interface FieldError {
  path: string;
  message: string;
}

/** An HTTP failure with the server's Chinese explanation (problem+json) ready to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];

  constructor(status: number, detail: string, code = 'unknown', fieldErrors: FieldError[] = []) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }

  static fromProblem(problem: Problem): ApiError {
    return new ApiError(problem.status, problem.detail || problem.title, problem.code, problem.errors ?? []);
  }
}

const fallbackDetails: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试',
  401: '登录已过期，请重新登录',
  403: '没有权限执行此操作',
  404: '要访问的内容不存在或无权查看',
  412: '数据已被他人修改，请刷新后重试',
  413: '提交的内容过大',
  423: '账号已被锁定，请稍后再试或联系管理员解锁',
  429: '操作过于频繁，请稍后再试',
};

export function fallbackDetail(status: number): string {
  if (fallbackDetails[status]) return fallbackDetails[status];
  if (status >= 500) return `服务器暂时无法处理请求（${status}），请稍后重试`;
  return `请求失败（${status}）`;
}

/** Builds an ApiError from a failed response, whether or not it carries problem+json. */
export async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const parsed = problemSchema.safeParse(await response.json());
      if (parsed.success) return ApiError.fromProblem(parsed.data);
    } catch {
      // Not JSON after all: fall through to the generic message.
    }
  }
  return new ApiError(response.status, fallbackDetail(response.status));
}

/** The message to show for any error thrown by a request or a mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof Error && error.message) return error.message;
  return '操作失败，请稍后重试';
}
