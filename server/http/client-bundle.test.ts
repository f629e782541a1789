// No credential ever reaches the browser bundle: a production build made while access
// keys sit in the environment (as they do on a server) contains neither them, nor the keys our tests
// use, nor code that builds an Authorization header — the browser signs in for an HttpOnly cookie.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENV_KEY = 'bundle-probe-key-7f3a';
const ENV_SECRET = 'bundle-probe-secret-9c1e';
// Credentials written in the server and e2e tests.
const TEST_SECRETS = ['s3cret', 'correct horse', 'pässwörd', 'sec-test-secret'];

let outDir: string;
let scripts: Array<{ file: string; text: string }>;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'mc-bundle-'));
  const build = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        MODEL_CATALOG_ACCESS_KEY: ENV_KEY,
        MODEL_CATALOG_ACCESS_KEY_SECRET: ENV_SECRET,
        // What a careless "just put it in the client" change would read.
        VITE_ACCESS_KEY: ENV_KEY,
        VITE_ACCESS_KEY_SECRET: ENV_SECRET,
        VITE_MODEL_CATALOG_ACCESS_KEY: ENV_KEY,
        VITE_MODEL_CATALOG_ACCESS_KEY_SECRET: ENV_SECRET,
      },
    },
  );
  let errors = '';
  build.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = (await once(build, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build failed (${code}):\n${errors}`);
  const files = await readdir(outDir, { recursive: true });
  scripts = await Promise.all(
    files
      .filter((file) => /\.(m?js|html)$/.test(file))
      .map(async (file) => ({ file, text: await readFile(path.join(outDir, file), 'utf8') })),
  );
}, 240_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const filesContaining = (pattern: string | RegExp) =>
  scripts
    .filter(({ text }) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)))
    .map(({ file }) => file);

describe('the client bundle', () => {
  it('has JavaScript to scan', () => {
    expect(scripts.filter(({ file }) => file.endsWith('.js')).length).toBeGreaterThan(0);
  });

  it.each([ENV_KEY, ENV_SECRET, ...TEST_SECRETS])('does not contain the credential %j', (secret) => {
    expect(filesContaining(secret)).toEqual([]);
  });

  it('never builds an Authorization header or Basic credentials', () => {
    expect(filesContaining(/authorization/i)).toEqual([]);
    expect(filesContaining(/["'`]Basic\s/)).toEqual([]);
  });
});
