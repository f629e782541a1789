// Files the proxied host hands out (README "Dashboard for a Superb AI host (proxy)"): training report JSON lives
// behind download URLs the host issues (docs/api/newer-api.md §3.5, §4.3), which the dashboard cannot fetch itself
// (CSP connect-src 'self'). GET /api/upstream-file?url=… fetches one for it, but only a URL the host issued through
// this proxy within the last hour: the proxy is no way to reach any other address (no open SSRF).
import { errorResponse } from '../http/error-response';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, upstreamTarget, type ProxyOptions } from './proxy';

export const ISSUED_URL_TTL_MS = 60 * 60 * 1000;
export const MAX_ISSUED_URLS = 10_000;
export const MAX_UPSTREAM_FILE_BYTES = 50 * 1024 * 1024;

/** Root fields whose string answer is a download URL (§4.3). */
const URL_FIELDS = ['generateFileDownloadURL', 'generateContentDownloadURL'] as const;

export interface IssuedFiles {
  /** Notes the download URLs in a forwarded answer; `requestBody` decides cheaply whether to look. */
  noteAnswer: (requestBody: Uint8Array, payload: ArrayBuffer) => void;
  /** GET /api/upstream-file?url=…: the file behind an issued URL, or a JSON error. */
  fetchFile: (request: Request) => Promise<Response>;
}

export function createIssuedFiles({
  host,
  upstreamKey,
  timeoutMs = DEFAULT_UPSTREAM_TIMEOUT_MS,
  fetch: fetchUpstream = fetch,
  now = Date.now,
}: ProxyOptions & { now?: () => number }): IssuedFiles {
  // URL → when it was issued; a Map keeps insertion order, so the oldest go first when it is full.
  const issued = new Map<string, number>();
  const hostOrigin = new URL(host).origin;
  const { authorization } = upstreamTarget({ host, upstreamKey });

  const note = (url: unknown) => {
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
    issued.delete(url);
    issued.set(url, now());
    for (const oldest of issued.keys()) {
      if (issued.size <= MAX_ISSUED_URLS) break;
      issued.delete(oldest);
    }
  };

  return {
    noteAnswer(requestBody, payload) {
      const request = new TextDecoder().decode(requestBody);
      if (!URL_FIELDS.some((field) => request.includes(field))) return;
      try {
        const { data } = JSON.parse(new TextDecoder().decode(payload)) as { data?: Record<string, unknown> | null };
        for (const field of URL_FIELDS) note(data?.[field]);
      } catch {
        // Not JSON: nothing was issued.
      }
    },

    async fetchFile(request) {
      const url = new URL(request.url).searchParams.get('url') ?? '';
      const issuedAt = issued.get(url);
      if (issuedAt === undefined || now() - issuedAt > ISSUED_URL_TTL_MS) {
        return errorResponse(
          404,
          'NOT_FOUND',
          'The host did not issue this download URL through this server in the last hour; ask it for a new one.',
        );
      }
      let upstream: Response;
      try {
        upstream = await fetchUpstream(url, {
          // The host's key goes only to the host itself, never to a storage service it points at.
          headers: new URL(url).origin === hostOrigin ? { Authorization: authorization } : {},
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch {
        return errorResponse(502, 'UPSTREAM_UNAVAILABLE', 'The download URL the host issued did not answer.');
      }
      const length = Number(upstream.headers.get('content-length') ?? 0);
      if (!upstream.ok || length > MAX_UPSTREAM_FILE_BYTES) {
        await upstream.body?.cancel();
        return upstream.ok
          ? errorResponse(413, 'BAD_REQUEST', `Files are limited to ${MAX_UPSTREAM_FILE_BYTES / 1024 / 1024} MB`)
          : errorResponse(502, 'UPSTREAM_UNAVAILABLE', `The download URL answered HTTP ${upstream.status}.`);
      }
      const bytes = await upstream.arrayBuffer();
      if (bytes.byteLength > MAX_UPSTREAM_FILE_BYTES) {
        return errorResponse(413, 'BAD_REQUEST', `Files are limited to ${MAX_UPSTREAM_FILE_BYTES / 1024 / 1024} MB`);
      }
      return new Response(bytes, {
        headers: {
          'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream',
          // Whatever the host stored, it never runs as a page of this origin.
          'Content-Disposition': 'attachment',
        },
      });
    },
  };
}
