// Spawns the real entry points: exit codes and one-line messages are process behaviour.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SECURITY_HEADERS } from '../http/app';
import { postRaw } from '../test-kit/graphql';
import { runEntry, spawnServer } from '../test-kit/spawn-server';
import { CONTENT_DOCUMENTS as CONTENTS } from '../test-kit/sdk-content-documents';

let tmp: string;
let webDir: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'mc-main-'));
  // A prebuilt app of our own keeps the test independent of whether src/ builds right now.
  webDir = path.join(tmp, 'web');
  await mkdir(webDir);
  await writeFile(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const run = (script: string, args: string[], env: Record<string, string> = {}) => runEntry(script, args, { env });

async function expectOneLineError(script: string, args: string[], expected: string, env?: Record<string, string>) {
  const { code, stderr } = await run(script, args, env).exited;
  // One assertion, so a failure shows the exit code and everything printed.
  expect({ code, stderr: stderr.trim().split('\n') }).toEqual({ code: 1, stderr: [expect.stringContaining(expected)] });
}

// Each case is a separate process, mostly waiting on tsx start-up (seconds each when other test
// runs compete for the two cores): few of them, side by side. In-process tests cover the variants.
const SPAWN_TIMEOUT = { timeout: 240_000 };

describe.concurrent('npm start (server/cli/main.ts)', SPAWN_TIMEOUT, () => {
  it('reports a busy port in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expectOneLineError(
        'server/cli/main.ts',
        ['--port', String(port), '--db', path.join(tmp, 'busy.db'), '--seed', 'none'],
        `Port ${port} on 127.0.0.1 is already in use`,
      );
    } finally {
      blocker.close();
    }
  });

  it('reports an unwritable database path in one line', async () => {
    const file = path.join(tmp, 'not-a-folder');
    await writeFile(file, 'x');
    await expectOneLineError(
      'server/cli/main.ts',
      ['--db', path.join(file, 'x.db')],
      'Cannot create the database folder',
    );
  });

  it('refuses a public host without keys in one line', async () => {
    await expectOneLineError(
      'server/cli/main.ts',
      ['--host', '0.0.0.0'],
      'Refusing to listen on 0.0.0.0 without access keys',
    );
  });

  it('serves the SPA and the API on one origin, then shuts down on SIGTERM', async () => {
    const db = path.join(tmp, 'nested', 'folder', 'catalog.db');
    const server = await spawnServer(['--port', '0', '--db', db, '--web-dir', webDir]);
    try {
      const { url } = server;
      expect(server.output()).toContain('Demo data: added Traffic cameras, Retail shelves');

      const page = await fetch(`${url}/datasets/x/models`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers.get(name)).toBe(value);

      for (const endpoint of ['/graphql', '/graphql/']) {
        const api = await postRaw(url + endpoint, '{ datasets { totalCount } }');
        expect(api.status).toBe(200);
        expect(api.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await api.json()).toEqual({ data: { datasets: { totalCount: 2 } } });
      }
    } finally {
      server.child.kill('SIGTERM');
    }
    const { code, stdout } = await server.exited;
    expect(stdout).toContain('SIGTERM: shutting down');
    expect(code).toBe(0);
  });
});

describe('npm start -- --max-file-mb', SPAWN_TIMEOUT, () => {
  it('stores content files up to the limit and refuses bigger ones with 413', async () => {
    const server = await spawnServer([
      '--port',
      '0',
      '--db',
      path.join(tmp, 'files.db'),
      '--seed',
      'none',
      '--max-file-mb',
      '1',
    ]);
    try {
      const gql = async (query: string, variables: Record<string, unknown> = {}) => {
        const answer = await fetch(`${server.url}/graphql/`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        return Object.values(((await answer.json()) as { data: Record<string, unknown> }).data)[0];
      };
      const folder = (await gql(CONTENTS.createFolderContent)) as { id: string };
      const url = (await gql(CONTENTS.generateFileUploadURL, {
        content_id: folder.id,
        file_name: 'reports.json',
        content_type: 'application/json',
      })) as string;
      expect(url.startsWith(`${server.url}/contents/${folder.id}/files/reports.json?`)).toBe(true);
      const put = (bytes: number) =>
        fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(bytes, 32) });
      expect((await put(1024 * 1024)).status).toBe(200);
      const refused = await put(1024 * 1024 + 1);
      expect(refused.status).toBe(413);
      expect(await refused.json()).toMatchObject({
        errors: [{ message: 'Files are limited to 1 MB (--max-file-mb)' }],
      });
    } finally {
      await server.stop();
    }
  });
});

describe.concurrent('npm run seed (server/cli/seed.ts)', SPAWN_TIMEOUT, () => {
  it('refuses bad arguments in one line', async () => {
    await expectOneLineError(
      'server/cli/seed.ts',
      ['--db', path.join(tmp, 's.db'), '--models', 'lots', '--classes', '3'],
      '--models must be a whole number from 1 to 1,000,000 (got "lots")',
    );
  });

  it('prints what it did', async () => {
    const { code, stdout } = await run('server/cli/seed.ts', [
      '--db',
      path.join(tmp, 's.db'),
      '--models',
      '25',
      '--classes',
      '3',
      '--dataset',
      'CLI bench',
    ]).exited;
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Added 25 models with 3 classes each to new dataset "CLI bench" \(.+\) in [\d.]+ s\. It now has 25 models\./,
    );
  });
});
