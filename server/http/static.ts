// Serves the built SPA from dist/ as the app's catch-all route: files, SPA fallback to index.html,
// validators, immutable hashed assets, and each file compressed once and kept in memory.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Context } from 'hono';

import { errorResponse } from './error-response';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.txt', '.svg', '.ico']);
const MIN_COMPRESS_BYTES = 1024;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

type Encoding = 'br' | 'gzip';

interface CachedFile {
  key: string; // size + mtime: a rebuilt dist/ invalidates the entry
  body: Buffer;
  etag: string;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

// Compressed once per file and kept: brotli 5 takes ~0.2 s on the main bundle here and still beats gzip 9; 9+ takes seconds.
function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gz(body, { level: 9 });
}

/** The best encoding the client accepts (q > 0), preferring brotli. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (q === undefined || Number(q) > 0) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/** Where a request path points inside dist/, or null when it must not be served from disk. */
function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  // Dotfiles and traversal: nothing in dist/ starts with a dot.
  if (segments.some((s) => s.startsWith('.'))) return null;
  const file = path.join(root, ...segments);
  return file.startsWith(root + path.sep) || file === root ? file : null;
}

/** Paths that look like files (an extension) or live under /assets/ get a 404; anything else is an app route. */
function isAppRoute(pathname: string): boolean {
  if (pathname.startsWith('/assets/')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}

export type StaticHandler = (c: Context) => Promise<Response>;

const notFound = () => errorResponse(404, 'NOT_FOUND', 'Not found');

export function createStaticHandler(distDir: string): StaticHandler {
  const root = path.resolve(distDir);
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | null> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      cache.delete(file); // a rebuild replaced it
      return null;
    }
    const key = `${info.size}-${info.mtimeMs}`;
    const hit = cache.get(file);
    if (hit?.key === key) return hit;
    const body = await readFile(file);
    const entry: CachedFile = {
      key,
      body,
      etag: `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
      encoded: {},
    };
    cache.set(file, entry);
    return entry;
  }

  async function sendFile(c: Context, file: string, entry: CachedFile, cacheControl: string): Promise<Response> {
    const ext = path.extname(file).toLowerCase();
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      ETag: entry.etag,
    };
    const compressible = COMPRESSIBLE.has(ext) && entry.body.length >= MIN_COMPRESS_BYTES;
    if (compressible) headers['Vary'] = 'Accept-Encoding';
    if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers);
    const encoding = compressible ? pickEncoding(c.req.header('accept-encoding')) : undefined;
    let body = entry.body;
    if (encoding) {
      entry.encoded[encoding] ??= compress(entry.body, encoding);
      body = await entry.encoded[encoding];
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = String(body.length);
    // HEAD: Hono answers it as GET without the body.
    return c.body(new Uint8Array(body), 200, headers);
  }

  return async function serveStatic(c) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return errorResponse(405, 'BAD_REQUEST', 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    // The raw path: resolveInside decodes it once itself.
    const pathname = new URL(c.req.url).pathname;
    const file = resolveInside(root, pathname);
    if (file === null) return notFound();
    const entry = await load(file);
    if (entry) return sendFile(c, file, entry, pathname.startsWith('/assets/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
    if (!isAppRoute(pathname)) return notFound();
    const indexFile = path.join(root, 'index.html');
    const index = await load(indexFile);
    if (!index) {
      return errorResponse(
        503,
        'INTERNAL',
        'The web app is not built. Run npm run build, or start the server with npm start.',
      );
    }
    return sendFile(c, indexFile, index, CACHE_REVALIDATE);
  };
}
