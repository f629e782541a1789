// Sign-in against a server with an access key: its own server, since the shared one runs without keys.
import { expect, test } from '@playwright/test';
import { startServerWithKey, type SpawnedServer } from './fixtures';

const port = Number(process.env.E2E_SIGN_IN_PORT ?? 4891);
const baseURL = `http://127.0.0.1:${port}`;
const KEY = { accessKey: 'k', accessKeySecret: 'e2e sign-in secret' };

let server: SpawnedServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startServerWithKey(port, KEY);
});

test.afterAll(() => server?.stop());

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
