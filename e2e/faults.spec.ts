// The dashboard when the API fails (README "When the server is away"): the server down, a failing pin,
// failing saves, code that cannot load, slow answers. Each test seeds a dataset of its own. "server down"
// runs a spawned server that is really stopped mid-action and restarted; the other tests cut /graphql/
// with page.route or answer it with errors.
import { rmSync } from 'node:fs';
import {
  expect,
  test,
  type APIRequestContext,
  type Locator,
  type Page,
  type Request,
  type Route,
} from '@playwright/test';
import {
  demoDataset,
  demoEvaluations,
  gql,
  seedDataset,
  startServer,
  type SeedModel,
  type SeededDataset,
  type SpawnedServer,
} from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** The operation a GraphQL request carries, e.g. "PinModel". */
function operationOf(request: Request): string {
  const body = request.postDataJSON() as { query?: string } | null;
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? '';
}

/** Counts the requests for one operation that the page sends from now on (aborted ones included). */
function countRequests(page: Page, operation: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().includes('/graphql') && operationOf(request) === operation) count++;
  });
  return () => count;
}

/** Makes /graphql/ unreachable for this page, as a stopped server would; call the result to undo it. */
async function cutApi(page: Page): Promise<() => Promise<void>> {
  const refuse = (route: Route) => route.abort('connectionrefused');
  await page.route('**/graphql/', refuse);
  return () => page.unroute('**/graphql/', refuse);
}

/** Answers `operation` with `answer` (other requests pass), after `held` resolves. */
async function failOperation(
  page: Page,
  operation: string,
  answer: Parameters<Route['fulfill']>[0],
  held?: Promise<void>,
) {
  await page.route('**/graphql/', async (route) => {
    if (operationOf(route.request()) !== operation) return route.fallback();
    await held;
    return route.fulfill(answer);
  });
}

const HTTP_500 = { status: 500, contentType: 'text/plain', body: 'Internal Server Error' };

const MODELS: SeedModel[] = [
  { name: 'faults-alpha', pinned: true, aps: { car: 0.91, person: 0.78 } },
  { name: 'faults-beta', aps: { car: 0.72, person: 0.64, bus: 0.5 } },
];

let seeded: SeededDataset;

test.beforeEach(async ({ request }) => {
  seeded = await seedDataset(request, MODELS);
});

test.afterEach(async () => {
  await seeded.remove();
});

const base = () => `/datasets/${seeded.datasetId}`;
const idOf = (name: string) => seeded.ids[name] ?? name;

/** The alert a page shows when it cannot load, with its Retry. */
const unreachable = (page: Page) => page.getByRole('alert').filter({ hasText: 'Cannot reach the server' });

async function isPinnedOnServer(request: Parameters<typeof gql>[0], name: string) {
  const { model } = await gql<{ model: { isPinned: boolean } }>(
    request,
    'query ($d: ID!, $m: ID!) { model(datasetId: $d, id: $m) { isPinned } }',
    { d: seeded.datasetId, m: idOf(name) },
  );
  return model.isPinned;
}

