import type { TypedDocumentString } from './gql/graphql';

/** The one URL the dashboard talks to; the trailing slash is how the SDK sends it too. */
export const API_URL: string = import.meta.env.VITE_API_URL ?? '/graphql/';

/** A failed API call: a GraphQL error (code from the server) or an HTTP/network failure. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** Input field the server blamed (extensions.field), e.g. `trainingClasses.0.ap`. */
  readonly field: string | undefined;

  constructor(message: string, code: string, status: number, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.field = field;
  }
}

export interface WireError {
  message?: unknown;
  code?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** True for a failure to reach the server at all (down, offline, or a gateway in front of it that cannot). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NETWORK' || [502, 503, 504].includes(error.status));
}

/** What to say when the answer carries no error of its own (e.g. a gateway in front of the server). */
function fallback(status: number): { code: string; message: string } {
  if (status === 401)
    return { code: 'UNAUTHENTICATED', message: 'Not signed in, or the session has ended. Sign in again.' };
  if (status === 502 || status === 504) {
    return {
      code: 'UPSTREAM_UNAVAILABLE',
      message: `The catalog's host is unavailable (HTTP ${status}). Try again in a moment.`,
    };
  }
  return { code: 'INTERNAL', message: `The server answered HTTP ${status}` };
}

/** An ApiError from the server's first wire error, or from the HTTP status when the body had none. */
export function toApiError(error: WireError | undefined, status: number): ApiError {
  const known = fallback(status);
  const code = asString(error?.code) ?? asString(error?.extensions?.code) ?? known.code;
  // Proxy mode (README §12): the server's own message says which host failed and what to check.
  const message = asString(error?.message) ?? known.message;
  return new ApiError(message, code, status, asString(error?.extensions?.field));
}

/** POSTs one operation and returns its `data`, or throws ApiError for `errors`, HTTP and network failures. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(API_URL, {
      method: 'POST',
      // The custom header is the CSRF guard for cookie sessions: cross-site forms cannot send it.
      headers: { 'content-type': 'application/json', 'x-requested-with': 'model-catalog' },
      credentials: 'same-origin',
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('Cannot reach the server. Check that it is running, then retry.', 'NETWORK', 0);
  }
  let body: { data?: TResult | null; errors?: WireError[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors && body.errors.length > 0) throw toApiError(body.errors[0], response.status);
  if (!response.ok || body?.data == null) throw toApiError(undefined, response.status);
  return body.data;
}
