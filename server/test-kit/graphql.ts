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
  data?: T | null;
  errors?: WireError[];
  /** The whole JSON body. */
  body: Record<string, unknown>;
}

type Fetch = (url: string, init: RequestInit) => Response | Promise<Response>;

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Where the request goes; default: the network. */
  fetch?: Fetch;
}

/** Throws on a network failure or after `timeoutMs`; a body that is not JSON becomes one error. */
export async function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  { headers = {}, timeoutMs = 30_000, fetch: send = fetch }: PostOptions = {},
): Promise<Answer<T>> {
  const response = await send(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { errors: [{ message: `Not JSON: ${text.slice(0, 200)}`, code: '', extensions: { code: '' } }] };
  }
  return {
    status: response.status,
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
