import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { NEWER_API } from '../server/test-kit/sdk-documents';
import { gql } from './fixtures';

// Models recorded as the v1.9 SDK records them (README "API generations"), seen in the dashboard: list badge,
// score column and server order, status chips, the model page, an edit to Completed, and axe on those pages.
test.describe.configure({ timeout: 60_000 });

interface SdkModel {
  id: string;
  status: string;
  completedAt: string | null;
}

/** createModel's variables as the SDK builds them: every key present, null where the caller gave nothing. */
function sdkCreateVariables(datasetId: string, fields: Record<string, unknown>) {
  const keys = [
    'description',
    'custom_dag_id',
    'total_data_count',
    'train_data_count',
    'validation_data_count',
    'training_parameters',
    'train_slice_id',
    'validation_slice_id',
    'is_pinned',
    'score_key',
    'score_value',
    'score_unit',
    'contents',
    'training_annotations',
  ];
  return { dataset_id: datasetId, ...Object.fromEntries(keys.map((k) => [k, null])), ...fields };
}

async function createRun(request: APIRequestContext, datasetId: string, fields: Record<string, unknown>) {
  const { createModel } = await gql<{ createModel: SdkModel }>(
    request,
    NEWER_API.createModel,
    sdkCreateVariables(datasetId, fields),
  );
  return createModel;
}

/** updateModel as the SDK sends it: only the keys the caller passed (newer-api.md §3.4.4). */
async function setStatus(request: APIRequestContext, datasetId: string, modelId: string, status: string) {
  await gql(request, NEWER_API.updateModel, { dataset_id: datasetId, model_id: modelId, status });
}

const stamp = `${Date.now()}`;
const NAMES = { done: `sdk-done-${stamp}`, running: `sdk-running-${stamp}`, pending: `sdk-pending-${stamp}` };
let datasetId = '';
const ids: Record<keyof typeof NAMES, string> = { done: '', running: '', pending: '' };

test.beforeAll(async ({ request }) => {
  const { createDataset } = await gql<{ createDataset: { id: string } }>(request, NEWER_API.createDataset, {
    name: `e2e newer ${stamp}`,
    description: null,
  });
  datasetId = createDataset.id;
  const { createSlice } = await gql<{ createSlice: { id: string } }>(request, NEWER_API.createSlice, {
    dataset_id: datasetId,
    name: 'train-sdk',
    description: null,
  });
  const done = await createRun(request, datasetId, {
    name: NAMES.done,
    task_type: 'OBJECT_DETECTION',
    custom_dag_id: 'dag-detect-v2',
    train_slice_id: createSlice.id,
    total_data_count: 1200,
    train_data_count: 1000,
    validation_data_count: 200,
    score_key: 'mAP50',
    score_value: 81.5,
    score_unit: '%',
    training_parameters: { epochs: 100, lr: 0.001 },
    training_annotations: [
      { className: 'car', annotationType: 'bbox', trainCount: 900, validationCount: 150 },
      { className: 'bus', annotationType: 'bbox', trainCount: 120, validationCount: 30 },
    ],
  });
  await setStatus(request, datasetId, done.id, 'COMPLETED');
  const running = await createRun(request, datasetId, {
    name: NAMES.running,
    task_type: 'OCR',
    score_key: 'mAP50',
    score_value: 64.25,
    score_unit: '%',
  });
  await setStatus(request, datasetId, running.id, 'IN_PROGRESS');
  const pending = await createRun(request, datasetId, { name: NAMES.pending, task_type: 'INSTANCE_SEGMENTATION' });
  Object.assign(ids, { done: done.id, running: running.id, pending: pending.id });
});

test.afterAll(async ({ request }) => {
  if (datasetId) await gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: datasetId });
});

const listPath = () => `/datasets/${datasetId}/models`;
const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
const shownNames = (page: Page) => page.getByRole('table').first().getByRole('link').allTextContents();