test.describe('server down', () => {
  const port = Number(process.env.E2E_FAULTS_PORT ?? 4941);
  const db = `.tmp/e2e-faults-${port}.db`;
  // Its own database file, kept across the restart; dist/ is already built by the config's server.
  const args = ['--db', db, '--seed', 'none', '--web-dir', 'dist'];
  let server: SpawnedServer | undefined;

  test.afterEach(async () => {
    await server?.stop();
  });

  /** A fresh database and a server on it, with `models` in a dataset of their own. */
  async function startSeeded(request: APIRequestContext, models: SeedModel[]) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    server = await startServer(port, args);
    return seedDataset(request, models, server.baseURL);
  }

  /** Starts the stopped server again on the same database. */
  async function restart() {
    server = await startServer(port, args);
  }

  const banner = (page: Page) => page.getByRole('alert').filter({ hasText: "Can't reach the server" });

  test('list: a stopped server gives an error with Retry; after a restart the rows come by themselves', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const first = await startSeeded(request, [{ name: 'first-model', aps: { car: 0.8 } }]);
    const second = await seedDataset(request, [{ name: 'second-model', aps: { car: 0.7 } }], server?.baseURL);

    await page.goto(`${server?.baseURL}/datasets/${first.datasetId}/models`);
    await expect(page.getByRole('link', { name: 'first-model' })).toBeVisible({ timeout: 60_000 });

    // Waiting for the process to exit: a server still shutting down may answer on an open connection.
    await server?.stop();
    // The page is loaded; switching dataset asks the stopped server for a list it has never seen.
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption(second.datasetId);
    const alert = unreachable(page);
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(banner(page)).toBeVisible();
    await expect(page.getByRole('link', { name: 'second-model' })).toHaveCount(0);

    await restart();
    // No click: the page retries with backoff until the server answers.
    await expect(page.getByRole('link', { name: 'second-model' })).toBeVisible({ timeout: 30_000 });
    await expect(unreachable(page)).toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);
  });

  test('list: rows loaded before the server stopped stay, with the banner, until it is back', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const seeded = await startSeeded(request, [{ name: 'kept-row', aps: { car: 0.8 } }]);
    await page.goto(`${server?.baseURL}/datasets/${seeded.datasetId}/models`);
    const row = page.getByRole('link', { name: 'kept-row' });
    await expect(row).toBeVisible({ timeout: 60_000 });

    await server?.stop();
    // A failed pin refetches the list: that fails too, and the rows stay.
    await page.getByRole('button', { name: 'Pin kept-row' }).click();
    await expect(banner(page)).toBeVisible({ timeout: 30_000 });
    await expect(row).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pin kept-row' })).toHaveAttribute('aria-pressed', 'false');

    await restart();
    await expect(banner(page)).toHaveCount(0, { timeout: 30_000 });
    await expect(row).toBeVisible();
  });

  test('detail: a pin while the server is stopped rolls back with a message, the page and its data stay, and it recovers by itself', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const seeded = await startSeeded(request, [{ name: 'down-pin', aps: { car: 0.8, bus: 0.4 } }]);
    await page.goto(`${server?.baseURL}/datasets/${seeded.datasetId}/models/${seeded.ids['down-pin']}`);
    const heading = page.getByRole('heading', { level: 1, name: 'down-pin' });
    await expect(heading).toBeVisible({ timeout: 60_000 });
    const pin = page.getByRole('button', { name: /^(Pin|Unpin) down-pin$/ });

    await server?.stop();
    // The toast library has not loaded yet and cannot now: it must not take the page with it.
    await pin.click();
    await expect(page.getByRole('alert').filter({ hasText: 'Pin failed: Cannot reach the server' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(pin).toHaveAttribute('aria-pressed', 'false');
    await expect(banner(page)).toBeVisible({ timeout: 30_000 });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('table', { name: 'Classes of down-pin' })).toBeVisible();
    await expect(page.getByText('Failed to fetch dynamically imported module')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Model Catalog' })).toBeVisible();

    await restart();
    await expect(banner(page)).toHaveCount(0, { timeout: 30_000 });
    await pin.click();
    await expect(pin).toHaveAttribute('aria-pressed', 'true');
    await expect(pin).toHaveAccessibleName('Unpin down-pin');
  });

  test('edit: a save while the server is stopped keeps the form and the edit, Retry saves it once the server is back', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const seeded = await startSeeded(request, [{ name: 'down-edit', aps: { car: 0.8 } }]);
    const detail = `${server?.baseURL}/datasets/${seeded.datasetId}/models/${seeded.ids['down-edit']}`;
    await page.goto(`${detail}/edit`);
    const description = page.getByLabel('Description');
    await expect(description).toBeVisible({ timeout: 60_000 });
    await description.fill('typed while the server was away');
    await page.getByLabel('Name', { exact: true }).fill('down-edit-renamed');

    await server?.stop();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Cannot reach the server' });
    await expect(error).toBeVisible({ timeout: 30_000 });
    await expect(description).toHaveValue('typed while the server was away');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('down-edit-renamed');
    await expect(banner(page)).toBeVisible({ timeout: 30_000 });
    // The failed refetch that follows a failed save leaves the form in place.
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
    await expect(description).toHaveValue('typed while the server was away');

    await restart();
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'down-edit-renamed' })).toBeVisible({ timeout: 30_000 });
    // Exact: the History section also names the change ("Description — → typed while…").
    await expect(page.getByText('typed while the server was away', { exact: true })).toBeVisible();
    // Saved: the draft is gone, the form opens with the saved values.
    await page.goto(`${detail}/edit`);
    await expect(description).toHaveValue('typed while the server was away', { timeout: 30_000 });
    await expect(page.getByText('Restored the changes you had not saved')).toHaveCount(0);
  });

  test('create: input typed before the server stopped survives a reload after it restarts', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const seeded = await startSeeded(request, []);
    const newPath = `${server?.baseURL}/datasets/${seeded.datasetId}/models/new`;
    await page.goto(newPath);
    const name = page.getByLabel('Name', { exact: true });
    await expect(name).toBeVisible({ timeout: 60_000 });
    await name.fill('down-created');
    await page.getByLabel('Baseline model').fill('yolov8n');
    await page.getByLabel('Description').fill('drafted offline');

    await server?.stop();
    await page.getByRole('button', { name: 'Create model' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Cannot reach the server' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(name).toHaveValue('down-created');

    await restart();
    await page.goto(newPath);
    await expect(page.getByRole('status').filter({ hasText: 'Restored the changes you had not saved' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(name).toHaveValue('down-created');
    await expect(page.getByLabel('Baseline model')).toHaveValue('yolov8n');
    await expect(page.getByLabel('Description')).toHaveValue('drafted offline');
    await page.getByRole('button', { name: 'Create model' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'down-created' })).toBeVisible({ timeout: 30_000 });
    await page.goto(newPath);
    await expect(name).toHaveValue('', { timeout: 30_000 });
    await expect(page.getByText('Restored the changes you had not saved')).toHaveCount(0);
  });

  test('compare by evaluation: a discriminator value picked while the server is stopped says which charts cannot be drawn, and loads no longer', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    server = await startServer(port, ['--db', db, '--seed', 'demo', '--web-dir', 'dist']);
    const { base } = await demoDataset(request, server.baseURL);
    const sweeps = (await demoEvaluations(request, base, server.baseURL)).filter(
      (e) => e.name === 'night-val-iou-sweep',
    );
    await page.goto(`${server.baseURL}${base}/compare?ids=${sweeps.map((e) => e.modelId).join(',')}`);
    const section = page.getByRole('region', { name: 'Evaluations' });
    await section
      .getByRole('combobox', { name: 'Evaluation' })
      .selectOption('night-val-iou-sweep', { timeout: 60_000 });
    await expect(
      section.getByRole('figure', { name: 'AP per class · IoU 0.5' }).locator('svg.recharts-surface'),
    ).toBeVisible({ timeout: 60_000 });

    await server.stop();
    await section.getByRole('radio', { name: 'IoU 0.9' }).check();
    // Each chart of the new value says its files could not be read, within the retries' few seconds.
    await expect(section.getByText(/could not be read/).first()).toBeVisible({ timeout: 30_000 });
    await expect(section.getByText('Loading chart…')).toHaveCount(0);
    await expect(section.getByRole('radio', { name: 'IoU 0.9' })).toBeChecked();
  });

  test('navigating while the server is stopped: the page that cannot load says so, a banner offers a reload, the app stays', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const seeded = await startSeeded(request, [{ name: 'down-chunk', aps: { car: 0.8 } }]);
    await page.goto(`${server?.baseURL}/datasets/${seeded.datasetId}/models`);
    const link = page.getByRole('link', { name: 'down-chunk' });
    await expect(link).toBeVisible({ timeout: 60_000 });

    await server?.stop();
    // The detail page's chunk (and its CSS) has never been loaded: it cannot be now.
    await link.click();
    const reload = page.getByRole('alert').filter({ hasText: 'could not be loaded' }).getByRole('button', {
      name: 'Reload',
    });
    await expect(reload).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Model Catalog' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Dataset' })).toBeVisible();
    await expect(page.getByText(/Unable to preload CSS|Failed to fetch dynamically imported module/)).toHaveCount(0);

    await restart();
    await reload.click();
    await expect(page.getByRole('heading', { level: 1, name: 'down-chunk' })).toBeVisible({ timeout: 60_000 });
  });
});

