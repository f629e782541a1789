// The HTTP app on Hono (README "The API over HTTP", "Signing in"): security headers on every answer, the Host guard, browser sign-in
// at /auth, the API (local GraphQL or the proxy) behind one access middleware, and the web app.
// Every error answer carries the JSON error body of http/error-response.ts.
import type { RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';

import {
  accessRules,
  basicChallenge,
  GRAPHQL_PATHS,
  SYSTEM_PATHS,
  type AccessEnv,
  type AccessKeyPair,
  type Authenticate,
} from '../auth/access';
import { LOCAL_CAPABILITIES, type Capabilities } from '../../src/api/schemas';
import { CONTENTS_PATH } from '../contents/signed-urls';
import { errorResponse } from './error-response';
import { hostGuard } from './host-guard';
import type { Sessions } from '../auth/sessions';
import type { StaticHandler } from './static';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Chart libraries and headless UI primitives set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// GraphiQL (--dev only) is a page with inline scripts that loads its bundle from unpkg.
const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: blob: https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Stored files are data, never a page of this origin: no scripts, no styles, no embedding (README "Content files").
const CONTENT_FILE_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The API behind the access rules: local GraphQL or the proxy. `caller` is who the access rules admitted. */
export type ApiHandler = (request: Request, caller: string) => Response | Promise<Response>;

export interface HttpAppOptions {
  api: ApiHandler;
  /** With keys, API calls need Basic auth or a session; without, only loopback Host names are served. */
  accessKeys?: readonly AccessKeyPair[] | undefined;
  /** Browser sign-in at /auth/session, its cookie as a way in, and the failed-attempt limit. */
  sessions?: Sessions | undefined;
  /** Another way in besides Basic auth, when there are no sessions (tests). */
  authenticate?: Authenticate | undefined;
  /** Serves every path outside the API and /auth; without it they answer 404. */
  serveStatic?: StaticHandler | undefined;
  /** Host names served without access keys besides loopback ones (--public-host). */
  publicHosts?: readonly string[] | undefined;
  /** GraphiQL is served, so its page gets a CSP that lets it load. */
  dev?: boolean | undefined;
  /** GET /api/capabilities: what the API behind this app speaks (the local catalog: both generations). */
  capabilities?: (() => Capabilities | Promise<Capabilities>) | undefined;
  /** The content file routes (/contents/…, signed URLs); none in proxy mode, where the host issues its own URLs. */
  contentFiles?: ((request: Request) => Promise<Response>) | undefined;
  /** Proxy mode: GET /api/upstream-file?url=…, a file behind a download URL the host issued (proxy/issued-files.ts). */
  upstreamFile?: ((request: Request) => Promise<Response>) | undefined;
  /** Where unexpected failures are reported; the client only sees a JSON 500. */
  onError?: ((error: unknown) => void) | undefined;
}

const API_ROUTES = ['/graphql*', '/system/graphql*'];
const API_METHODS = new Set(['GET', 'POST']);

function securityHeaders(dev: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    const graphiql = dev && c.req.method === 'GET' && (c.res.headers.get('content-type') ?? '').startsWith('text/html');
    if (graphiql && /^\/(system\/)?graphql/.test(c.req.path))
      c.res.headers.set('Content-Security-Policy', GRAPHIQL_CSP);
    if (c.req.path.startsWith(CONTENTS_PATH)) c.res.headers.set('Content-Security-Policy', CONTENT_FILE_CSP);
  };
}

/** API answers are never stored by caches. */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};

/**
 * The Vary: Accept-Encoding that compress() would add, set inside compress() on the answer's own
 * headers: compress() sets it through `c.header`, which copies the whole answer into a new Response
 * (a re-encoding of every body, compressed or not).
 */
const varyEncoding: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Vary', 'Accept-Encoding');
};

const apiPathAndMethod: MiddlewareHandler = async (c, next) => {
  if (!GRAPHQL_PATHS.has(c.req.path) && !SYSTEM_PATHS.has(c.req.path)) {
    return errorResponse(404, 'NOT_FOUND', `No API at ${c.req.path}; use POST /graphql/`);
  }
  if (!API_METHODS.has(c.req.method)) {
    return errorResponse(405, 'BAD_REQUEST', 'Send GraphQL operations with GET (queries) or POST', {
      Allow: 'GET, POST',
    });
  }
  return next();
};

