// Proxy mode (README "Dashboard for a Superb AI host"): the dashboard's /graphql/ is forwarded to a Superb AI host with this
// server's access key added, so the browser never holds the key. Requests are never retried:
// createModel is not idempotent. Paths, access and body limits are the HTTP app's (http/app.ts).
import { errorResponse } from '../http/error-response';
import { isRejected } from './generation-probe';
import type { IssuedFiles } from './issued-files';

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

export interface ProxyOptions {
  /** The Superb AI host, used as configured: requests go to `${host}/graphql/`. */
  host: string;
  /** The key the upstream is called with. */
  upstreamKey: { accessKey: string; accessKeySecret: string };
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The host's GraphQL endpoint and the Authorization header it is called with. */
export function upstreamTarget({ host, upstreamKey }: Pick<ProxyOptions, 'host' | 'upstreamKey'>) {
  const credentials = `${upstreamKey.accessKey}:${upstreamKey.accessKeySecret}`;
  return {
    url: `${host}/graphql/`,
    authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`,
  };
}

/** Told when a forwarded call failed in a way that may mean the host changed (see proxy/host-api.ts). */
export interface UpstreamFailureListener {
  upstreamFailed: () => void;
}

// A validation error is a short body; bigger answers carry data and are not parsed again.
const VALIDATION_BODY_MAX_BYTES = 64 * 1024;

function rejectedDocument(status: number, payload: ArrayBuffer): boolean {
  if (status !== 400 && payload.byteLength > VALIDATION_BODY_MAX_BYTES) return false;
  try {
    const body: unknown = JSON.parse(new TextDecoder().decode(payload));
    return typeof body === 'object' && body !== null && isRejected(body as Record<string, unknown>);
  } catch {
    return false;
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = cause?.code ?? cause?.message;
  return typeof detail === 'string' ? ` (${detail})` : '';
}

/** Forwards one GraphQL POST; upstream failures become 401/502/504 with the usual error body. */
export function createProxy({
  host,
  upstreamKey,
  timeoutMs = DEFAULT_UPSTREAM_TIMEOUT_MS,
  fetch: fetchUpstream = fetch,
  hostApi,
  issuedFiles,
}: ProxyOptions & {
  hostApi?: UpstreamFailureListener;
  issuedFiles?: Pick<IssuedFiles, 'noteAnswer'>;
}): (request: Request) => Promise<Response> {
  const { url: target, authorization } = upstreamTarget({ host, upstreamKey });

  return async function proxy(request) {
    if (request.method !== 'POST') {
      return errorResponse(405, 'BAD_REQUEST', 'In proxy mode send GraphQL operations with POST', { Allow: 'POST' });
    }
    const body = new Uint8Array(await request.arrayBuffer());
    let upstream: Response;
    let payload: ArrayBuffer;
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      upstream = await fetchUpstream(target, {
        method: 'POST',
        headers: {
          'Content-Type': request.headers.get('content-type') ?? 'application/json',
          Accept: 'application/json',
          Authorization: authorization,
        },
        body,
        redirect: 'manual',
        signal,
      });
      payload = await upstream.arrayBuffer();
    } catch (error) {
      hostApi?.upstreamFailed();
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        return errorResponse(
          504,
          'UPSTREAM_UNAVAILABLE',
          `The Superb AI host ${host} did not answer within ${timeoutMs / 1000} s. Try again later.`,
        );
      }
      return errorResponse(502, 'UPSTREAM_UNAVAILABLE', `Cannot reach the Superb AI host ${host}${causeOf(error)}.`);
    }

    if (upstream.status === 401 || upstream.status === 403) {
      return errorResponse(
        401,
        'UNAUTHENTICATED',
        `The Superb AI host ${host} refused the access key (HTTP ${upstream.status}). ` +
          'Check the key this server was started with.',
      );
    }
    if (upstream.status >= 500) {
      hostApi?.upstreamFailed();
      return errorResponse(
        502,
        'UPSTREAM_UNAVAILABLE',
        `The Superb AI host ${host} failed (HTTP ${upstream.status}). Try again later.`,
      );
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      return errorResponse(
        502,
        'UPSTREAM_UNAVAILABLE',
        `The Superb AI host ${host} redirected the request (HTTP ${upstream.status}); check the --upstream address.`,
      );
    }
    if (rejectedDocument(upstream.status, payload)) hostApi?.upstreamFailed();
    issuedFiles?.noteAnswer(body, payload);
    // Only the body and its type go back: no upstream cookies or other headers reach the browser.
    return new Response(payload, {
      status: upstream.status,
      headers: {
        'Content-Type': upstream.headers.get('content-type') ?? 'application/json; charset=utf-8',
        'Content-Length': String(payload.byteLength),
      },
    });
  };
}
