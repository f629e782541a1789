// The deploy path of README "Deploying for a team": `npm ci && npm run build`, `npm prune --omit=dev`,
// `npm start` serves the dashboard and the API from compiled JavaScript with runtime dependencies only
// (no tsx, no Vite), idles at most 120 MB resident, and runs its query worker under load. Runs on a
// copy of the working tree; its node_modules is a hard-linked copy of this one (an offline `npm ci`
// would spend minutes compiling better-sqlite3 again), which `npm prune` then trims like on a server.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postOk } from '../server/test-kit/graphql';
import { CLEAN_ENV as SERVER_ENV, ROOT } from '../server/test-kit/spawn-server';

const IDLE_RSS_LIMIT_MB = 120;
/** The test's own environment, without npm's variables (npm start below sets its own). */
const CLEAN_ENV = Object.fromEntries(Object.entries(SERVER_ENV).filter(([k]) => !k.startsWith('npm_')));

let app: string;

function run(command: string, args: string[]) {
  execFileSync(command, args, { cwd: app, env: CLEAN_ENV, stdio: 'pipe' });
}

/** Tracked and new (not ignored) files of the working tree, so the test covers uncommitted work too. */
function copyTree(to: string) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(ROOT, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(to, file));
  }
  // Hard links: prune unlinks files in the copy only. npm rewrites its lock file, so that one is copied.
  execFileSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(to, 'node_modules')]);
  const lock = path.join(to, 'node_modules', '.package-lock.json');
  if (existsSync(lock)) {
    execFileSync('rm', [lock]);
    copyFileSync(path.join(ROOT, 'node_modules', '.package-lock.json'), lock);
  }
}

/** The pid of the process running `build/cli/main.js` below `pid` (npm runs the script through a shell). */
function serverPid(pid: number): number | null {
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  if (cmdline.includes('build/cli/main.js') && !cmdline.startsWith('sh')) return pid;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    for (const child of children.split(' ').filter(Boolean)) {
      const found = serverPid(Number(child));
      if (found !== null) return found;
    }
  }
  return null;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

interface Started {
  url: string;
  output: () => string;
  /** The server's own process (npm runs the script through a shell). */
  pid: number;
  stop: () => Promise<void>;
}

/** `npm start` in the copy; resolves once the server says it is running. */
async function npmStart(database: string): Promise<Started> {
  const npm = spawn('npm', ['start', '--', '--port', '0', '--db', database], {
    cwd: app,
    env: CLEAN_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => npm.once('exit', resolve));
  const stop = async () => {
    if (npm.exitCode === null) process.kill(-npm.pid!, 'SIGTERM');
    await exited;
  };
  let url: string | undefined;
  while (url === undefined) {
    if (npm.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
    url = /running at (http:\/\/\S+)/.exec(output)?.[1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = serverPid(npm.pid!);
  if (pid === null) {
    await stop();
    throw new Error('no build/cli/main.js process below npm start');
  }
  return { url, output: () => output, pid, stop };
}

async function expectDashboardAndApi(url: string) {
  const page = await fetch(`${url}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root">');
  expect(await postOk(`${url}/graphql/`, '{ datasets { totalCount } }')).toEqual({ datasets: { totalCount: 2 } });
}

describe('npm start and the deploy path', () => {
  beforeAll(async () => {
    app = await mkdtemp(path.join(tmpdir(), 'mc-deploy-'));
    copyTree(app);
  });
  afterAll(() => rm(app, { recursive: true, force: true }));

  it('builds what is missing on the first npm start of a fresh clone, and only then', async () => {
    const db = path.join(app, 'data', 'fresh.db');
    const first = await npmStart(db);
    try {
      expect(first.output()).toContain('Building the server (build/)');
      expect(first.output()).toContain('Building the dashboard (dist/)');
      await expectDashboardAndApi(first.url);
    } finally {
      await first.stop();
    }
    const second = await npmStart(db);
    await second.stop();
    expect(second.output()).not.toContain('Building');
  });

  it('builds, prunes to runtime dependencies and serves dashboard + API from compiled JavaScript', async () => {
    run('npm', ['run', 'build']);
    expect(existsSync(path.join(app, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(path.join(app, 'build', 'cli', 'main.js'))).toBe(true);
    run('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund']);
    for (const devOnly of ['tsx', 'vite', 'esbuild', 'typescript', 'vitest']) {
      expect(existsSync(path.join(app, 'node_modules', devOnly)), devOnly).toBe(false);
    }

    const server = await npmStart(path.join(app, 'data', 'deploy.db'));
    try {
      expect(server.output()).not.toContain('Building');
      await expectDashboardAndApi(server.url);
      const cmdline = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0').join(' ');
      expect(cmdline).not.toMatch(/tsx|--import|--loader/);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const rss = rssMb(server.pid);
      console.log(`Idle RSS of the deployed server: ${rss.toFixed(1)} MB (limit ${IDLE_RSS_LIMIT_MB} MB)`);
      expect(rss).toBeLessThanOrEqual(IDLE_RSS_LIMIT_MB);

      // Under load the built query worker (build/cli/query-worker.js, README "Performance") starts as one
      // more thread of the process, and the answers stay the same.
      const threads = () => readdirSync(`/proc/${server.pid}/task`).length;
      const idleThreads = threads();
      const query = 'query ($n: Int) { datasets(length: $n) { totalCount } }';
      for (let request = 0; request < 200; request++) {
        const answer = await postOk(`${server.url}/graphql/`, query, { n: 1 + (request % 3), request });
        expect(answer).toEqual({ datasets: { totalCount: 2 } });
      }
      expect(threads()).toBeGreaterThan(idleThreads);
      expect(server.output()).not.toContain('query worker failed');
    } finally {
      await server.stop();
    }
  });
});
