// `npm start` (as build/cli/main.js): config → database → demo seed → listen → serve.
// npm's prestart builds the server and the web app when they are missing (scripts/build-missing.mjs).
// The only server file with process side effects (exit codes, signals, console).
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { isLoopbackHost } from '../http/host-guard';
import { parseConfig, StartupError, USAGE, type Config } from './config';
import { openDatabase } from './database-file';
import { createHttpApp } from '../http/app';
import { createProxy } from '../proxy/proxy';
import { createHostApiDetector } from '../proxy/host-api';
import { createIssuedFiles } from '../proxy/issued-files';
import { readSdkConfig } from '../proxy/sdk-config';
import { seedDemo } from '../seed/seed-demo';
import { createSessions } from '../auth/sessions';
import { createStaticHandler } from '../http/static';
import { graphqlApi } from '../graphql/yoga';
import { startQueryWorker } from '../graphql/query-worker/query-worker';
import { createContentFiles } from '../contents/file-routes';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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

  // Sign-in state lives in the database, shared by every replica on it; proxy mode (no database) keeps it in memory.
  const sessions = createSessions(config.accessKeys, { db: local?.storage.db, trustProxy: config.trustProxy });
  const upstreamOptions = upstream && { host: upstream.host, upstreamKey: upstream, timeoutMs: upstream.timeoutMs };
  const hostApi = upstreamOptions && createHostApiDetector(upstreamOptions);
  const issuedFiles = upstreamOptions && createIssuedFiles(upstreamOptions);
  // Proxy mode has no content files of its own: the host's URLs reach the client untouched.
  const files = local && createContentFiles(local.storage, { maxFileBytes: config.maxFileBytes });
  // On SQLite, local.label is the database file, which the worker opens too.
  const queryWorker = local?.storage.dialect === 'sqlite' ? startQueryWorker(local.label) : undefined;
  const app = createHttpApp({
    api: upstreamOptions
      ? createProxy({ ...upstreamOptions, hostApi, issuedFiles })
      : graphqlApi({ storage: local!.storage, dev: config.dev, contentUrls: files?.urls, queryWorker }),
    contentFiles: files?.routes,
    capabilities: hostApi?.capabilities,
    upstreamFile: issuedFiles?.fetchFile,
    accessKeys: config.accessKeys,
    sessions,
    // --api-only: Vite serves the dashboard (npm run dev), so other paths answer 404.
    serveStatic: config.apiOnly ? undefined : createStaticHandler(webDir),
    publicHosts: config.publicHosts,
    dev: config.dev,
  });
  const server = createServer(app.listener);
  const address = await listen(server, config);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1); // a second Ctrl+C means now
    closing = true;
    console.log(`${signal}: shutting down…`);
    server.close(() => {
      void Promise.all([queryWorker?.close(), local?.storage.close()]).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 3_000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  // Warned only once listening, so a failed start prints its one error line and nothing else.
  if (!config.apiOnly && !existsSync(path.join(webDir, 'index.html'))) {
    console.warn('Warning: dist/ holds no built web app, so only the API answers. Run npm run build (npm start does).');
  }
  console.log(`Model Catalog is running at ${urlOf(address)}  (GraphQL API: ${urlOf(address)}/graphql/)`);
  if (upstream) {
    console.log(
      `Proxy to ${upstream.host}/graphql/ with access key ${upstream.accessKey} (from ${upstream.keySource})`,
    );
    if (upstream.host.startsWith('http:') && !isLoopbackHost(new URL(upstream.host).hostname)) {
      console.warn('Warning: the upstream is plain http, so its access key crosses the network unencrypted.');
    }
    // Probed now so its one line is logged at start-up; GET /api/capabilities shares this probe.
    void hostApi?.capabilities();
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
