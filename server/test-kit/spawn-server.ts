// The one way tests start the real server process: `server/cli/main.ts` under tsx (or another entry
// point, or the built one), output collected, its URL read from the "running at" line main.ts prints
// once it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The test's own environment must not pick the port, host, database, keys or proxy trust. */
export const CLEAN_ENV: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !['PORT', 'HOST', 'DATABASE_URL', 'TRUST_PROXY'].includes(k) && !k.startsWith('MODEL_CATALOG_'),
  ),
);

export interface EntryRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export interface RunOptions {
  /** Added to `baseEnv`. */
  env?: Record<string, string>;
  baseEnv?: Record<string, string | undefined>;
  /** The checkout to run in (another release's worktree, say); default: this one. */
  cwd?: string;
  /** Node's own flags, e.g. the heap bounds `npm start` uses. */
  nodeFlags?: string[];
}

/**
 * Runs an entry point (path from the project root): TypeScript with tsx, as `npm run dev:server` does,
 * or built JavaScript (`.js`) as `npm start` does.
 */
export function runEntry(
  script: string,
  args: string[],
  { env = {}, baseEnv = CLEAN_ENV, cwd = ROOT, nodeFlags = [] }: RunOptions = {},
): EntryRun {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...loader, script, ...args], {
    cwd,
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, exited, output: () => stdout + stderr };
}

export interface ServerProcess extends EntryRun {
  /** e.g. http://127.0.0.1:4920 */
  url: string;
  /** Sends `signal` (SIGTERM: graceful shutdown; SIGKILL: a crash) and resolves once the process is gone. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export interface SpawnOptions extends RunOptions {
  /** The server's entry point; releases before the grouped layout had `server/main.ts`. */
  entry?: string;
}

/** Starts the server with `args` and resolves once it listens. No deadline: the test's timeout decides. */
export async function spawnServer(
  args: string[],
  { entry = 'server/cli/main.ts', ...options }: SpawnOptions = {},
): Promise<ServerProcess> {
  const run = runEntry(entry, args, options);
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill(signal);
    return (await run.exited).code;
  };
  for (;;) {
    const url = /running at (http:\/\/\S+)/.exec(run.output())?.[1];
    if (url !== undefined) return { ...run, url, stop };
    if (run.child.exitCode !== null || run.child.signalCode !== null) {
      await run.exited;
      throw new Error(`The server (${args.join(' ')}) exited before listening:\n${run.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
