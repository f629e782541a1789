// `npm start`: config → database → demo seed → listen → build the web app if stale → serve.
// The only server file with process side effects (exit codes, signals, console).
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildWeb, staleReason } from './build-web';
import { isLoopbackHost, parseConfig, StartupError, USAGE, type Config } from './config';
import { openDatabase } from './database-file';
import { createHttpHandler } from './http';
import { createProxy } from './proxy';
import { readSdkConfig } from './sdk-config';
import { seedDemo } from './seed-demo';
import { createSessions } from './session';
import { createStaticHandler, type StaticHandler } from './static';
import { createApp } from './yoga';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function listen(server: Server, config: Config): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const fix = 'Pick another port with --port (or PORT).';
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `Port ${config.port} on ${config.host} is already in use. Stop the other server or ${fix.toLowerCase()}`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new StartupError(`Not allowed to listen on port ${config.port} (ports below 1024 need privileges). ${fix}`),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
        reject(
          new StartupError(
            `Cannot listen on ${config.host}: this machine has no such address. Use --host 127.0.0.1 or one of its addresses.`,
          ),
        );
      } else {
        reject(error);
      }
    };
    server.once('error', onError);
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

const apiOnly: StaticHandler = (_req, res) => {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('This server was started with --api-only: the dashboard is served by Vite (npm run dev).');
  return Promise.resolve();
};

/** The local catalog: open (SQLite or PostgreSQL) and seed the demo data when asked. */
async function openLocalDatabase(config: Config) {
  const { storage, isNew, label } = await openDatabase(config.database);
  if ((config.seed ?? (isNew ? 'demo' : 'none')) === 'demo') {
    const seeded = await seedDemo(storage);
    console.log(`Demo data: ${seeded.created.length ? `added ${seeded.created.join(', ')}` : 'already present'}`);
  }
  return { storage, label };
}

async function main(): Promise<void> {
  const parsed = parseConfig(process.argv.slice(2), process.env, () => readSdkConfig());
  if (parsed === 'help') {
    console.log(USAGE);
    return;
  }
  const config = parsed;
  const webDir = config.webDir === undefined ? path.join(ROOT, 'dist') : path.resolve(config.webDir);
  if (config.webDir !== undefined && !existsSync(path.join(webDir, 'index.html'))) {
    throw new StartupError(
      `${webDir} has no index.html. Point --web-dir at a built web app (npm run build writes one to dist/).`,
    );
  }
  const { upstream } = config;
  // Proxy mode keeps no database: the upstream host holds the catalog.
  const local = upstream ? undefined : await openLocalDatabase(config);

  let webReady: Promise<void> = Promise.resolve();
  const serveFiles = config.apiOnly ? apiOnly : createStaticHandler(webDir);
  // Sign-in state lives in the database, shared by every replica on it; proxy mode (no database) keeps it in memory.
  const sessions = createSessions(config.accessKeys, { db: local?.storage.db, trustProxy: config.trustProxy });
  const server = createServer(
    createHttpHandler({
      api: upstream
        ? createProxy({
            host: upstream.host,
            upstreamKey: upstream,
            timeoutMs: upstream.timeoutMs,
            accessKeys: config.accessKeys,
            authenticate: sessions.authenticate,
          })
        : createApp({
            storage: local!.storage,
            accessKeys: config.accessKeys,
            authenticate: sessions.authenticate,
            dev: config.dev,
          }),
      auth: sessions.handle,
      // Requests that arrive during a build wait for it rather than seeing a half-written dist/.
      serveStatic: async (req, res) => {
        await webReady;
        await serveFiles(req, res);
      },
      dev: config.dev,
    }),
  );
  // Bind before building, so a busy port is reported at once.
  const address = await listen(server, config);

  const building = new AbortController();
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1); // a second Ctrl+C means now
    closing = true;
    console.log(`${signal}: shutting down…`);
    building.abort();
    server.close(() => {
      void Promise.resolve(local?.storage.close()).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 3_000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const stale = config.apiOnly || config.webDir !== undefined ? null : await staleReason(ROOT);
  if (stale) {
    console.log(`Building the web app (${stale})…`);
    const started = performance.now();
    webReady = buildWeb(ROOT, building.signal);
    await webReady.catch((error: unknown) => {
      if (!closing) throw error;
    });
    if (closing) return;
    console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  console.log(`Model Catalog is running at ${urlOf(address)}  (GraphQL API: ${urlOf(address)}/graphql/)`);
  if (upstream) {
    console.log(
      `Proxy to ${upstream.host}/graphql/ with access key ${upstream.accessKey} (from ${upstream.keySource})`,
    );
    if (upstream.host.startsWith('http:') && !isLoopbackHost(new URL(upstream.host).hostname)) {
      console.warn('Warning: the upstream is plain http, so its access key crosses the network unencrypted.');
    }
  } else {
    console.log(`Database: ${local?.label}`);
  }
  console.log(
    config.accessKeys.length ? 'Access keys are required.' : 'No access keys set: serving this machine only.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `Error: ${error.message}` : error);
  process.exit(1);
});
