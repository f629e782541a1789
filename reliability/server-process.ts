// Spawns the real server (server/main.ts, API only) the way `npm start` runs it, so a test can
// SIGKILL it like a crash or power cut of the process would.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The test's own environment must not pick the port or database.
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !['PORT', 'HOST', 'DATABASE_URL'].includes(k) && !k.startsWith('MODEL_CATALOG_'),
  ),
);

export interface ServerProcess {
  /** GraphQL endpoint, e.g. http://127.0.0.1:4920/graphql/ */
  graphqlUrl: string;
  /** kill -9, then wait until the process is gone (its port and file locks released). */
  kill9(): Promise<void>;
  /** SIGTERM (graceful shutdown), then wait for the exit. */
  stop(): Promise<void>;
}

/** Starts main.ts on `port` with `database` (SQLite file or postgres:// URL) and waits until it listens. */
export async function startServer(port: number, database: string): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--api-only', '--port', String(port), '--db', database, '--seed', 'none'],
    { cwd: ROOT, env: CLEAN_ENV, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // main.ts prints this line once it listens. No deadline here: the test timeout decides how long a
  // loaded machine may take.
  while (!/running at http:\/\/\S+/.test(output)) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server on port ${port} exited before listening:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql/`,
    kill9: () => stopWith('SIGKILL'),
    stop: () => stopWith('SIGTERM'),
  };
}
