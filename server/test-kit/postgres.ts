// Vitest globalSetup of the server project: starts a private, throwaway PostgreSQL cluster when the
// binaries are installed and provides its admin URL to the tests (`inject('postgresUrl')`, see
// test-kit/setup.ts). Without them the server tests run on SQLite only, with a loud warning.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster's `postgres` database; null when PostgreSQL is not installed. */
    postgresUrl: string | null;
  }
}

/** Where Debian's PostgreSQL 15 binaries are (initdb, pg_ctl, pg_dump, psql). */
export const POSTGRES_BIN = process.env['POSTGRES_BIN'] ?? '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface PostgresCluster {
  /** Superuser URL of the cluster's `postgres` database. */
  url: string;
  stop: () => Promise<void>;
}

/** Starts a throwaway cluster in a temp dir (trust auth, no durability); null without the binaries. */
export async function startPostgresCluster(): Promise<PostgresCluster | null> {
  if (!existsSync(path.join(POSTGRES_BIN, 'initdb'))) return null;
  // PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
  const asRoot = process.getuid?.() === 0;
  const pgTool = (tool: string, args: string[]) => {
    const binary = path.join(POSTGRES_BIN, tool);
    return asRoot ? run('runuser', ['-u', 'postgres', '--', binary, ...args]) : run(binary, args);
  };

  const dir = await mkdtemp(path.join(tmpdir(), 'catalog-pg-'));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(group.trim()));
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  await pgTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8']);
  // Durability is pointless for a throwaway cluster; turning it off keeps the suite fast.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  await pgTool('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pgTool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the cluster at `adminUrl` and returns its URL. */
export async function createDatabase(adminUrl: string): Promise<string> {
  const name = `catalog_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  if (cluster === null) {
    console.warn(
      `\n*** PostgreSQL binaries not found in ${POSTGRES_BIN}: server tests run on SQLite ONLY. ***\n` +
        '*** Install them (apt-get install postgresql) or set POSTGRES_BIN to test PostgreSQL too. ***\n',
    );
    project.provide('postgresUrl', null);
    return () => Promise.resolve();
  }
  project.provide('postgresUrl', cluster.url);
  return cluster.stop;
}