test('an unknown dataset or model id shows not found, and the switcher names no other dataset', async ({ page }) => {
  await page.goto('/datasets/no-such-dataset/models');
  await expect(page.getByRole('heading', { name: 'Dataset not found' })).toBeVisible({ timeout: 30_000 });
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher).toHaveValue('no-such-dataset');
  await expect(switcher.locator('option:checked')).toHaveText('Unknown dataset');

  await page.goto(`${base()}/models/no-such-model`);
  await expect(page.getByRole('heading', { name: 'Model not found' })).toBeVisible({ timeout: 30_000 });
  await expect(switcher).toHaveValue(seeded.datasetId);
});

const DOWN_PAGES: Array<{ name: string; path: () => string; content: (page: Page) => Locator }> = [
  {
    name: 'detail',
    path: () => `${base()}/models/${idOf('faults-alpha')}`,
    content: (page) => page.getByRole('heading', { level: 1, name: 'faults-alpha' }),
  },
  {
    name: 'edit form',
    path: () => `${base()}/models/${idOf('faults-alpha')}/edit`,
    content: (page) => page.getByRole('button', { name: 'Save changes' }),
  },
  {
    name: 'compare',
    path: () => `${base()}/compare?ids=${idOf('faults-alpha')},${idOf('faults-beta')}`,
    content: (page) => page.getByRole('region', { name: 'Per-class AP comparison' }),
  },
];

