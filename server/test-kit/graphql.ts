// The one GraphQL poster of the tests: { query, variables } POSTed as the SDK does, to a listening
// server (fetch) or in process (an app's fetch), answering the raw status and envelope. No retries:
// a retry would hide exactly the failures the reliability suites look for.

export interface WireError {
  message: string;
  code: string;
  path?: (string | number)[];
  extensions: { code: string; field?: string };
}

export interface Answer<T> {
  status: number;
  headers: Headers;
  /** The body as sent. */
  text: string;
  data?: T | null;
  errors?: WireError[];
  /** The whole JSON body. */
  body: Record<string, unknown>;
}

/** The header the dashboard's own requests carry (README "Signing in"): cookie calls need it, 401s then name no realm. */
export const CSRF = { 'X-Requested-With': 'model-catalog' };

type Fetch = (url: string, init: RequestInit) => Response | Promise<Response>;

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Where the request goes; default: the network. */
  fetch?: Fetch;
}

/**
 * POSTs { query, variables } and answers the response unread. Redirects are not followed: an API
 * answer is never one, so a test sees it as it is. Throws on a network failure or after `timeoutMs`.
 */
export function postRaw(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  { headers = {}, timeoutMs = 30_000, fetch: send = fetch }: PostOptions = {},
): Promise<Response> {
  return Promise.resolve(
    send(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    }),
  );
}

/** Like postRaw, read: a body that is not JSON becomes one error. */
export async function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options?: PostOptions,
): Promise<Answer<T>> {
  const response = await postRaw(url, query, variables, options);
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { errors: [{ message: `Not JSON: ${text.slice(0, 200)}`, code: '', extensions: { code: '' } }] };
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    body,
    ...('data' in body && { data: body['data'] as T | null }),
    ...('errors' in body && { errors: body['errors'] as WireError[] }),
  };
}

/** An acknowledged request: HTTP 200 with data and no errors. */
export function isAcknowledged<T>(answer: Answer<T>): answer is Answer<T> & { data: T } {
  return answer.status === 200 && answer.errors === undefined && answer.data != null;
}

/** The one error code of a refused request (top level and extensions must agree), or undefined. */
export function errorCode(answer: Answer<unknown>): string | undefined {
  const [error] = answer.errors ?? [];
  if (answer.status !== 200 || answer.errors?.length !== 1 || error?.code !== error?.extensions?.code) return undefined;
  return error?.code;
}

/** Like post, but throws unless the request is acknowledged (setup steps and final checks). */
export async function postOk<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options?: PostOptions,
): Promise<T> {
  const answer = await post<T>(url, query, variables, options);
  if (!isAcknowledged(answer)) throw new Error(`Expected success, got ${answer.status}: ${JSON.stringify(answer)}`);
  return answer.data;
}

/**
 * What the SDK does with an answer (docs/api/README.md §3): anything but HTTP 200 fails, errors become
 * NotFoundError or UnknownError (each must carry a top-level code), else it takes data[root].
 */
export function sdkResult(answer: Answer<Record<string, unknown>>, root: string): unknown {
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (answer.errors?.length) {
    const uncoded = answer.errors.find((e) => typeof e.code !== 'string');
    if (uncoded !== undefined) throw new Error(`An error without a top-level code: ${JSON.stringify(uncoded)}`);
    const notFound = answer.errors.find((e) => e.code === 'NOT_FOUND');
    throw new Error(
      notFound
        ? `NotFoundError: ${notFound.message}`
        : `UnknownError: ${answer.errors.map((e) => `${e.code} ${e.message}`).join(', ')}`,
    );
  }
  if (answer.data == null || !(root in answer.data)) throw new Error(`No data.${root} in ${answer.text.slice(0, 300)}`);
  return answer.data[root];
}
