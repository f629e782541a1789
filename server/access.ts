// HTTP-level rules in front of GraphQL: exact paths, POST only, JSON only, access keys (issue 8, README §2, §12).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from './errors';

/** One key pair. `secret` and `accessKeySecret` are accepted as the same thing. */
export type AccessKeyPair = { accessKey: string } & ({ secret: string } | { accessKeySecret: string });

/** Extra way in besides Basic auth (e.g. a session cookie); returns the caller's identity or null. */
export type Authenticate = (request: Request) => string | null | Promise<string | null>;

const GRAPHQL_PATHS = new Set(['/graphql', '/graphql/']);
const SYSTEM_PATHS = new Set(['/system/graphql', '/system/graphql/']);
export const LOCAL_CALLER = 'local';

/** A JSON `errors` body carrying the code at the top level and in extensions, like every other error. */
export function errorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body = JSON.stringify({ errors: [{ message, code, extensions: { code } }] });
  return new fetchAPI.Response(body, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Returns the access key whose key:secret matches the Basic header, comparing every pair in constant time. */
export function basicAuthChecker(pairs: readonly AccessKeyPair[]): (header: string | null) => string | null {
  const known = pairs.map((p) => ({
    accessKey: p.accessKey,
    digest: digest(`${p.accessKey}:${'secret' in p ? p.secret : p.accessKeySecret}`),
  }));
  return (header) => {
    const match = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header ?? '');
    if (match?.[1] === undefined) return null;
    const given = digest(Buffer.from(match[1], 'base64').toString('utf8'));
    let found: string | null = null;
    for (const k of known) if (timingSafeEqual(given, k.digest) && found === null) found = k.accessKey;
    return found;
  };
}

export interface AccessOptions {
  accessKeys: readonly AccessKeyPair[];
  authenticate?: Authenticate | undefined;
}

/**
 * Runs before yoga parses anything. Records each accepted request's caller (for createdBy/updatedBy)
 * in `callers`, keyed by the Request the context factory later sees.
 */
export function useAccessRules({ accessKeys, authenticate }: AccessOptions, callers: WeakMap<Request, string>): Plugin {
  const checkBasic = basicAuthChecker(accessKeys);
  const keysSet = accessKeys.length > 0;
  return {
    async onRequest(payload) {
      const { request, url, fetchAPI } = payload;
      const refuse = (status: number, code: ErrorCode, message: string, headers?: Record<string, string>) =>
        payload.endResponse(errorResponse(fetchAPI, status, code, message, headers));
      const isSystem = SYSTEM_PATHS.has(url.pathname);
      if (!isSystem && !GRAPHQL_PATHS.has(url.pathname))
        return refuse(404, 'NOT_FOUND', `No API at ${url.pathname}; use POST /graphql/`);
      if (request.method !== 'POST') {
        return refuse(405, 'BAD_REQUEST', 'Send GraphQL operations with POST', { Allow: 'POST' });
      }
      let caller: string | null;
      if (!keysSet) {
        // Without keys the server only listens on loopback (README §12); the system path trusts x-user-email.
        caller = (isSystem ? request.headers.get('x-user-email')?.trim().slice(0, 320) : undefined) || LOCAL_CALLER;
      } else if (isSystem) {
        caller = null; // x-user-email is not proof of anything once keys are required
      } else {
        caller =
          checkBasic(request.headers.get('authorization')) ?? (authenticate ? await authenticate(request) : null);
      }
      if (caller === null) {
        return refuse(
          401,
          'UNAUTHENTICATED',
          'Authentication required: send Authorization: Basic base64(accessKey:secret)',
        );
      }
      const type = request.headers.get('content-type') ?? '';
      if (!/^application\/json\b/i.test(type.trim())) {
        return refuse(415, 'BAD_REQUEST', 'Send the request body as JSON (Content-Type: application/json)');
      }
      callers.set(request, caller);
    },
  };
}