for (const { name, path, content } of DOWN_PAGES) {
  test(`${name}: unreachable API gives an error with Retry, and the page recovers by itself once it is back`, async ({
    page,
  }) => {
    const restore = await cutApi(page);
    await page.goto(path());
    const alert = unreachable(page);
    // One clear error (compare: one for all its models), not one per failed request.
    await expect(alert).toHaveCount(1, { timeout: 30_000 });
    await expect(content(page)).toHaveCount(0);

    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();

    // No click: the page retries with backoff until the API answers.
    await restore();
    await expect(content(page)).toBeVisible({ timeout: 30_000 });
    await expect(unreachable(page)).toHaveCount(0);
    // The header's dataset list failed as well; it came back too.
    await expect(page.getByRole('combobox', { name: 'Dataset' })).toBeEnabled();
  });
}

test('create form: saving while the API is unreachable says so, keeps the input, and works once it is back', async ({
  page,
  request,
}) => {
  await page.goto(`${base()}/models/new`);
  const name = page.getByLabel('Name', { exact: true });
  await expect(name).toBeVisible({ timeout: 30_000 });
  const creates = countRequests(page, 'CreateModel');
  const restore = await cutApi(page);

  await name.fill('faults-created');
  await page.getByLabel('Baseline model').fill('yolov8n');
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(unreachable(page)).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/models\/new$/);
  await expect(name).toHaveValue('faults-created');
  // The mutation settled as failed: any retry would have happened before this point.
  expect(creates()).toBe(1);

  await restore();
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'faults-created' })).toBeVisible({ timeout: 30_000 });
  expect(creates()).toBe(2);
  const { models } = await gql<{ models: { models: Array<{ name: string }> } }>(
    request,
    'query ($d: ID!) { models(datasetId: $d, length: 50) { models { name } } }',
    { d: seeded.datasetId },
  );
  expect(models.models.filter((m) => m.name === 'faults-created')).toHaveLength(1);
});

test('create form: the slice pickers offer Retry while slices cannot load', async ({ page }) => {
  const restore = await cutApi(page);
  await page.goto(`${base()}/models/new`);
  // Shown beside each picker (training, validation), not inside its list, which closes when focus leaves.
  await expect(page.getByText('Could not load the slices.')).toHaveCount(2, { timeout: 30_000 });

  // The header's dataset list failed too and says so.
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher).toBeDisabled();
  await expect(switcher).toContainText('Datasets unavailable');

  await restore();
  // Either Retry reloads the one slice list both pickers share.
  await page.getByRole('button', { name: 'Retry', exact: true }).first().click();
  await expect(page.getByText('Could not load the slices.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show slices for training' }).click();
  await expect(page.getByText('This dataset has no slices yet.')).toBeVisible();
  // The header's list came back by itself (or with that Retry).
  await expect(switcher).toBeEnabled();
});

test('list: a failing pin rolls back with a message, is sent once, and changes nothing', async ({ page, request }) => {
  await page.goto(`${base()}/models`);
  const pin = page.getByRole('button', { name: /^(Pin|Unpin) faults-beta$/ });
  await expect(pin).toBeVisible({ timeout: 30_000 });
  const pins = countRequests(page, 'PinModel');
  let release = () => {};
  await failOperation(page, 'PinModel', HTTP_500, new Promise<void>((resolve) => (release = resolve)));

  await pin.click();
  // Optimistic while the request runs…
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await expect(pin).toHaveAccessibleName('Unpin faults-beta');
  release();
  // …and back with a message when it fails.
  await expect(page.getByRole('alert').filter({ hasText: 'Pin failed: The server answered HTTP 500' })).toBeVisible();
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await expect(pin).toHaveAccessibleName('Pin faults-beta');
  expect(pins()).toBe(1);
  expect(await isPinnedOnServer(request, 'faults-beta')).toBe(false);
});

