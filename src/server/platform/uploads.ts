import type {} from '@fastify/multipart';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

export interface UploadedFile {
  path: string;
  fileName: string;
  bytes: number;
  /** Text fields sent before the file part (e.g. an import's initial password). */
  fields: Record<string, string>;
  /** Removes the temporary file. */
  dispose(): Promise<void>;
}

/**
 * Streams the multipart field `file` to a temporary file under DATA_DIR/tmp, refusing more than `maxBytes`,
 * so that large workbooks are never held in memory.
 */
export async function receiveUpload(
  request: FastifyRequest,
  dataDir: string,
  maxBytes: number,
): Promise<UploadedFile> {
  if (!request.isMultipart())
    throw new AppError('unsupported_media_type', '请以 multipart/form-data 上传文件（字段名 file）');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part)
    throw new AppError('bad_request', '没有收到文件（字段名 file）', {
      errors: [{ path: 'file', message: '缺少文件' }],
    });
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw new AppError('bad_request', `文件字段名应为 file，收到 ${part.fieldname}`, {
      errors: [{ path: 'file', message: '缺少文件' }],
    });
  }
  const dir = path.join(dataDir, 'tmp');
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, `${randomUUID()}.upload`);
  const dispose = () => rm(target, { force: true });
  try {
    await pipeline(part.file, createWriteStream(target));
  } catch (error) {
    await dispose();
    throw error;
  }
  if (part.file.truncated) {
    await dispose();
    throw new AppError('payload_too_large', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的大小限制`);
  }
  const handle = await open(target, 'r');
  const { size } = await handle.stat();
  await handle.close();
  if (size === 0) {
    await dispose();
    throw new AppError('unprocessable', '文件为空', { errors: [{ path: 'file', message: '文件为空' }] });
  }
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const value = Array.isArray(field) ? field[0] : field;
    if (value && value.type === 'field' && typeof value.value === 'string') fields[name] = value.value;
  }
  return { path: target, fileName: part.filename, bytes: size, fields, dispose };
}

/** The first bytes of a file, for checking its type by content rather than by extension. */
export async function readMagic(filePath: string, length = 8): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Receives the upload, hands it to `use`, and removes the temporary file whatever happens. */
export async function withUpload<T>(
  request: FastifyRequest,
  dataDir: string,
  maxBytes: number,
  use: (upload: UploadedFile) => Promise<T>,
): Promise<T> {
  const upload = await receiveUpload(request, dataDir, maxBytes);
  try {
    return await use(upload);
  } finally {
    await upload.dispose();
  }
}
