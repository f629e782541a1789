// The content file routes (README "Content files"): PUT stores a file's bytes with their Content-Type,
// GET (and HEAD) serves them with it. The signed URL is the permission: no access key is asked for
// (the SDK's PUT carries its Basic header, a browser's GET none), and none is checked.
import { errorResponse } from '../http/error-response';
import type { Db, Storage } from '../storage/db';
import { FileTooLargeError, getContent, getFile, readChunk, writeFile } from '../storage/contents.repo';
import { createContentUrls, type ContentUrls, type FileAddress, type FileMethod } from './signed-urls';

/** --max-file-mb counts in MB of 1,048,576 bytes, as the API's own 5 MB body limit does. */
export const MB = 1024 * 1024;
export const DEFAULT_MAX_FILE_MB = 50;
export const DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_FILE_MB * MB;

export interface FileRoutesOptions {
  db: Db;
  urls: ContentUrls;
  maxFileBytes: number;
}

const ALLOW = 'GET, HEAD, PUT';

/** `/contents/{id}` or `/contents/{id}/files/{name}` (each part percent-encoded), else null. */
function fileAddress(pathname: string): FileAddress | null {
  const match = /^\/contents\/([^/]+)(?:\/files\/([^/]+))?\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return { contentId: decodeURIComponent(match[1]), fileName: match[2] ? decodeURIComponent(match[2]) : '' };
  } catch {
    return null;
  }
}

/** A refusal before the body was read: the connection cannot carry another request. */
const refuse = (request: Request, status: number, code: 'BAD_REQUEST' | 'NOT_FOUND', message: string) =>
  errorResponse(status, code, message, request.method === 'PUT' ? { Connection: 'close' } : {});

export function createFileRoutes({ db, urls, maxFileBytes }: FileRoutesOptions) {
  const limitText = `${+(maxFileBytes / MB).toFixed(3)} MB`;
  const tooLarge = () =>
    errorResponse(413, 'BAD_REQUEST', `Files are limited to ${limitText} (--max-file-mb)`, { Connection: 'close' });

  async function upload(request: Request, file: FileAddress): Promise<Response> {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > maxFileBytes) return tooLarge();
    const content = await getContent(db, file.contentId);
    if (!content) return refuse(request, 404, 'NOT_FOUND', `No content ${file.contentId}`);
    const contentType =
      request.headers.get('content-type') ??
      (file.fileName === '' && content.contentType?.includes('/') ? content.contentType : 'application/octet-stream');
    try {
      await writeFile(db, { ...file, contentType }, request.body, maxFileBytes);
      return new Response(null, { status: 200, headers: { 'Content-Length': '0' } });
    } catch (error) {
      if (error instanceof FileTooLargeError) return tooLarge();
      throw error;
    }
  }

  async function download(request: Request, file: FileAddress): Promise<Response> {
    const stored = await getFile(db, file.contentId, file.fileName);
    if (!stored) {
      const what = file.fileName === '' ? 'no file of its own' : `no file ${file.fileName}`;
      return errorResponse(404, 'NOT_FOUND', `Content ${file.contentId} has ${what} yet`);
    }
    const headers = {
      'Content-Type': stored.contentType,
      'Content-Length': String(stored.size),
      'Cache-Control': 'no-store',
    };
    if (request.method === 'HEAD') return new Response(null, { headers });
    let position = 0;
    // One chunk in memory at a time, read when the client is ready for it.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (position >= stored.chunkCount) return controller.close();
        const chunk = await readChunk(db, stored.uploadId, position);
        position += 1;
        if (chunk === undefined) return controller.error(new Error('The file was replaced while it was being read'));
        controller.enqueue(chunk);
      },
    });
    return new Response(body, { headers });
  }

  return async function serveFile(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const file = fileAddress(url.pathname);
    if (!file) {
      return errorResponse(404, 'NOT_FOUND', `Nothing at ${url.pathname}; file URLs come from the API`);
    }
    if (!['GET', 'HEAD', 'PUT'].includes(request.method)) {
      return errorResponse(405, 'BAD_REQUEST', 'File URLs take PUT (upload) or GET (download)', {
        Allow: ALLOW,
        ...(request.body && { Connection: 'close' }),
      });
    }
    const method: FileMethod = request.method === 'PUT' ? 'PUT' : 'GET';
    const refusal = urls.refusal(url, method, file);
    if (refusal !== null) return refuse(request, 403, 'BAD_REQUEST', refusal);
    return method === 'PUT' ? upload(request, file) : download(request, file);
  };
}

/** The signer the content mutations use and the routes that accept its URLs, on one storage. */
export function createContentFiles(
  storage: Storage,
  { maxFileBytes = DEFAULT_MAX_FILE_BYTES, clock }: { maxFileBytes?: number; clock?: (() => number) | undefined } = {},
) {
  const urls = createContentUrls(storage.contentUrlSecret, clock);
  return { urls, routes: createFileRoutes({ db: storage.db, urls, maxFileBytes }) };
}