test('detail: an unpin refused with a GraphQL error rolls back with its message', async ({ page, request }) => {
  await page.goto(`${base()}/models/${idOf('faults-alpha')}`);
  const pin = page.getByRole('button', { name: /^(Pin|Unpin) faults-alpha$/ });
  await expect(pin).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  const unpins = countRequests(page, 'UnpinModel');
  await failOperation(page, 'UnpinModel', {
    json: {
      data: null,
      errors: [{ message: 'Storage is read-only', code: 'INTERNAL', extensions: { code: 'INTERNAL' } }],
    },
  });

  await pin.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Unpin failed: Storage is read-only' })).toBeVisible();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  expect(unpins()).toBe(1);
  expect(await isPinnedOnServer(request, 'faults-alpha')).toBe(true);
});

test('edit form: a failed save is shown on the form and sent once', async ({ page }) => {
  await page.goto(`${base()}/models/${idOf('faults-beta')}/edit`);
  const description = page.getByLabel('Description');
  await expect(description).toBeVisible({ timeout: 30_000 });
  const updates = countRequests(page, 'UpdateModel');
  await failOperation(page, 'UpdateModel', HTTP_500);

  await description.fill('never saved');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The server answered HTTP 500' })).toBeVisible();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  expect(updates()).toBe(1);
});

/** Every API answer takes `ms` longer. */
async function slowApi(page: Page, ms: number) {
  await page.route('**/graphql/', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  });
}

const SLOW_PAGES: Array<{ name: string; path: () => string; content: (page: Page) => Locator }> = [
  {
    name: 'list',
    path: () => `${base()}/models`,
    content: (page) => page.getByRole('table').getByRole('link', { name: 'faults-beta' }),
  },
  ...DOWN_PAGES,
];

for (const { name, path, content } of SLOW_PAGES) {
  test(`${name}: slow answers show progress, then the content`, async ({ page }) => {
    await slowApi(page, 2000);
    await page.goto(path());
    // Skeletons and busy tables carry aria-busy.
    await expect(page.locator('[aria-busy="true"]').first()).toBeVisible({ timeout: 30_000 });
    await expect(content(page)).toHaveCount(0);
    await expect(content(page)).toBeVisible({ timeout: 30_000 });
  });
}

test('create form: a slow save shows a busy, disabled submit until it is done', async ({ page }) => {
  await page.goto(`${base()}/models/new`);
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible({ timeout: 30_000 });
  await slowApi(page, 2000);
  await page.getByLabel('Name', { exact: true }).fill('faults-slow');
  await page.getByLabel('Baseline model').fill('yolov8n');
  const submit = page.getByRole('button', { name: 'Create model' });
  await submit.click();
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'faults-slow' })).toBeVisible({ timeout: 30_000 });
});

test('Reload while a page’s code is still being retried opens that page, not the one left behind', async ({ page }) => {
  await page.goto(`${base()}/models`);
  const link = page.getByRole('link', { name: 'faults-alpha' });
  await expect(link).toBeVisible({ timeout: 30_000 });
  // The page's CSS cannot load (the banner appears at once) and its JS answers only after the reload.
  await page.route(/\/assets\/model-page-[^/]*\.css$/, (route) => route.abort('connectionrefused'));
  let releaseJs = () => {};
  const jsHeld = new Promise<void>((resolve) => (releaseJs = resolve));
  await page.route(/\/assets\/model-page-[^/]*\.js$/, async (route) => {
    await jsHeld;
    await route.abort('connectionrefused').catch(() => undefined);
  });

  await link.click();
  const reload = page.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`${base()}/models$`));
  await reload.click();
  // Only now may the page's files load: the reload itself asks for them again.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  releaseJs();
  await expect(page).toHaveURL(new RegExp(`${base()}/models/${idOf('faults-alpha')}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'faults-alpha' })).toBeVisible({ timeout: 30_000 });
});
