// Proxy mode (README §12): the dashboard's /graphql/ is forwarded to a Superb AI host with this
// server's access key added, so the browser never holds the key. Requests are never retried:
// createModel is not idempotent.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { basicAuthChecker, type AccessKeyPair, type Authenticate } from './access';
import type { ErrorCode } from './errors';
import { MAX_BODY_BYTES } from './yoga';

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
const GRAPHQL_PATHS = new Set(['/graphql', '/graphql/']);

export interface ProxyOptions {
  /** The Superb AI host, used as configured: requests go to `${host}/graphql/`. */
  host: string;
  /** The key the upstream is called with. */
  upstreamKey: { accessKey: string; accessKeySecret: string };
  timeoutMs?: number;
  /** The proxy's own keys; with none set it must only listen on loopback (config.ts enforces it). */
  accessKeys?: readonly AccessKeyPair[];
  /** Session cookie check for the browser (session.ts). */
  authenticate?: Authenticate;
  fetch?: typeof fetch;
}

type ProxyCode = ErrorCode | 'UPSTREAM_UNAVAILABLE';

function sendError(res: ServerResponse, status: number, code: ProxyCode, message: string, headers = {}) {
  const text = JSON.stringify({ errors: [{ message, code, extensions: { code } }] });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(new URL(req.url ?? '/', 'http://localhost'), { headers });
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = cause?.code ?? cause?.message;
  return typeof detail === 'string' ? ` (${detail})` : '';
}

export function createProxy({
  host,
  upstreamKey,
  timeoutMs = DEFAULT_UPSTREAM_TIMEOUT_MS,
  accessKeys = [],
  authenticate,
  fetch: fetchUpstream = fetch,
}: ProxyOptions) {
  const target = `${host}/graphql/`;
  const authorization = `Basic ${Buffer.from(`${upstreamKey.accessKey}:${upstreamKey.accessKeySecret}`, 'utf8').toString('base64')}`;
  const checkBasic = basicAuthChecker(accessKeys);

  async function allowed(req: IncomingMessage): Promise<boolean> {
    if (accessKeys.length === 0) return true;
    if (checkBasic(req.headers.authorization ?? null) !== null) return true;
    return authenticate ? (await authenticate(toRequest(req))) !== null : false;
  }

  return async function proxy(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!GRAPHQL_PATHS.has(pathname)) {
      sendError(res, 404, 'NOT_FOUND', `No API at ${pathname}; in proxy mode use POST /graphql/`);
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 405, 'BAD_REQUEST', 'Send GraphQL operations with POST', { Allow: 'POST' });
      return;
    }
    if (!(await allowed(req))) {
      sendError(res, 401, 'UNAUTHENTICATED', 'Authentication required: sign in, or send Authorization: Basic …');
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendError(res, 413, 'BAD_REQUEST', `Request bodies are limited to ${MAX_BODY_BYTES / 1024 / 1024} MB`);
      return;
    }

    let upstream: Response;
    let payload: ArrayBuffer;
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      upstream = await fetchUpstream(target, {
        method: 'POST',
        headers: {
          'Content-Type': req.headers['content-type'] ?? 'application/json',
          Accept: 'application/json',
          Authorization: authorization,
        },
        body: new Uint8Array(body),
        redirect: 'manual',
        signal,
      });
      payload = await upstream.arrayBuffer();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        sendError(
          res,
          504,
          'UPSTREAM_UNAVAILABLE',
          `The Superb AI host ${host} did not answer within ${timeoutMs / 1000} s. Try again later.`,
        );
      } else {
        sendError(res, 502, 'UPSTREAM_UNAVAILABLE', `Cannot reach the Superb AI host ${host}${causeOf(error)}.`);
      }
      return;
    }

    if (upstream.status === 401 || upstream.status === 403) {
      sendError(
        res,
        401,
        'UNAUTHENTICATED',
        `The Superb AI host ${host} refused the access key (HTTP ${upstream.status}). ` +
          'Check the key this server was started with.',
      );
      return;
    }
    if (upstream.status >= 500) {
      sendError(
        res,
        502,
        'UPSTREAM_UNAVAILABLE',
        `The Superb AI host ${host} failed (HTTP ${upstream.status}). Try again later.`,
      );
      return;
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      sendError(
        res,
        502,
        'UPSTREAM_UNAVAILABLE',
        `The Superb AI host ${host} redirected the request (HTTP ${upstream.status}); check the --upstream address.`,
      );
      return;
    }
    // Only the body and its type go back: no upstream cookies or other headers reach the browser.
    res.writeHead(upstream.status, {
      'Content-Type': upstream.headers.get('content-type') ?? 'application/json; charset=utf-8',
      'Content-Length': payload.byteLength,
      'Cache-Control': 'no-store',
    });
    res.end(Buffer.from(payload));
  };
}
