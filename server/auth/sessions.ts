// Browser sign-in (README "Signing in"): the dashboard trades an access key + secret for an HttpOnly,
// SameSite=Strict session cookie, so no secret is ever readable by page scripts.
//   GET    /auth/session  → { required, authenticated, accessKey }
//   POST   /auth/session  { accessKey, accessKeySecret } → sets the cookie
//   DELETE /auth/session  → clears it
// Cookie-authenticated API calls and the POST/DELETE above must carry X-Requested-With (a custom
// header a cross-site form cannot send) and, when the browser sends Origin, come from this origin.
// Sessions and failed sign-ins live in the database (README "Deploying for a team"), so every server process
// on it behaves as one; the cookie carries a random 256-bit token and the database only its SHA-256
// hash. Failed Basic attempts on the API count towards the same per-address limit.
import { createHash, randomBytes } from 'node:crypto';
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

import { basicAuthChecker, basicAuthorization, type AccessKeyPair, type AttemptLimit } from './access';
import { errorResponse } from '../http/error-response';
import type { Db } from '../storage/db';
import { databaseSignInStore, type FailureWindow, type SignInStore } from '../storage/sessions.repo';

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
 * The address failed attempts are counted against. Behind a trusted proxy that is the right-most
 * X-Forwarded-For entry, the one the proxy appended; entries left of it are whatever the client sent.
 */
function clientAddress(c: Context, trustProxy: boolean): string {
  const socket = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',');
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

  /** Failed sign-ins and failed Basic attempts: one count per address, in a window that starts at the first. */
  const attemptLimit: AttemptLimit = {
    addressOf: (c) => clientAddress(c, trustProxy),
    async blockedFor(address) {
      const now = clock();
      const window = await store.failures(address, now - failureWindowMs);
      return window !== null && window.count >= maxFailures ? window.since + failureWindowMs - now : 0;
    },
    recordFailure(address) {
      const now = clock();
      return store.addFailure(address, now, now - failureWindowMs);
    },
    refusal(ms) {
      const minutes = Math.ceil(ms / 60_000);
      return errorResponse(
        429,
        'BAD_REQUEST',
        `Too many failed attempts with a wrong access key or secret. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { 'Retry-After': String(Math.ceil(ms / 1000)) },
      );
    },
  };

  /** The access key of a live session, as long as this server still accepts that key. */
  async function lookup(token: string | null | undefined): Promise<string | null> {
    if (token == null || !TOKEN_SHAPE.test(token)) return null;
    const accessKey = await store.sessionKey(hashOf(token), clock());
    return accessKey !== null && configuredKeys.has(accessKey) ? accessKey : null;
  }

  /** For the access middleware: the caller behind a valid session cookie on a same-origin request, else null. */
  function authenticate(request: Request): Promise<string | null> {
    if (!passesCsrf(request.headers)) return Promise.resolve(null);
    return lookup(cookieValue(request.headers.get('cookie'), SESSION_COOKIE));
  }

  const status = (accessKey: string | null) => ({
    required,
    authenticated: !required || accessKey !== null,
    accessKey,
  });
  const noStore = { 'Cache-Control': 'no-store' };

  /** Mounted at /auth. */
  const routes = new Hono()
    .get('/session', async (c) =>
      c.json(status(required ? await lookup(getCookie(c, SESSION_COOKIE)) : null), 200, noStore),
    )
    .on(['POST', 'DELETE'], '/session', async (c, next) => {
      if (!passesCsrf({ get: (name) => c.req.header(name) ?? null })) {
        return errorResponse(
          403,
          'BAD_REQUEST',
          'Cross-site request refused: send X-Requested-With from the same origin',
        );
      }
      return next();
    })
    .delete('/session', async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token !== undefined && TOKEN_SHAPE.test(token)) await store.removeSession(hashOf(token));
      deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict' });
      return c.body(null, 204, noStore);
    })
    .post(
      '/session',
      async (c, next) => {
        if (!required) {
          return errorResponse(400, 'BAD_REQUEST', 'This server has no access keys, so there is nothing to sign in to');
        }
        const blocked = await attemptLimit.blockedFor(attemptLimit.addressOf(c));
        return blocked > 0 ? attemptLimit.refusal(blocked) : next();
      },
      bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => badCredentials() }),
      async (c) => {
        const credentials = parseCredentials(await c.req.text());
        if (credentials === null) return badCredentials();
        const address = attemptLimit.addressOf(c);
        const accessKey = checkBasic(basicAuthorization(credentials.accessKey, credentials.accessKeySecret));
        if (accessKey === null) {
          await attemptLimit.recordFailure(address);
          await new Promise((resolve) => setTimeout(resolve, failureDelayMs));
          return errorResponse(401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
        }
        await store.clearFailures(address);
        const token = randomBytes(32).toString('base64url');
        const now = clock();
        await store.addSession({ tokenHash: hashOf(token), accessKey, expiresAt: now + SESSION_SECONDS * 1000 }, now);
        setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Strict', maxAge: SESSION_SECONDS });
        return c.json(status(accessKey), 200, noStore);
      },
    )
    .all('/session', () => errorResponse(405, 'BAD_REQUEST', 'Use GET, POST or DELETE', { Allow: 'GET, POST, DELETE' }))
    .all('*', () => errorResponse(404, 'NOT_FOUND', `No such endpoint; sign in with POST ${SESSION_PATH}`));

  return { authenticate, attemptLimit, routes };
}

const badCredentials = () =>
  errorResponse(400, 'BAD_REQUEST', 'Send JSON { "accessKey": "…", "accessKeySecret": "…" }');

export type Sessions = ReturnType<typeof createSessions>;
