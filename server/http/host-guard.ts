// The Host guard (README "Configuration"): without access keys, only requests addressed to this
// machine (or to a --public-host name) are served.
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';

import { errorResponse } from './error-response';

/** 127.0.0.0/8, ::1 and localhost; everything else (including 0.0.0.0 and ::) is reachable from outside. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  return mapped?.[1]?.startsWith('127.') ?? false;
}

/**
 * Without access keys any web page could reach the catalog through a name it rebinds to 127.0.0.1
 * (DNS rebinding); the browser then sends that name as Host. Only loopback names and addresses, and
 * names given with --public-host, are served.
 */
export function hostGuard(publicHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(publicHosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = new URL(c.req.url).hostname
      .replace(/^\[(.*)\]$/, '$1')
      .replace(/\.$/, '')
      .toLowerCase();
    if (isLoopbackHost(host) || allowed.has(host)) return next();
    return errorResponse(
      403,
      'BAD_REQUEST',
      `This server has no access keys, so it only answers requests addressed to this machine, not to ${host}. ` +
        'Open it at http://127.0.0.1 or http://localhost, or start it with --public-host NAME.',
    );
  };
}
