import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorCodes, type ErrorCode, type FieldError } from './errors';

const contextLabels: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

interface ValidationItem {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

function toFieldErrors(items: ValidationItem[]): FieldError[] {
  const out: FieldError[] = [];
  for (const item of items) {
    const base = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (item.keyword === 'unrecognized_keys' && Array.isArray(item.params.keys)) {
      for (const key of item.params.keys as string[]) {
        out.push({ path: base ? `${base}.${key}` : key, message: '不允许的字段' });
      }
      continue;
    }
    out.push({ path: base || '(根)', message: item.message ?? '格式不正确' });
  }
  return out;
}

// Fastify's own client errors, by code, in Chinese.
const fastifyClientErrors: Record<string, { code: ErrorCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', detail: '请求体不是合法的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', detail: '请求体为空' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', detail: '请求体超过大小限制' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', detail: '不支持的 Content-Type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', detail: 'Content-Length 与请求体不符' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'unsupported_media_type',
    detail: '请以 multipart/form-data 上传文件',
  },
  FST_REQ_FILE_TOO_LARGE: { code: 'payload_too_large', detail: '文件超过大小限制' },
  FST_FILES_LIMIT: { code: 'payload_too_large', detail: '文件数量超过限制' },
};

/**
 * A safety net: validation should catch bad input before the database does, but if a constraint or a data
 * exception still fires, the caller gets a 4xx naming the problem rather than a 500.
 */
function databaseErrorOf(error: unknown): { code: ErrorCode; detail: string } | null {
  const pgCode =
    (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ??
    (error as { code?: unknown }).code;
  if (typeof pgCode !== 'string' || !/^[0-9A-Z]{5}$/.test(pgCode)) return null;
  if (pgCode === '23505') return { code: 'conflict', detail: '数据重复：该编号或代码已存在' };
  if (pgCode === '23503') return { code: 'bad_request', detail: '引用的数据不存在' };
  if (pgCode === '40001' || pgCode === '40P01') return { code: 'conflict', detail: '并发修改冲突，请重试' };
  if (pgCode.startsWith('22') || pgCode === '23514' || pgCode === '23502')
    return { code: 'bad_request', detail: '数据格式或取值不正确' };
  return null;
}

function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
  extra?: Record<string, unknown>,
) {
  const { status, title } = errorCodes[code];
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://kuaijin.example/problems/${code}`,
      title,
      status,
      detail,
      code,
      requestId: request.id,
      ...(errors && errors.length > 0 ? { errors } : {}),
      ...(extra ?? {}),
    });
}

/** One error handler: problem+json in Chinese; details of 5xx go to the log only. */
export function registerErrorHandling(app: FastifyInstance, webDir?: string): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return sendProblem(reply, request, error.code, error.detail, error.errors, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = toFieldErrors(error.validation as unknown as ValidationItem[]);
      const where = contextLabels[error.validationContext ?? ''] ?? '请求';
      const first = errors[0];
      const detail = first ? `${where}有误：${first.path} ${first.message}` : `${where}有误`;
      return sendProblem(reply, request, 'bad_request', detail, errors);
    }
    if (isResponseSerializationError(error as never)) {
      request.log.error({ err: error }, 'response does not match its contract');
      return sendProblem(reply, request, 'internal', '服务器内部错误，请联系管理员');
    }
    const database = databaseErrorOf(error);
    if (database) {
      request.log.warn({ err: error }, 'database rejected a write that validation let through');
      return sendProblem(reply, request, database.code, database.detail);
    }
    const known = error.code ? fastifyClientErrors[error.code] : undefined;
    if (known) return sendProblem(reply, request, known.code, known.detail);
    const status = error.statusCode ?? 500;
    if (status === 429) return sendProblem(reply, request, 'too_many_requests', '请求过于频繁，请稍后再试');
    if (status >= 400 && status < 500) {
      const code = (Object.keys(errorCodes) as ErrorCode[]).find((c) => errorCodes[c].status === status);
      return sendProblem(reply, request, code ?? 'bad_request', '请求无法处理');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 'internal', '服务器内部错误，请稍后重试或联系管理员');
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api')) {
      return sendProblem(
        reply,
        request,
        'not_found',
        `接口不存在：${request.method} ${request.url.split('?')[0]}`,
      );
    }
    // The web app routes on the client: any other GET for a page gets index.html.
    if (webDir && request.method === 'GET' && existsSync(path.join(webDir, 'index.html'))) {
      return reply.type('text/html; charset=utf-8').send(readFileSync(path.join(webDir, 'index.html')));
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('未找到');
  });
}
