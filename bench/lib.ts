// Shared pieces of the benchmarks: the real server as a child process, headless Chromium, GraphQL
// calls and one-line figures with their target.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

// Each part has its own port (4880–4889 for the first parts, 4960–4979 for lighthouse and memory).
export const PORTS = { bundle: 4880, server: 4881, ui: 4882, compare: 4883, lighthouse: 4960, memory: 4961 } as const;

/** The V8 heap bounds `npm start` runs the server with (README "Performance": memory under load). */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--max-old-space-size=192'];

/** Starts server/cli/main.ts as `npm start` does and resolves once it says it is running. */
export function startServer(options: {
  port: number;
  db: string;
  webDir?: string;
  seed?: 'demo' | 'none';
}): Promise<RunningServer> {
  const argv = [
    ...SERVER_NODE_FLAGS,
    '--import',
    'tsx',
    'server/cli/main.ts',
    '--port',
    String(options.port),
    '--db',
    options.db,
  ];
  argv.push('--seed', options.seed ?? 'none');
  argv.push(...(options.webDir ? ['--web-dir', options.webDir] : ['--api-only']));
  const child: ChildProcess = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A crashing benchmark must not leave the server holding its port.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1] && child.pid !== undefined) resolve({ url: match[1], pid: child.pid, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The server exited (${code}):\n${output}`)));
  });
}

/** Chromium flags for this machine: no GPU, and no background connections the closed network refuses. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: CHROMIUM_ARGS,
  });
}

export async function gql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? 'no data');
  return body.data;
}

export interface Figure {
  label: string;
  value: string;
  target: string;
  pass: boolean;
}

export const figures: Figure[] = [];

/** Prints one figure with its target and records it for the summary. */
export function report(label: string, value: string, target: string, pass: boolean): void {
  figures.push({ label, value, target, pass });
  console.log(`  ${pass ? 'PASS' : 'MISS'}  ${label}: ${value}  (target ${target})`);
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Runs node with these arguments, echoing its output; resolves with that output, rejects on a non-zero exit. */
export function runNode(argv: string[]): Promise<string> {
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const echo = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString();
    stream.write(chunk);
  };
  child.stdout?.on('data', echo(process.stdout));
  child.stderr?.on('data', echo(process.stderr));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`node ${argv.join(' ')} exited with ${code}`)),
    ),
  );
}
