import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** The version a client read, from `If-Match: <version>` (quotes and W/ tolerated). */
export function readIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) throw new AppError('version_required', '缺少 If-Match 请求头（数据版本号）');
  const text = String(header).replace(/^W\//, '').replaceAll('"', '').trim();
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1)
    throw new AppError('bad_request', 'If-Match 应为数据版本号（正整数）', {
      errors: [{ path: 'If-Match', message: '应为正整数' }],
    });
  return version;
}

/** Sends a generated file for download with a UTF-8 file name. */
export function sendFile(reply: FastifyReply, buffer: Buffer, fileName: string, contentType: string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(buffer);
}

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
