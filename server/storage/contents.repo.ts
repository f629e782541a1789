// Contents and their files (README "Content files"): a content is a folder of named files (reports.json,
// data_ids.json) or one file of its own (createContent's uploadURL, stored under the name ''). A file's
// bytes are stored as chunks of one upload; the file row points at its upload only once every chunk is
// in, so a reader sees the old bytes or the new ones, never half of an upload.
import { newId, now } from './clock';
import type { Db } from './db';

/** Bytes per stored chunk: small enough to read one at a time, big enough to keep the row count low. */
export const CHUNK_BYTES = 1024 * 1024;

/** Chunks of uploads that never finished are removed once this old (an upload URL lives an hour). */
const ABANDONED_UPLOAD_MS = 2 * 3_600_000;

/** The name a content's own file is stored under (named files are never empty, see contents resolvers). */
export const OWN_FILE = '';

export const FOLDER_CONTENT_TYPE = 'FOLDER';

export interface ContentRecord {
  id: string;
  key: string | null;
  contentType: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface StoredFile {
  contentType: string;
  size: number;
  uploadId: string;
  chunkCount: number;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID (48-bit time + 80 random bits in Crockford base 32): the SDK accepts only such ids in model contents. */
export function newContentId(time = Date.now()): string {
  let text = '';
  for (let t = time, i = 0; i < 10; i += 1, t = Math.floor(t / 32)) text = CROCKFORD[t % 32]! + text;
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) text += CROCKFORD[byte % 32];
  return text;
}

export async function createContent(
  db: Db,
  input: { key: string | null; contentType: string | null },
  caller: string,
): Promise<ContentRecord> {
  const record: ContentRecord = { id: newContentId(), ...input, createdAt: now(), createdBy: caller };
  await db
    .insertInto('contents')
    .values({
      id: record.id,
      key: record.key,
      content_type: record.contentType,
      created_at: record.createdAt,
      created_by: record.createdBy,
    })
    .execute();
  return record;
}

export async function getContent(db: Db, id: string): Promise<ContentRecord | undefined> {
  const row = await db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && {
      id: row.id,
      key: row.key,
      contentType: row.content_type,
      createdAt: row.created_at,
      createdBy: row.created_by,
    }
  );
}

export async function getFile(db: Db, contentId: string, fileName: string): Promise<StoredFile | undefined> {
  const row = await db
    .selectFrom('content_files')
    .select(['content_type', 'size', 'upload_id', 'chunk_count'])
    .where('content_id', '=', contentId)
    .where('file_name', '=', fileName)
    .executeTakeFirst();
  return row && { contentType: row.content_type, size: row.size, uploadId: row.upload_id, chunkCount: row.chunk_count };
}

export async function readChunk(db: Db, uploadId: string, position: number): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('content_file_chunks')
    .select('data')
    .where('upload_id', '=', uploadId)
    .where('position', '=', position)
    .executeTakeFirst();
  return row?.data;
}

/** Thrown by writeFile when the bytes exceed `maxBytes`; nothing of the upload is kept. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
}

/**
 * Stores `body` as the file `fileName` of `contentId`, replacing its earlier bytes once all are in.
 * Reads at most `maxBytes` + one piece of the stream; a longer one is cancelled (FileTooLargeError).
 */
export async function writeFile(
  db: Db,
  file: { contentId: string; fileName: string; contentType: string },
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<void> {
  const uploadId = newId();
  const createdAt = now();
  let size = 0;
  let position = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    await db
      .insertInto('content_file_chunks')
      .values({ upload_id: uploadId, position, data: Buffer.concat(pending, pendingBytes), created_at: createdAt })
      .execute();
    position += 1;
    pending = [];
    pendingBytes = 0;
  };
  const removeUpload = () => db.deleteFrom('content_file_chunks').where('upload_id', '=', uploadId).execute();
  try {
    const reader = body?.getReader();
    for (let piece = await reader?.read(); piece && !piece.done; piece = await reader?.read()) {
      size += piece.value.byteLength;
      if (size > maxBytes) {
        await reader?.cancel();
        throw new FileTooLargeError(`${size} bytes exceed ${maxBytes}`);
      }
      pending.push(piece.value);
      pendingBytes += piece.value.byteLength;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    if (pendingBytes > 0 || position === 0) await flush();
    await db.transaction().execute(async (trx) => {
      const previous = await trx
        .selectFrom('content_files')
        .select('upload_id')
        .where('content_id', '=', file.contentId)
        .where('file_name', '=', file.fileName)
        .executeTakeFirst();
      const row = {
        content_type: file.contentType,
        size,
        upload_id: uploadId,
        chunk_count: position,
        updated_at: now(),
      };
      await trx
        .insertInto('content_files')
        .values({ content_id: file.contentId, file_name: file.fileName, ...row })
        .onConflict((oc) => oc.columns(['content_id', 'file_name']).doUpdateSet(row))
        .execute();
      if (previous) await trx.deleteFrom('content_file_chunks').where('upload_id', '=', previous.upload_id).execute();
    });
  } catch (error) {
    await removeUpload();
    throw error;
  }
  await removeAbandonedUploads(db);
}

/** Chunks left by uploads that were cut off (a crash, a dropped connection) and that no file points at. */
async function removeAbandonedUploads(db: Db): Promise<void> {
  const before = new Date(Date.now() - ABANDONED_UPLOAD_MS).toISOString();
  await db
    .deleteFrom('content_file_chunks')
    .where('created_at', '<', before)
    .where('upload_id', 'not in', db.selectFrom('content_files').select('upload_id'))
    .execute();
}
