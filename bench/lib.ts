// Shared pieces of the benchmarks: the real server as a child process, headless Chromium, GraphQL
// calls and one-line figures with their target.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_LAUNCH, SYSTEM_CHROMIUM } from '../e2e/chromium';
import { CSRF, postOk } from '../server/test-kit/graphql';
import { ROOT, spawnServer } from '../server/test-kit/spawn-server';

export { ROOT };

export interface RunningServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

// Each part has its own port (4880–4889 for the first parts, 4960–4979 for lighthouse and memory).
// BENCH_PORT_BASE=N moves them all to N…N+6 (another checkout benchmarking on the same machine).
const PORT_BASE = Number(process.env['BENCH_PORT_BASE'] ?? 0);
const port = (fixed: number, offset: number) => (PORT_BASE ? PORT_BASE + offset : fixed);
export const PORTS = {
  bundle: port(4880, 0),
  server: port(4881, 1),
  ui: port(4882, 2),
  compare: port(4883, 3),
  lighthouse: port(4960, 4),
  memory: port(4961, 5),
  interactions: port(4884, 6),
} as const;

/** `npm start`'s command line (package.json): node, its flags (the V8 heap bounds), the built entry point. */
const START_COMMAND = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start.split(' ');
const SERVER_NODE_FLAGS = START_COMMAND.slice(1, -1);
const SERVER_ENTRY = START_COMMAND.at(-1)!;
let serverBuilt: Promise<string> | undefined;

/** Builds the server once per run and starts it as `npm start` does; resolves once it is running. */
export async function startServer(options: {
  port: number;
  db: string;
  webDir?: string;
  seed?: 'demo' | 'none';
}): Promise<RunningServer> {
  // Always rebuilt (under a second): a build older than the sources would measure old code.
  await (serverBuilt ??= runNode([path.join(ROOT, 'scripts', 'build-server.mjs')]));
  const args = ['--port', String(options.port), '--db', options.db, '--seed', options.seed ?? 'none'];
  args.push(...(options.webDir ? ['--web-dir', options.webDir] : ['--api-only']));
  const server = await spawnServer(args, { entry: SERVER_ENTRY, nodeFlags: SERVER_NODE_FLAGS });
  // A crashing benchmark must not leave the server holding its port.
  const killOnExit = () => server.child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await server.stop();
  };
  return { url: server.url, pid: server.child.pid!, stop };
}

export { CHROMIUM_ARGS, SYSTEM_CHROMIUM };

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

/** One GraphQL request as the dashboard sends it; throws unless it answers data without errors. */
export const gql = <T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}) =>
  postOk<T>(`${baseUrl}/graphql/`, query, variables, { headers: CSRF });

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

/** Seeds `models` synthetic models with 10 classes into a new dataset of `file`, unless the file exists. */
export async function ensureSeeded(file: string, models: number, dataset: string): Promise<void> {
  if (existsSync(file)) return;
  console.log(`  seeding ${models.toLocaleString('en')} models into ${path.relative(ROOT, file)}…`);
  // Seeded under another name and renamed when complete, so an interrupted seed is never reused.
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  await runNode([
    '--import',
    'tsx',
    'server/cli/seed.ts',
    '--db',
    partial,
    '--models',
    String(models),
    '--classes',
    '10',
    '--dataset',
    dataset,
  ]);
  renameSync(partial, file);
}
