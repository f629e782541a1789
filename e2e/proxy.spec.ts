// The dashboard in proxy mode: a keyed server plays the Superb AI host, a second server forwards
// the browser's API calls to it with the host's key, which the browser must never see.
import { expect, test } from '@playwright/test';
import { startServer, startServerWithKey, type SpawnedServer } from './fixtures';
import {
  PROBE_CONTENTS,
  PROBE_DIAGNOSES,
  PROBE_NEW,
  PROBE_OLD,
  PROBE_TRAINING_ANNOTATIONS,
  PROBE_TRAINING_REPORT,
} from '../server/proxy/generation-probe';
import { STUB_DATASET } from '../server/test-kit/stub-catalog';
import { startStubUpstream, type StubUpstream } from '../server/test-kit/stub-upstream';

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

// Stub Superb AI hosts of each generation, built from the contract's SDL (server/test-kit/stub-upstream.ts): the
// proxy detects which one it faces and the dashboard sends only that generation's documents.
const NO_AP = 'This host records no per-class AP.';
const NO_CLASS_COUNTS = 'This host records no per-class annotation counts.';
const STUB_HOSTS = [
  // A first-generation host: the dashboard as today, with baseline and AP.
  {
    generation: 'first',
    portOffset: 1,
    hostApi: 'OLD',
    trained: 'host-trained',
    baselineFields: 1,
    apCharts: 1,
    apNotes: 0,
    classNotes: 0,
  },
  // A newer-API host (v1.9): no baseline anywhere, and a sentence instead of AP charts.
  {
    generation: 'newer',
    portOffset: 3,
    hostApi: 'NEW',
    trained: 'host-completed',
    baselineFields: 0,
    apCharts: 1,
    apNotes: 1,
    classNotes: 0,
  },
  // A v1.4.0-era host (docs/api/newer-api.md §6.4): no per-class rows at all, nor model files or report charts.
  {
    generation: 'newer',
    release: 'v1.4.0',
    portOffset: 5,
    hostApi: 'NEW',
    trained: 'host-completed',
    baselineFields: 0,
    apCharts: 0,
    apNotes: 0,
    classNotes: 1,
  },
] as const;

for (const host of STUB_HOSTS) {
  const release = 'release' in host ? host.release : undefined;
  const label = `${host.generation}-generation${release ? ` ${release}` : ''}`;

  test.describe(`a ${label} host`, () => {
    let stub: StubUpstream | undefined;
    let stubProxy: SpawnedServer | undefined;

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      stub = await startStubUpstream({
        generation: host.generation,
        release,
        accessKey: HOST_KEY,
        port: proxyPort + host.portOffset,
      });
      stubProxy = await startServer(proxyPort + host.portOffset + 1, [
        '--upstream',
        stub.base,
        '--access-key',
        HOST_KEY.accessKey,
        '--access-key-secret',
        HOST_KEY.accessKeySecret,
      ]);
    });

    test.afterAll(async () => {
      await stubProxy?.stop();
      await stub?.close();
    });

    test('list, model page, pin, create and edit, with no GraphQL error on screen', async ({ page }) => {
      test.slow();
      const base = `${stubProxy!.baseURL}/datasets/${STUB_DATASET.id}/models`;
      const capabilities = await page.request.get(`${stubProxy!.baseURL}/api/capabilities`);
      expect(await capabilities.json()).toMatchObject({ mode: 'proxy', hostApi: host.hostApi });

      await page.goto(base);
      await expect(page.getByRole('link', { name: host.trained })).toBeVisible();
      const headers = page.getByRole('columnheader');
      await expect(headers.filter({ hasText: 'Baseline' })).toHaveCount(host.baselineFields);
      // The first generation's mAP column, not a newer host's score column (headed by its key, e.g. "mAP50 (%)").
      await expect(headers.filter({ hasText: /^[^A-Za-z]*mAP[^A-Za-z0-9]*$/ })).toHaveCount(host.baselineFields);

      await page.getByRole('link', { name: host.trained }).click();
      await expect(page.getByRole('heading', { level: 1, name: host.trained })).toBeVisible();
      const apChart = page.getByRole('figure', { name: 'Average precision (AP) per class' });
      await expect(apChart).toHaveCount(host.apCharts);
      await expect(apChart.getByText(NO_AP)).toHaveCount(host.apNotes);
      await expect(page.getByText(NO_CLASS_COUNTS)).toHaveCount(host.classNotes);

      await page.getByRole('button', { name: `Pin ${host.trained}` }).click();
      const unpin = page.getByRole('button', { name: `Unpin ${host.trained}` });
      await expect(unpin).toHaveAttribute('aria-pressed', 'true');
      await page.reload();
      await expect(unpin).toHaveAttribute('aria-pressed', 'true');

      await page.getByRole('link', { name: 'Edit' }).click();
      const description = `edited on a ${label} host`;
      await page.getByLabel('Description').fill(description);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText(description)).toBeVisible({ timeout: 20_000 });

      await page.goto(`${base}/new`);
      const name = `e2e ${label} host model`;
      await page.getByLabel('Name', { exact: true }).fill(name);
      const baseline = page.getByLabel('Baseline model');
      await expect(baseline).toHaveCount(host.baselineFields);
      for (const field of await baseline.all()) await field.fill('yolov8n');
      await page.getByRole('button', { name: 'Create model' }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 20_000 });

      await expect(page.getByText(/Cannot query field|Unknown argument|Unknown type/)).toHaveCount(0);
      // Only the proxy's own probes may be rejected: the dashboard sends none the host does not know.
      const probes: string[] = [
        PROBE_NEW,
        PROBE_OLD,
        PROBE_CONTENTS,
        PROBE_TRAINING_ANNOTATIONS,
        PROBE_TRAINING_REPORT,
        PROBE_DIAGNOSES,
      ];
      expect(stub!.rejections.filter((r) => !probes.includes(r.query))).toEqual([]);
    });
  });
}
