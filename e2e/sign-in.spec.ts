// Sign-in against a server with an access key: its own server, since the shared one runs without keys.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const port = Number(process.env.E2E_SIGN_IN_PORT ?? 4891);
const baseURL = `http://127.0.0.1:${port}`;
const db = `.tmp/e2e-sign-in-${port}.db`;
const KEY = { accessKey: 'k', accessKeySecret: 'e2e sign-in secret' };

let server: ChildProcess | undefined;

async function waitUntilUp(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server?.exitCode != null) throw new Error(`The server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseURL}/auth/session`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No server at ${baseURL}`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  // MODEL_CATALOG_WEB_DIR, when set, serves a prebuilt app; otherwise dist/ (built when stale).
  server = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--db', db, '--seed', 'demo'],
    {
      env: {
        ...process.env,
        MODEL_CATALOG_ACCESS_KEY: KEY.accessKey,
        MODEL_CATALOG_ACCESS_KEY_SECRET: KEY.accessKeySecret,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await waitUntilUp(Date.now() + 170_000);
  // The first page load waits for a web build, if one is running.
  await fetch(`${baseURL}/`);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test.use({ baseURL });

test('sign in, see the models, sign out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Access key').fill(KEY.accessKey);
  await page.getByLabel('Secret').fill(KEY.accessKeySecret);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/datasets\/[^/]+\/models$/);
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'mc_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  // Script sees neither the cookie nor the secret anywhere.
  const readable = await page.evaluate(() => document.cookie + JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(readable).not.toContain(KEY.accessKeySecret);
  expect(readable).not.toContain('mc_session');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test('a wrong secret is refused with a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Access key').fill(KEY.accessKey);
  await page.getByLabel('Secret').fill('not the secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The access key or secret is wrong.');
  await expect(page).toHaveURL(/\/sign-in$/);
});
