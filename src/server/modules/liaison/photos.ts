import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import decodeHeic from 'heic-decode';
import sharp from 'sharp';
import { photoTypeOf, type PhotoType } from '../../../domain/liaison';
import { AppError } from '../../platform/errors';
import { readMagic } from '../../platform/uploads';

export const photoRules = { maxBytes: 10 * 1024 * 1024, maxCount: 9, thumbSize: 320, previewSize: 2048 };

/** One photo received with a visit, in a temporary file until the visit is saved. */
export interface ReceivedPhoto {
  index: number;
  tmpPath: string;
  fileName: string;
  bytes: number;
}

export interface ReceivedVisit {
  /** The text of the `visit` field (JSON), or null when it was not sent. */
  visitJson: string | null;
  photos: ReceivedPhoto[];
  dispose(): Promise<void>;
}

/** A photo checked and rendered: the files are in place under DATA_DIR/photos, ready to be recorded. */
export interface StoredPhoto {
  fileName: string;
  contentType: PhotoType;
  bytes: number;
  width: number | null;
  height: number | null;
  sha256: string;
  storedPath: string;
  previewPath: string | null;
  thumbPath: string;
}

const photoError = (index: number, status: 'unsupported_media_type' | 'unprocessable', message: string) =>
  new AppError(status, `第 ${index + 1} 张照片${message}`, {
    errors: [{ path: `photos[${index}]`, message }],
  });

/**
 * Reads a visit's multipart body: the JSON field `visit` and up to nine `photos` files, each streamed to a
 * temporary file under DATA_DIR/tmp and refused above 10 MB, so nothing large is held in memory.
 */
export async function receiveVisit(request: FastifyRequest, dataDir: string): Promise<ReceivedVisit> {
  if (!request.isMultipart())
    throw new AppError(
      'unsupported_media_type',
      '请以 multipart/form-data 提交（字段 visit 为 JSON，照片字段 photos）',
    );
  const dir = path.join(dataDir, 'tmp');
  await mkdir(dir, { recursive: true });
  const photos: ReceivedPhoto[] = [];
  const dispose = async () => {
    await Promise.all(photos.map((p) => rm(p.tmpPath, { force: true })));
  };
  let visitJson: string | null = null;
  try {
    const parts = request.parts({
      limits: {
        fileSize: photoRules.maxBytes,
        files: photoRules.maxCount + 1,
        fields: 5,
        fieldSize: 200_000,
      },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname === 'visit') visitJson = String(part.value);
        continue;
      }
      if (part.fieldname !== 'photos' && part.fieldname !== 'photos[]') {
        part.file.resume();
        throw new AppError('bad_request', `未知的文件字段 ${part.fieldname}（照片字段名为 photos）`, {
          errors: [{ path: part.fieldname, message: '未知的文件字段' }],
        });
      }
      const index = photos.length;
      if (index >= photoRules.maxCount) {
        part.file.resume();
        throw new AppError('bad_request', `一次最多上传 ${photoRules.maxCount} 张照片`, {
          errors: [{ path: 'photos', message: `最多 ${photoRules.maxCount} 张` }],
        });
      }
      const tmpPath = path.join(dir, `${randomUUID()}.photo`);
      photos.push({ index, tmpPath, fileName: part.filename || `照片${index + 1}`, bytes: 0 });
      await pipeline(part.file, createWriteStream(tmpPath));
      if (part.file.truncated)
        throw new AppError(
          'payload_too_large',
          `第 ${index + 1} 张照片超过 ${photoRules.maxBytes / 1024 / 1024} MB 的大小限制`,
          { errors: [{ path: `photos[${index}]`, message: '超过 10 MB' }] },
        );
      photos[index]!.bytes = part.file.bytesRead;
    }
  } catch (error) {
    await dispose();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT')
      throw new AppError('bad_request', `一次最多上传 ${photoRules.maxCount} 张照片`, {
        errors: [{ path: 'photos', message: `最多 ${photoRules.maxCount} 张` }],
      });
    throw error;
  }
  return { visitJson, photos, dispose };
}

/** Checks each photo by its content (whatever its name says) and that it is not empty, before any is stored. */
export async function checkPhotos(photos: readonly ReceivedPhoto[]): Promise<PhotoType[]> {
  const types: PhotoType[] = [];
  for (const photo of photos) {
    if (photo.bytes === 0) throw photoError(photo.index, 'unprocessable', '是空文件');
    const type = photoTypeOf(await readMagic(photo.tmpPath, 16));
    if (!type)
      throw photoError(
        photo.index,
        'unsupported_media_type',
        '不是 JPEG、PNG 或 HEIC 图片（按文件内容判断，与扩展名无关）',
      );
    types.push(type);
  }
  return types;
}

async function decode(buffer: Buffer, type: PhotoType): Promise<sharp.Sharp> {
  if (type !== 'image/heic') return sharp(buffer, { failOn: 'error' }).rotate();
  // libvips as shipped with sharp reads HEIF containers but not the HEVC codec phones use: decode in WASM.
  const image = await decodeHeic({ buffer });
  return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
    raw: { width: image.width, height: image.height, channels: 4 },
  });
}

/**
 * Renders a thumbnail (and, for HEIC, a JPEG that browsers can show) and moves the photo under
 * DATA_DIR/photos/<yyyy-mm>/. A file whose bytes look like an image but do not decode is refused.
 */
export async function storePhoto(
  photo: ReceivedPhoto,
  type: PhotoType,
  dataDir: string,
  month: string,
): Promise<StoredPhoto> {
  const buffer = await readFile(photo.tmpPath);
  let width: number | null = null;
  let height: number | null = null;
  let thumb: Buffer;
  let preview: Buffer | null = null;
  try {
    const image = await decode(buffer, type);
    const { info } = await image.clone().toBuffer({ resolveWithObject: true });
    width = info.width;
    height = info.height;
    thumb = await image
      .clone()
      .resize(photoRules.thumbSize, photoRules.thumbSize, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    if (type === 'image/heic')
      preview = await image
        .clone()
        .resize(photoRules.previewSize, photoRules.previewSize, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 85 })
        .toBuffer();
  } catch {
    throw photoError(photo.index, 'unprocessable', '无法解码，文件可能已损坏');
  }
  const relativeDir = path.join('photos', month);
  await mkdir(path.join(dataDir, relativeDir), { recursive: true });
  const stem = randomUUID();
  const extension = type === 'image/jpeg' ? 'jpg' : type === 'image/png' ? 'png' : 'heic';
  const storedPath = path.join(relativeDir, `${stem}.${extension}`);
  const thumbPath = path.join(relativeDir, `${stem}.thumb.jpg`);
  const previewPath = preview ? path.join(relativeDir, `${stem}.preview.jpg`) : null;
  await writeFile(path.join(dataDir, storedPath), buffer);
  await writeFile(path.join(dataDir, thumbPath), thumb);
  if (preview && previewPath) await writeFile(path.join(dataDir, previewPath), preview);
  return {
    fileName: photo.fileName.slice(0, 200),
    contentType: type,
    bytes: buffer.length,
    width,
    height,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    storedPath,
    previewPath,
    thumbPath,
  };
}

/** Removes stored files again when the visit they belong to could not be saved. */
export async function removeStored(dataDir: string, photos: readonly StoredPhoto[]): Promise<void> {
  await Promise.all(
    photos.flatMap((p) =>
      [p.storedPath, p.thumbPath, p.previewPath]
        .filter((f): f is string => f !== null)
        .map((f) => rm(path.join(dataDir, f), { force: true })),
    ),
  );
}