test('list: status badges, the score under its key and unit, sorted by the server', async ({ page }) => {
  await page.goto(listPath());
  await expect(rowOf(page, NAMES.running).getByText('In progress', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(rowOf(page, NAMES.done).getByText('Completed', { exact: true })).toBeVisible();
  await expect(rowOf(page, NAMES.pending).getByText('Pending', { exact: true })).toBeVisible();
  await expect(rowOf(page, NAMES.done).getByText('81.5', { exact: true })).toBeVisible();

  const score = page.getByRole('columnheader', { name: /^mAP50 \(%\)/ });
  const ordered = page.waitForRequest((r) => r.postData()?.includes('"scoreValue"') ?? false);
  await score.getByRole('button').click();
  await ordered;
  await expect(page).toHaveURL(/sort=-score/);
  await expect(score).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => shownNames(page)).toEqual([NAMES.done, NAMES.running, NAMES.pending]);
  await score.getByRole('button').click();
  await expect.poll(() => shownNames(page)).toEqual([NAMES.pending, NAMES.running, NAMES.done]);
});

test('list: status and task type chips filter on the server and stay in the URL', async ({ page }) => {
  await page.goto(listPath());
  const status = page.getByRole('group', { name: 'Status' });
  await status.getByRole('button', { name: 'In progress' }).click();
  await expect(page).toHaveURL(/status=IN_PROGRESS/);
  await expect.poll(() => shownNames(page)).toEqual([NAMES.running]);
  await status.getByRole('button', { name: 'In progress' }).click();
  await expect(status.getByRole('button', { name: 'Not in progress' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('group', { name: 'Task type' }).getByRole('button', { name: 'Object detection' }).click();
  await expect.poll(() => shownNames(page)).toEqual([NAMES.done]);
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Not in progress' }),
  ).toBeVisible();
  await expect.poll(() => shownNames(page)).toEqual([NAMES.done]);
});

test('model page: status, task type, score, completion, pipeline, counts, parameters and annotations', async ({
  page,
}) => {
  await page.goto(`${listPath()}/${ids.done}`);
  const run = page.getByRole('region', { name: 'Training run' });
  await expect(run).toBeVisible({ timeout: 30_000 });
  await expect(run).toContainText('Completed');
  await expect(run).toContainText('Object detection');
  await expect(run).toContainText('81.5%');
  await expect(run).toContainText('dag-detect-v2');
  await expect(run).toContainText('1,200');
  await expect(run.getByRole('time')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Training parameters' })).toContainText('epochs');
  await expect(page.getByRole('figure', { name: /annotations per class/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Slices' })).toContainText('train-sdk');
});

test('edit: setting the status to Completed records when it completed', async ({ page, request }) => {
  await page.goto(`${listPath()}/${ids.pending}/edit`);
  await page.getByLabel('Status', { exact: true }).selectOption('COMPLETED', { timeout: 30_000 });
  await expect(page.getByLabel('Trained', { exact: true })).toBeChecked();
  await page.getByLabel('Trained at').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const run = page.getByRole('region', { name: 'Training run' });
  await expect(run).toContainText('Completed', { timeout: 30_000 });
  await expect(run.getByRole('time')).toBeVisible();

  const { model } = await gql<{ model: SdkModel }>(request, NEWER_API.model, {
    dataset_id: datasetId,
    model_id: ids.pending,
    name: null,
  });
  expect(model.status).toBe('COMPLETED');
  expect(Date.now() - Date.parse(model.completedAt ?? '')).toBeLessThan(120_000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`list, model page, edit and compare of newer-API models (${colorScheme}): no serious or critical axe violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const pages: Array<[string, (page: Page) => Promise<void>]> = [
      [listPath(), (p) => expect(p.getByRole('group', { name: 'Status' })).toBeVisible({ timeout: 30_000 })],
      [`${listPath()}/${ids.done}`, (p) => expect(p.getByRole('region', { name: 'Training run' })).toBeVisible()],
      [`${listPath()}/${ids.running}/edit`, (p) => expect(p.getByLabel('Score key')).toBeVisible()],
      [
        `/datasets/${datasetId}/compare?ids=${ids.done},${ids.running},${ids.pending}`,
        (p) => expect(p.getByRole('rowheader', { name: /^mAP50 \(%\)/ })).toBeVisible(),
      ],
    ];
    for (const [path, ready] of pages) {
      await page.goto(path);
      await ready(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const blocking = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(blocking, path).toEqual([]);
    }
  });
}

test('at 390 px the list, model page and edit form of newer-API models do not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, ready] of [
    [listPath(), () => rowOf(page, NAMES.running).getByText('In progress', { exact: true })],
    [`${listPath()}/${ids.done}`, () => page.getByRole('region', { name: 'Training run' })],
    [`${listPath()}/${ids.running}/edit`, () => page.getByLabel('Score key')],
  ] as const) {
    await page.goto(path);
    await expect(ready()).toBeVisible({ timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
