// Browser sign-in (README §12): the dashboard trades an access key + secret for an HttpOnly,
// SameSite=Strict session cookie, so no secret is ever readable by page scripts.
//   GET    /auth/session  → { required, authenticated, accessKey }
//   POST   /auth/session  { accessKey, accessKeySecret } → sets the cookie
//   DELETE /auth/session  → clears it
// Cookie-authenticated API calls and the POST/DELETE above must carry X-Requested-With (a custom
// header a cross-site form cannot send) and, when the browser sends Origin, come from this origin.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { basicAuthChecker, type AccessKeyPair } from './access';

export const SESSION_COOKIE = 'mc_session';
export const SESSION_PATH = '/auth/session';
const SESSION_SECONDS = 12 * 60 * 60;
const MAX_SESSIONS = 10_000;
const MAX_BODY_BYTES = 16 * 1024;

type HeaderSource = { get(name: string): string | null };

function cookieValue(cookieHeader: string | null | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** Same origin as far as the browser tells: Origin, when present, must name the Host we were reached at. */
function passesCsrf(headers: HeaderSource): boolean {
  if (!headers.get('x-requested-with')) return false;
  const origin = headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host === headers.get('host');
  } catch {
    return false;
  }
}

function nodeHeaders(req: IncomingMessage): HeaderSource {
  return { get: (name) => [req.headers[name.toLowerCase()]].flat()[0] ?? null };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
) {
  sendJson(res, status, { errors: [{ message, code, extensions: { code } }] }, headers);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseCredentials(text: string): { accessKey: string; accessKeySecret: string } | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { accessKey, accessKeySecret } = value as Record<string, unknown>;
    return typeof accessKey === 'string' && typeof accessKeySecret === 'string' ? { accessKey, accessKeySecret } : null;
  } catch {
    return null;
  }
}

export interface SessionOptions {
  clock?: () => number;
  /** How long a wrong key or secret waits before its answer, to slow down guessing. */
  failureDelayMs?: number;
  /** Failed sign-ins allowed per client address within `failureWindowMs`; then HTTP 429 until the window ends. */
  maxFailures?: number;
  failureWindowMs?: number;
}

export const WRONG_CREDENTIALS = 'The access key or secret is wrong.';

export function createSessions(
  accessKeys: readonly AccessKeyPair[],
  clockOrOptions: (() => number) | SessionOptions = {},
) {
  const {
    clock = Date.now,
    failureDelayMs = 750,
    maxFailures = 10,
    failureWindowMs = 15 * 60 * 1000,
  } = typeof clockOrOptions === 'function' ? { clock: clockOrOptions } : clockOrOptions;
  const required = accessKeys.length > 0;
  const checkBasic = basicAuthChecker(accessKeys);
  const sessions = new Map<string, { accessKey: string; expires: number }>();
  // Failed sign-ins per client address; an entry starts its window at the first failure.
  const failures = new Map<string, { count: number; since: number }>();

  function blockedFor(address: string): number {
    const entry = failures.get(address);
    if (!entry) return 0;
    const left = entry.since + failureWindowMs - clock();
    if (left <= 0) {
      failures.delete(address);
      return 0;
    }
    return entry.count >= maxFailures ? left : 0;
  }

  function recordFailure(address: string) {
    const entry = failures.get(address);
    if (entry) entry.count += 1;
    else {
      if (failures.size >= MAX_SESSIONS) failures.delete(failures.keys().next().value as string);
      failures.set(address, { count: 1, since: clock() });
    }
  }

  function lookup(token: string | null): string | null {
    if (token === null) return null;
    const session = sessions.get(token);
    if (!session) return null;
    if (session.expires <= clock()) {
      sessions.delete(token);
      return null;
    }
    return session.accessKey;
  }

  function cookie(token: string, maxAge: number): Record<string, string> {
    return { 'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}` };
  }

  /** For createApp: the caller behind a valid session cookie on a same-origin request, else null. */
  function authenticate(request: Request): string | null {
    if (!passesCsrf(request.headers)) return null;
    return lookup(cookieValue(request.headers.get('cookie'), SESSION_COOKIE));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = nodeHeaders(req);
    const token = cookieValue(headers.get('cookie'), SESSION_COOKIE);
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== SESSION_PATH) {
      sendError(res, 404, 'NOT_FOUND', `No such endpoint; sign in with POST ${SESSION_PATH}`);
      return;
    }
    if (req.method === 'GET') {
      const accessKey = required ? lookup(token) : null;
      sendJson(res, 200, { required, authenticated: !required || accessKey !== null, accessKey });
      return;
    }
    if (req.method !== 'POST' && req.method !== 'DELETE') {
      sendError(res, 405, 'BAD_REQUEST', 'Use GET, POST or DELETE', { Allow: 'GET, POST, DELETE' });
      return;
    }
    if (!passesCsrf(headers)) {
      sendError(res, 403, 'BAD_REQUEST', 'Cross-site request refused: send X-Requested-With from the same origin');
      return;
    }
    if (req.method === 'DELETE') {
      if (token !== null) sessions.delete(token);
      res.writeHead(204, { 'Cache-Control': 'no-store', ...cookie('', 0) });
      res.end();
      return;
    }
    if (!required) {
      sendError(res, 400, 'BAD_REQUEST', 'This server has no access keys, so there is nothing to sign in to');
      return;
    }
    const address = req.socket.remoteAddress ?? 'unknown';
    const blocked = blockedFor(address);
    if (blocked > 0) {
      const minutes = Math.ceil(blocked / 60_000);
      sendError(
        res,
        429,
        'BAD_REQUEST',
        `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { 'Retry-After': String(Math.ceil(blocked / 1000)) },
      );
      return;
    }
    const body = await readBody(req);
    const credentials = body === null ? null : parseCredentials(body);
    if (credentials === null) {
      sendError(res, 400, 'BAD_REQUEST', 'Send JSON { "accessKey": "…", "accessKeySecret": "…" }');
      return;
    }
    const basic = `Basic ${Buffer.from(`${credentials.accessKey}:${credentials.accessKeySecret}`, 'utf8').toString('base64')}`;
    const accessKey = checkBasic(basic);
    if (accessKey === null) {
      recordFailure(address);
      await new Promise((resolve) => setTimeout(resolve, failureDelayMs));
      sendError(res, 401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
      return;
    }
    failures.delete(address);
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string); // oldest first
    const newToken = randomBytes(32).toString('base64url');
    sessions.set(newToken, { accessKey, expires: clock() + SESSION_SECONDS * 1000 });
    sendJson(res, 200, { required, authenticated: true, accessKey }, cookie(newToken, SESSION_SECONDS));
  }

  return { authenticate, handle };
}

export type Sessions = ReturnType<typeof createSessions>;
