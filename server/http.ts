// The one HTTP entry point: security headers on every response, then API or static files.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

import type { StaticHandler } from './static';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Chart libraries and headless UI primitives set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// GraphiQL (--dev only) is a page with inline scripts that loads its bundle from unpkg.
const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: blob: https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Which handler owns a path. GraphQL and auth paths never fall back to the SPA. */
export function routeOf(pathname: string): 'graphql' | 'auth' | 'static' {
  if (pathname.startsWith('/graphql') || pathname.startsWith('/system/graphql')) return 'graphql';
  if (pathname === '/auth' || pathname.startsWith('/auth/')) return 'auth';
  return 'static';
}

export interface HttpHandlerOptions {
  /** The GraphQL app. */
  api: NodeHandler;
  /** Browser sign-in (/auth/*); without it those paths go to `api`, which answers 404. */
  auth?: NodeHandler | undefined;
  serveStatic: StaticHandler;
  dev?: boolean;
  /** Where unexpected failures are reported; the client only sees a plain 500. */
  onError?: (error: unknown) => void;
}

function pathnameOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

export function createHttpHandler({
  api,
  auth = api,
  serveStatic,
  dev = false,
  onError = console.error,
}: HttpHandlerOptions): RequestListener {
  return (req, res) => {
    // Set before the handler runs: Node merges these into whatever writeHead() adds later.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const route = routeOf(pathnameOf(req));
    if (route === 'graphql' && dev && req.method === 'GET') res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    const handler = route === 'graphql' ? api : route === 'auth' ? auth : serveStatic;

    void Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        onError(error);
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end('Internal server error');
        } else {
          res.destroy();
        }
      });
  };
}
