import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gql } from './fixtures';

// The model list against the real server. Each test seeds its own dataset through GraphQL and
// deletes it afterwards, so the demo data and other specs are untouched.
test.describe.configure({ timeout: 90_000 });

interface SeedModel {
  name: string;
  pinned?: boolean;
  trained?: boolean;
  ap?: number;
}

interface Seeded {
  datasetId: string;
  ids: Record<string, string>;
}

async function seedDataset(request: APIRequestContext, models: SeedModel[]): Promise<Seeded> {
  const suffix = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const { createDataset } = await gql<{ createDataset: { id: string } }>(
    request,
    'mutation ($name: String!) { createDataset(name: $name) { id } }',
    { name: `e2e list ${suffix}` },
  );
  const datasetId = createDataset.id;
  const ids: Record<string, string> = {};
  for (const model of models) {
    const { createModel } = await gql<{ createModel: { id: string } }>(
      request,
      `mutation ($d: ID!, $n: String!, $p: Boolean, $t: Boolean, $c: [ModelTrainClassInput!]) {
        createModel(datasetId: $d, name: $n, baselineModel: "yolov8s", trainingSliceIds: [], validationSliceIds: [],
          isPinned: $p, isTrained: $t, trainingClasses: $c) { id }
      }`,
      {
        d: datasetId,
        n: model.name,
        p: model.pinned ?? false,
        t: model.trained ?? false,
        c: model.ap === undefined ? [] : [{ class: 'car', annotationType: 'box', ap: model.ap }],
      },
    );
    ids[model.name] = createModel.id;
  }
  return { datasetId, ids };
}

async function countModels(request: APIRequestContext, datasetId: string) {
  const { models } = await gql<{ models: { totalCount: number } }>(
    request,
    'query ($d: ID!) { models(datasetId: $d, filter: null, cursor: null, length: 1) { totalCount } }',
    { d: datasetId },
  );
  return models.totalCount;
}

const MODELS: SeedModel[] = [
  { name: 'alpha-yolo', pinned: true, trained: true, ap: 0.93 },
  { name: 'beta-yolo', trained: true, ap: 0.62 },
  { name: 'gamma-rcnn', pinned: true, trained: true, ap: 0.81 },
  { name: 'delta-rcnn' },
];

let seeded: Seeded;

test.beforeEach(async ({ request }) => {
  seeded = await seedDataset(request, MODELS);
});

test.afterEach(async ({ request }) => {
  await gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: seeded.datasetId });
});

const listUrl = () => `/datasets/${seeded.datasetId}/models`;

/** Opens the list and waits for its rows (the first visit may wait for a cold server and chunk). */
async function openList(page: Page, search = '') {
  await page.goto(listUrl() + search);
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible({ timeout: 30_000 });
}

/** Names of the models in the table, in the order shown. */
async function shownNames(page: Page) {
  return page.getByRole('table').getByRole('row').getByRole('link').allTextContents();
}

test('search and the Pinned chip filter the list, and the URL keeps them', async ({ page }) => {
  await openList(page);

  await page.getByRole('searchbox', { name: 'Search models' }).fill('yolo');
  await expect(page).toHaveURL(/\?q=yolo$/);
  await expect.poll(() => shownNames(page)).toEqual(['beta-yolo', 'alpha-yolo']);

  await page.getByRole('searchbox', { name: 'Search models' }).fill('');
  await expect.poll(() => shownNames(page)).toHaveLength(4);
  const pinned = page.getByRole('button', { name: 'Pinned' });
  await pinned.click();
  await expect(pinned).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => shownNames(page)).toEqual(['gamma-rcnn', 'alpha-yolo']);

  await page.getByRole('button', { name: 'Pinned' }).click();
  await expect(page.getByRole('button', { name: 'Not pinned' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => shownNames(page)).toEqual(['delta-rcnn', 'beta-yolo']);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Not pinned' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => shownNames(page)).toEqual(['delta-rcnn', 'beta-yolo']);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Pinned' })).toHaveAttribute('aria-pressed', 'true');
});

test('a pin survives a reload', async ({ page }) => {
  await openList(page);
  const saved = page.waitForResponse(
    (r) => r.url().includes('/graphql') && !!r.request().postData()?.includes('pinModel'),
  );
  await page.getByRole('button', { name: 'Pin beta-yolo' }).click();
  await expect(page.getByRole('button', { name: 'Unpin beta-yolo' })).toHaveAttribute('aria-pressed', 'true');
  await saved;

  await page.reload();
  await expect(page.getByRole('button', { name: 'Unpin beta-yolo' })).toHaveAttribute('aria-pressed', 'true');
});

test('selecting two models opens compare with their ids', async ({ page }) => {
  await openList(page);
  await page.getByRole('checkbox', { name: 'Select alpha-yolo' }).check();
  await page.getByRole('checkbox', { name: 'Select gamma-rcnn' }).check();
  await expect(page.getByRole('group', { name: 'Bulk actions' })).toContainText('2 selected');
  await page.getByRole('button', { name: 'Compare' }).click();

  await expect(page).toHaveURL(
    `/datasets/${seeded.datasetId}/compare?ids=${seeded.ids['alpha-yolo']},${seeded.ids['gamma-rcnn']}`,
  );
});

test('bulk delete removes the selected models after confirming', async ({ page, request }) => {
  await openList(page);
  await page.getByRole('checkbox', { name: 'Select beta-yolo' }).check();
  await page.getByRole('checkbox', { name: 'Select delta-rcnn' }).check();
  await page.getByRole('button', { name: 'Delete' }).click();

  const dialog = page.getByRole('dialog', { name: 'Delete 2 models?' });
  await expect(dialog.getByRole('list', { name: 'Models to delete' })).toContainText('delta-rcnn');
  await expect(dialog.getByRole('list', { name: 'Models to delete' })).toContainText('beta-yolo');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog', { name: 'Deleted 2 models' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  await expect.poll(() => shownNames(page)).toEqual(['gamma-rcnn', 'alpha-yolo']);
  expect(await countModels(request, seeded.datasetId)).toBe(2);
});

test('Load all walks every page of the filtered list', async ({ page, request }) => {
  for (let i = 1; i <= 11; i++) {
    await gql(
      request,
      `mutation ($d: ID!, $n: String!) {
        createModel(datasetId: $d, name: $n, baselineModel: "yolov8n", trainingSliceIds: [], validationSliceIds: []) { id }
      }`,
      { d: seeded.datasetId, n: `extra-${String(i).padStart(2, '0')}` },
    );
  }
  await openList(page, '?size=10');
  await expect(page.getByText('1–10 of 15')).toBeVisible();
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(page.getByText('All 15 models loaded')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Select (?!all)/ })).toHaveCount(15);
  await expect(page).toHaveURL(/all=1/);

  await page.getByRole('button', { name: 'Show pages' }).click();
  await expect(page.getByText('1–10 of 15')).toBeVisible();
});
