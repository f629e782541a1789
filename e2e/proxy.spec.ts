// The dashboard in proxy mode: a keyed server plays the Superb AI host, a second server forwards
// the browser's API calls to it with the host's key, which the browser must never see.
import { expect, test } from '@playwright/test';
import { startServer, startServerWithKey, type SpawnedServer } from './fixtures';

const hostPort = Number(process.env.E2E_PROXY_HOST_PORT ?? 4893);
const proxyPort = Number(process.env.E2E_PROXY_PORT ?? 4894);
const HOST_KEY = { accessKey: 'host-key', accessKeySecret: 'e2e host secret 42' };

let host: SpawnedServer | undefined;
let proxy: SpawnedServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  host = await startServerWithKey(hostPort, HOST_KEY, ['--seed', 'demo', '--api-only']);
  proxy = await startServer(proxyPort, [
    '--upstream',
    host.baseURL,
    '--access-key',
    HOST_KEY.accessKey,
    '--access-key-secret',
    HOST_KEY.accessKeySecret,
  ]);
});

test.afterAll(async () => {
  await Promise.all([proxy?.stop(), host?.stop()]);
});

test('browse, open and pin a model through the proxy without seeing the host key', async ({ page }) => {
  const seen: string[] = [];
  page.on('response', async (response) => {
    const body = await response.text().catch(() => '');
    seen.push(JSON.stringify(response.headers()) + body);
  });

  await page.goto(`${proxy!.baseURL}/`);
  await expect(page).toHaveURL(/\/datasets\/[^/]+\/models$/);
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link') })
    .first();
  const name = (await row.getByRole('link').first().textContent())!.trim();
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const pin = page.getByRole('button', { name: new RegExp(`^(Pin|Unpin) ${name}$`) });
  const wasPinned = (await pin.getAttribute('aria-pressed')) === 'true';
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', String(!wasPinned));
  await page.reload();
  await expect(page.getByRole('button', { name: `${wasPinned ? 'Pin' : 'Unpin'} ${name}` })).toHaveAttribute(
    'aria-pressed',
    String(!wasPinned),
  );

  const basic = Buffer.from(`${HOST_KEY.accessKey}:${HOST_KEY.accessKeySecret}`).toString('base64');
  for (const text of seen) {
    expect(text).not.toContain(HOST_KEY.accessKeySecret);
    expect(text).not.toContain(basic);
  }
});
