// The one error envelope every answer uses, GraphQL or not (docs/api/README.md §3): the SDK reads the top-level
// `code`, GraphQL clients read `extensions.code`.
import type { ErrorCode } from '../graphql/errors';

/** Codes on the wire: the GraphQL ones plus the proxy's own for an unreachable upstream. */
export type WireErrorCode = ErrorCode | 'UPSTREAM_UNAVAILABLE';

export interface WireErrorExtras {
  locations?: readonly { line: number; column: number }[] | undefined;
  path?: readonly (string | number)[] | undefined;
  field?: string | undefined;
}

/** One entry of `errors`: `{ message, code, locations?, path?, extensions: { code, field? } }`. */
export function wireError(code: WireErrorCode, message: string, { locations, path, field }: WireErrorExtras = {}) {
  return {
    message,
    code,
    ...(locations !== undefined && { locations }),
    ...(path !== undefined && { path }),
    extensions: { code, ...(field !== undefined && { field }) },
  };
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON `{ errors: [one] }` answer; API answers are never stored by caches. */
export function errorResponse(
  status: number,
  code: WireErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const body = JSON.stringify({ errors: [wireError(code, message)] });
  return new Response(body, {
    status,
    headers: {
      'Content-Type': JSON_TYPE,
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}
