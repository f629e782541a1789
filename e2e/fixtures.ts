// Servers that e2e specs start themselves, beside the shared one from playwright.config.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export interface SpawnedServer {
  baseURL: string;
  stop: () => void;
}

/**
 * Starts `server/main.ts` with `args` on `port` and waits until it answers. A fresh SQLite file per
 * port unless the args say otherwise; MODEL_CATALOG_WEB_DIR, when set, serves a prebuilt app.
 */
export async function startServer(
  port: number,
  args: string[],
  env: Record<string, string> = {},
): Promise<SpawnedServer> {
  const baseURL = `http://127.0.0.1:${port}`;
  const db = `.tmp/e2e-spawned-${port}.db`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const server: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--db', db, ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (server.exitCode != null) throw new Error(`The server on ${port} exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error(`No server at ${baseURL}`);
    try {
      if ((await fetch(`${baseURL}/auth/session`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // The first page load waits for a web build, if one is running.
  await fetch(`${baseURL}/`);
  return { baseURL, stop: () => server.kill('SIGTERM') };
}
