// The dashboard when the API fails (issue #8, "UI under faults"): the server down, a failing pin,
// failing saves, slow answers. Each test seeds a dataset of its own. The list is tested against a
// spawned server that is really stopped and restarted; the other pages cut /graphql/ with page.route.
import { rmSync } from 'node:fs';
import { expect, test, type Locator, type Page, type Request, type Route } from '@playwright/test';
import { gql, seedDataset, startServer, type SeedModel, type SeededDataset, type SpawnedServer } from './fixtures';

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

  test('list: a stopped server gives an error with Retry; after a restart Retry shows the rows', async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    server = await startServer(port, args);
    const first = await seedDataset(request, [{ name: 'first-model', aps: { car: 0.8 } }], server.baseURL);
    const second = await seedDataset(request, [{ name: 'second-model', aps: { car: 0.7 } }], server.baseURL);

    await page.goto(`${server.baseURL}/datasets/${first.datasetId}/models`);
    await expect(page.getByRole('link', { name: 'first-model' })).toBeVisible({ timeout: 60_000 });

    // Waiting for the process to exit: a server still shutting down may answer on an open connection.
    await server.stop();
    // The page is loaded; switching dataset asks the stopped server for a list it has never seen.
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption(second.datasetId);
    const alert = unreachable(page);
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'second-model' })).toHaveCount(0);

    server = await startServer(port, args);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('link', { name: 'second-model' })).toBeVisible({ timeout: 30_000 });
    await expect(unreachable(page)).toHaveCount(0);
  });
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
  test(`${name}: unreachable API gives an error with Retry, and Retry recovers once it is back`, async ({ page }) => {
    const restore = await cutApi(page);
    await page.goto(path());
    const alert = unreachable(page);
    // One clear error (compare: one for all its models), not one per failed request.
    await expect(alert).toHaveCount(1, { timeout: 30_000 });
    await expect(content(page)).toHaveCount(0);

    await restore();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(content(page)).toBeVisible({ timeout: 30_000 });
    await expect(unreachable(page)).toHaveCount(0);
    // The header's dataset list failed as well; Retry brought it back too.
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
  await page.getByRole('button', { name: 'Retry loading datasets' }).click();
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
