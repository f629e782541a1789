// Browser sign-in (README §12): the dashboard trades an access key + secret for an HttpOnly,
// SameSite=Strict session cookie, so no secret is ever readable by page scripts.
//   GET    /auth/session  → { required, authenticated, accessKey }
//   POST   /auth/session  { accessKey, accessKeySecret } → sets the cookie
//   DELETE /auth/session  → clears it
// Cookie-authenticated API calls and the POST/DELETE above must carry X-Requested-With (a custom
// header a cross-site form cannot send) and, when the browser sends Origin, come from this origin.
// Sessions and failed sign-ins live in the database (issue 7), so every server process on it behaves
// as one; the cookie carries a random 256-bit token and the database only its SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { basicAuthChecker, type AccessKeyPair } from './access';
import type { Db } from './storage/db';
import { databaseSignInStore, type FailureWindow, type SignInStore } from './storage/sessions.repo';

export const SESSION_COOKIE = 'mc_session';
export const SESSION_PATH = '/auth/session';
const SESSION_SECONDS = 12 * 60 * 60;
/** Bound on live sessions, and on addresses with recent failed sign-ins: the oldest go first. */
const MAX_SESSIONS = 10_000;
const MAX_BODY_BYTES = 16 * 1024;
/** 32 random bytes in base64url; anything else in the cookie is not worth a database lookup. */
const TOKEN_SHAPE = /^[\w-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Sign-in state of this process only, for proxy mode, which has no database to share it through. */
function memorySignInStore(maxRows: number): SignInStore {
  const sessions = new Map<string, { accessKey: string; expiresAt: number }>();
  const failures = new Map<string, FailureWindow>();
  /** Maps keep insertion order, so the first key is the oldest. */
  const makeRoom = (map: Map<string, unknown>) => {
    if (map.size >= maxRows) map.delete(map.keys().next().value as string);
  };
  return {
    addSession({ tokenHash, accessKey, expiresAt }, now) {
      for (const [hash, session] of sessions) if (session.expiresAt <= now) sessions.delete(hash);
      makeRoom(sessions);
      sessions.set(tokenHash, { accessKey, expiresAt });
      return Promise.resolve();
    },
    sessionKey(tokenHash, now) {
      const session = sessions.get(tokenHash);
      return Promise.resolve(session !== undefined && session.expiresAt > now ? session.accessKey : null);
    },
    removeSession(tokenHash) {
      sessions.delete(tokenHash);
      return Promise.resolve();
    },
    failures(address, windowStart) {
      const entry = failures.get(address);
      return Promise.resolve(entry !== undefined && entry.since > windowStart ? { ...entry } : null);
    },
    addFailure(address, now, windowStart) {
      const entry = failures.get(address);
      if (entry !== undefined && entry.since > windowStart) entry.count += 1;
      else {
        failures.delete(address);
        makeRoom(failures);
        failures.set(address, { count: 1, since: now });
      }
      return Promise.resolve();
    },
    clearFailures(address) {
      failures.delete(address);
      return Promise.resolve();
    },
  };
}

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
  /** Where sessions and failed sign-ins live, shared by every process on it; without one, this process only (proxy mode). */
  db?: Db | undefined;
  /** Count failures per client address as the reverse proxy reports it (the last X-Forwarded-For entry). */
  trustProxy?: boolean;
}

/**
 * The address failed sign-ins are counted against. Behind a trusted proxy that is the right-most
 * X-Forwarded-For entry, the one the proxy appended; entries left of it are whatever the client sent.
 */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const forwarded = [req.headers['x-forwarded-for'] ?? []].flat().join(',').split(',');
  return forwarded.map((entry) => entry.trim()).findLast((entry) => entry !== '') ?? socket;
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
    db,
    trustProxy = false,
  } = typeof clockOrOptions === 'function' ? { clock: clockOrOptions } : clockOrOptions;
  const required = accessKeys.length > 0;
  const checkBasic = basicAuthChecker(accessKeys);
  const configuredKeys = new Set(accessKeys.map((pair) => pair.accessKey));
  const store = db ? databaseSignInStore(db, MAX_SESSIONS) : memorySignInStore(MAX_SESSIONS);

  /** Milliseconds until `address` may try again; failures count in a window that starts at the first one. */
  async function blockedFor(address: string): Promise<number> {
    const now = clock();
    const window = await store.failures(address, now - failureWindowMs);
    return window !== null && window.count >= maxFailures ? window.since + failureWindowMs - now : 0;
  }

  /** The access key of a live session, as long as this server still accepts that key. */
  async function lookup(token: string | null): Promise<string | null> {
    if (token === null || !TOKEN_SHAPE.test(token)) return null;
    const accessKey = await store.sessionKey(hashOf(token), clock());
    return accessKey !== null && configuredKeys.has(accessKey) ? accessKey : null;
  }

  function cookie(token: string, maxAge: number): Record<string, string> {
    return { 'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}` };
  }

  /** For createApp: the caller behind a valid session cookie on a same-origin request, else null. */
  function authenticate(request: Request): Promise<string | null> {
    if (!passesCsrf(request.headers)) return Promise.resolve(null);
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
      const accessKey = required ? await lookup(token) : null;
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
      if (token !== null && TOKEN_SHAPE.test(token)) await store.removeSession(hashOf(token));
      res.writeHead(204, { 'Cache-Control': 'no-store', ...cookie('', 0) });
      res.end();
      return;
    }
    if (!required) {
      sendError(res, 400, 'BAD_REQUEST', 'This server has no access keys, so there is nothing to sign in to');
      return;
    }
    const address = clientAddress(req, trustProxy);
    const blocked = await blockedFor(address);
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
      const now = clock();
      await store.addFailure(address, now, now - failureWindowMs);
      await new Promise((resolve) => setTimeout(resolve, failureDelayMs));
      sendError(res, 401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
      return;
    }
    await store.clearFailures(address);
    const newToken = randomBytes(32).toString('base64url');
    const now = clock();
    await store.addSession({ tokenHash: hashOf(newToken), accessKey, expiresAt: now + SESSION_SECONDS * 1000 }, now);
    sendJson(res, 200, { required, authenticated: true, accessKey }, cookie(newToken, SESSION_SECONDS));
  }

  return { authenticate, handle };
}

export type Sessions = ReturnType<typeof createSessions>;
