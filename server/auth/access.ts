// Who may call the API (README "Signing in"): one middleware in front of the local GraphQL API and the proxy.
// Without access keys every caller is this machine (the server then only listens on loopback and the
// Host guard refuses rebound names); with keys, a Basic header or a signed-in browser session.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

import { errorResponse } from '../http/error-response';

/** An access key and its secret, as the Superb AI SDK names them (~/.spb/onprem-config). */
export interface AccessKeyPair {
  accessKey: string;
  accessKeySecret: string;
}

/** Extra way in besides Basic auth (e.g. a session cookie); returns the caller's identity or null. */
export type Authenticate = (request: Request) => string | null | Promise<string | null>;

/** Failed Basic attempts count with failed sign-ins, per client address and window (README "Signing in"). */
export interface AttemptLimit {
  addressOf(c: Context): string;
  /** Milliseconds until `address` may try again; 0 when it may now. */
  blockedFor(address: string): Promise<number>;
  recordFailure(address: string): Promise<void>;
  /** The 429 answer for an address blocked for `ms`. */
  refusal(ms: number): Response;
}

export const GRAPHQL_PATHS: ReadonlySet<string> = new Set(['/graphql', '/graphql/']);
export const SYSTEM_PATHS: ReadonlySet<string> = new Set(['/system/graphql', '/system/graphql/']);
export const LOCAL_CALLER = 'local';
export const BASIC_REALM = 'Basic realm="Model Catalog"';

/** Variables the access middleware hands to the API handler. */
export interface AccessEnv {
  Variables: { caller: string };
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** The Authorization header that presents an access key, as the SDK sends it. */
export const basicAuthorization = (accessKey: string, accessKeySecret: string) =>
  `Basic ${Buffer.from(`${accessKey}:${accessKeySecret}`, 'utf8').toString('base64')}`;

/** Returns the access key whose key:secret matches the Basic header, comparing every pair in constant time. */
export function basicAuthChecker(
  pairs: readonly AccessKeyPair[],
): (header: string | null | undefined) => string | null {
  const known = pairs.map((p) => ({ accessKey: p.accessKey, digest: digest(`${p.accessKey}:${p.accessKeySecret}`) }));
  return (header) => {
    const match = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header ?? '');
    if (match?.[1] === undefined) return null;
    const given = digest(Buffer.from(match[1], 'base64').toString('utf8'));
    let found: string | null = null;
    for (const k of known) if (timingSafeEqual(given, k.digest) && found === null) found = k.accessKey;
    return found;
  };
}

const unauthenticated = () =>
  errorResponse(
    401,
    'UNAUTHENTICATED',
    'Authentication required: send Authorization: Basic base64(accessKey:secret), or sign in',
  );

/**
 * Every API 401 (refused here, or a key the proxy's upstream refused) names the Basic scheme, except
 * for the dashboard's own requests (they send X-Requested-With): browsers show a login box for
 * `WWW-Authenticate`, and the dashboard has its sign-in page instead.
 */
export const basicChallenge: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status === 401 && !c.req.header('x-requested-with')) c.res.headers.set('WWW-Authenticate', BASIC_REALM);
};

export interface AccessOptions {
  accessKeys: readonly AccessKeyPair[];
  authenticate?: Authenticate | undefined;
  attemptLimit?: AttemptLimit | undefined;
}

/** Sets `caller` (for createdBy/updatedBy) or answers 401/429. */
export function accessRules({ accessKeys, authenticate, attemptLimit }: AccessOptions): MiddlewareHandler<AccessEnv> {
  const checkBasic = basicAuthChecker(accessKeys);
  return async (c, next) => {
    const isSystem = SYSTEM_PATHS.has(c.req.path);
    if (accessKeys.length === 0) {
      // The system path trusts x-user-email: without keys the only callers are on this machine.
      const email = isSystem ? c.req.header('x-user-email')?.trim().slice(0, 320) : undefined;
      c.set('caller', email || LOCAL_CALLER);
      return next();
    }
    // x-user-email is not proof of anything once keys are required.
    if (isSystem) return unauthenticated();
    const authorization = c.req.header('authorization');
    let caller: string | null = null;
    if (authorization !== undefined && /^basic\b/i.test(authorization.trim())) {
      const address = attemptLimit?.addressOf(c) ?? '';
      const blocked = attemptLimit ? await attemptLimit.blockedFor(address) : 0;
      if (blocked > 0) return attemptLimit!.refusal(blocked);
      caller = checkBasic(authorization);
      if (caller === null) await attemptLimit?.recordFailure(address);
    }
    caller ??= authenticate ? await authenticate(c.req.raw) : null;
    if (caller === null) return unauthenticated();
    c.set('caller', caller);
    return next();
  };
}