/**
 * POST bodies are JSON. Media types are case-insensitive and may carry spaces and a UTF-8 charset
 * (`Application/JSON`, `application/json ; charset=utf-8`); GraphQL sees them as `application/json`.
 */
const jsonBody: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'POST') return next();
  const [essence = '', ...parameters] = (c.req.header('content-type') ?? '')
    .split(';')
    .map((p) => p.trim().toLowerCase());
  const charsetOk = parameters.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
  if (essence !== 'application/json' || !charsetOk) {
    return errorResponse(415, 'BAD_REQUEST', 'Send the request body as JSON (Content-Type: application/json)');
  }
  // Rewritten only when yoga would not read it as JSON: a new Request turns the Node adapter's request
  // into a web-streams one, which costs every request its fast body read.
  const written = c.req.header('content-type') ?? '';
  if (written === 'application/json' || written.startsWith('application/json;')) return next();
  const headers = new Headers(c.req.raw.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  c.req.raw = new Request(c.req.raw, { headers });
  return next();
};

const bodyTooLarge = () =>
  errorResponse(413, 'BAD_REQUEST', `Request bodies are limited to ${MAX_BODY_BYTES / 1024 / 1024} MB`, {
    // The rest of the body is not read: the connection cannot carry another request.
    Connection: 'close',
  });

const streamedBodyLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: bodyTooLarge });

/**
 * A body with a declared length (Node's parser holds the body to it) is judged by that header alone:
 * hono's bodyLimit reads `request.body`, which turns the Node adapter's request into a web-streams one
 * and costs every API request its fast body read. A chunked body is counted as it streams.
 */
const limitBody: MiddlewareHandler = (c, next) => {
  const length = c.req.header('content-length');
  if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamedBodyLimit(c, next);
  return Number(length) > MAX_BODY_BYTES ? Promise.resolve(bodyTooLarge()) : next();
};

export function createHttpApp({
  api,
  accessKeys = [],
  sessions,
  authenticate = sessions?.authenticate,
  serveStatic,
  publicHosts = [],
  dev = false,
  capabilities = () => LOCAL_CAPABILITIES,
  contentFiles,
  upstreamFile,
  onError = console.error,
}: HttpAppOptions) {
  const app = new Hono<AccessEnv>();
  app.onError((error) => {
    onError(error);
    return errorResponse(500, 'INTERNAL', 'Internal server error');
  });
  app.notFound((c) => errorResponse(404, 'NOT_FOUND', `Nothing at ${c.req.path}`));
  app.use(securityHeaders(dev));
  if (accessKeys.length === 0) app.use(hostGuard(publicHosts));
  app.route(
    '/auth',
    sessions?.routes ?? new Hono().all('*', (c) => errorResponse(404, 'NOT_FOUND', `Nothing at ${c.req.path}`)),
  );
  for (const route of API_ROUTES) {
    app.use(
      route,
      basicChallenge,
      compress(),
      noStore,
      varyEncoding,
      apiPathAndMethod,
      accessRules({ accessKeys, authenticate, attemptLimit: sessions?.attemptLimit }),
      jsonBody,
      limitBody,
    );
    app.all(route, (c) => api(c.req.raw, c.get('caller')));
  }
  app.use(
    '/api/*',
    noStore,
    basicChallenge,
    accessRules({ accessKeys, authenticate, attemptLimit: sessions?.attemptLimit }),
  );
  app.get('/api/capabilities', async (c) => c.json(await capabilities()));
  if (upstreamFile) app.get('/api/upstream-file', (c) => upstreamFile(c.req.raw));
  app.all('/api/*', (c) => errorResponse(404, 'NOT_FOUND', `Nothing at ${c.req.path}; the API is POST /graphql/`));
  // The signature in a file URL is its permission (no access rules); the Host guard above still applies.
  if (contentFiles) app.all('/contents/*', (c) => contentFiles(c.req.raw));
  if (serveStatic) app.get('*', serveStatic).all('*', serveStatic);

  return {
    /** Answers one request in process: `app.fetch('http://localhost/graphql/', init)` (tests, seeding). */
    fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init),
    /** For node:http's createServer. */
    listener: getRequestListener(app.fetch) as RequestListener,
  };
}

export type HttpApp = ReturnType<typeof createHttpApp>;
