// A bare GraphQL-over-HTTP caller for tests against a spawned server: one POST, the raw status and
// envelope, no retries (a retry would hide exactly the failures these suites look for).

export interface WireError {
  message: string;
  code?: string;
  extensions?: { code?: string };
}

export interface Answer<T> {
  status: number;
  data?: T | null;
  errors?: WireError[];
}

/** POSTs { query, variables } as the SDK does. Throws on a network failure or after `timeoutMs`. */
export async function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  timeoutMs = 30_000,
): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as Omit<Answer<T>, 'status'>) };
  } catch {
    return { status: response.status, errors: [{ message: `Not JSON: ${text.slice(0, 200)}` }] };
  }
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
export async function postOk<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await post<T>(url, query, variables);
  if (!isAcknowledged(answer)) throw new Error(`Expected success, got ${answer.status}: ${JSON.stringify(answer)}`);
  return answer.data;
}
