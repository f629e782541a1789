import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gql } from './fixtures';

// The create and edit form against the real server and its demo data ("Traffic cameras" has
// train-day, train-night, val-day and val-night slices).

async function trafficDataset(request: APIRequestContext) {
  const data = await gql<{ datasets: { datasets: Array<{ id: string; name: string }> } }>(
    request,
    'query { datasets(length: 50) { datasets { id name } } }',
  );
  const dataset = data.datasets.datasets.find((d) => d.name === 'Traffic cameras');
  if (!dataset) throw new Error('The demo dataset "Traffic cameras" is missing');
  const slices = await gql<{ slices: { slices: Array<{ id: string; name: string }> } }>(
    request,
    'query ($datasetId: String!) { slices(datasetId: $datasetId, length: 50) { slices { id name } } }',
    { datasetId: dataset.id },
  );
  const sliceId = (name: string) => {
    const slice = slices.slices.slices.find((s) => s.name === name);
    if (!slice) throw new Error(`Slice ${name} is missing`);
    return slice.id;
  };
  return { datasetId: dataset.id, sliceId };
}

interface SavedModel {
  id: string;
  name: string;
  description: string | null;
  baselineModel: string;
  isTrained: boolean;
  trainedAt: string | null;
  meta: Record<string, unknown> | null;
  trainingClasses: Array<{ class: string; annotationType: string | null; ap: number | null }>;
  trainingSlices: Array<{ name: string }>;
  validationSlices: Array<{ name: string }>;
}

const MODEL_FIELDS = `id name description baselineModel isTrained trainedAt meta
  trainingClasses { class annotationType ap } trainingSlices { name } validationSlices { name }`;

async function findModel(request: APIRequestContext, datasetId: string, name: string) {
  const data = await gql<{ models: { models: SavedModel[] } }>(
    request,
    `query ($datasetId: ID!, $filter: ModelFilter) {
      models(datasetId: $datasetId, filter: $filter, length: 50) { models { ${MODEL_FIELDS} } }
    }`,
    { datasetId, filter: { must: { nameContains: name } } },
  );
  return data.models.models.find((m) => m.name === name);
}

/** Saving waits for the refetch, then the next page loads its chunk: slow on a busy machine. */
const NAVIGATION = { timeout: 20_000 };

const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;

/** Models made by a test, deleted afterwards so reruns start clean. */
const created: Array<{ datasetId: string; id: string }> = [];

test.afterEach(async ({ request }) => {
  for (const { datasetId, id } of created.splice(0)) {
    await gql(request, 'mutation ($datasetId: ID!, $id: ID!) { deleteModel(datasetId: $datasetId, id: $id) }', {
      datasetId,
      id,
    }).catch(() => undefined);
  }
});

async function pickSlices(page: Page, label: string, names: string[]) {
  await page.getByRole('combobox', { name: label }).click();
  for (const name of names) await page.getByRole('option', { name, exact: true }).click();
  await page.keyboard.press('Escape');
}

test('create a model with slices and classes, then find it in the list and detail', async ({ page, request }) => {
  test.slow(); // a long journey: create, detail, list
  const { datasetId } = await trafficDataset(request);
  const name = uniqueName('e2e rtdetr night');

  await page.goto(`/datasets/${datasetId}/models/new`);
  await expect(page.getByRole('heading', { name: 'New model', level: 1 })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Baseline model').fill('rtdetr-l');
  await page.getByLabel('Description').fill('Fine-tuned on night footage.');
  await pickSlices(page, 'Training slices', ['train-day', 'train-night']);
  await pickSlices(page, 'Validation slices', ['val-night', 'train-night']);
  await expect(page.getByText('is used for both training and validation')).toBeVisible();
  await page.getByLabel('Trained', { exact: true }).check();
  await expect(page.getByLabel('Trained at')).not.toHaveValue('');

  await page.getByRole('button', { name: 'Paste CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste classes' });
  await dialog
    .getByRole('textbox')
    .fill(
      'class\ttype\tap\ttrain\tval\ncar\tbox\t0.82\t12000\t3100\nbus\tbox\t1.3\t900\t220\nperson\tpolygon\t0.64\t8800\t2050',
    );
  await expect(dialog.getByText('Line 3: AP must be between 0 and 1')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add 2 classes' }).click();
  await expect(page.getByLabel('Class 2', { exact: true })).toHaveValue('person');
  await page.getByLabel('Meta (JSON)').fill('{"epochs": 80, "imgsz": 1280}');

  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${datasetId}/models/(?!new$)[^/]+$`), NAVIGATION);
  const saved = await findModel(request, datasetId, name);
  expect(saved).toBeDefined();
  created.push({ datasetId, id: saved!.id });
  expect(page.url()).toContain(`/models/${saved!.id}`);
  expect(saved).toMatchObject({
    baselineModel: 'rtdetr-l',
    isTrained: true,
    meta: { epochs: 80, imgsz: 1280 },
    trainingClasses: [
      { class: 'car', annotationType: 'box', ap: 0.82 },
      { class: 'person', annotationType: 'polygon', ap: 0.64 },
    ],
    trainingSlices: expect.arrayContaining([{ name: 'train-day' }, { name: 'train-night' }]),
    validationSlices: expect.arrayContaining([{ name: 'val-night' }, { name: 'train-night' }]),
  });
  expect(saved!.trainedAt).not.toBeNull();

  await expect(page.getByRole('main').getByText(name).first()).toBeVisible();
  await page.goto(`/datasets/${datasetId}/models`);
  await expect(page.getByRole('main').getByText(name).first()).toBeVisible();
});

test('edit sends only what changed and shows the new values', async ({ page, request }) => {
  test.slow();
  const { datasetId, sliceId } = await trafficDataset(request);
  const name = uniqueName('e2e edit');
  const { createModel } = await gql<{ createModel: { id: string } }>(
    request,
    `mutation ($datasetId: ID!, $name: String!, $t: [ID!]!, $v: [ID!]!) {
      createModel(datasetId: $datasetId, name: $name, baselineModel: "yolov8n", description: "kept as is",
        trainingSliceIds: $t, validationSliceIds: $v, meta: { lr: 0.01 },
        trainingClasses: [{ class: "car", annotationType: "box" }]) { id }
    }`,
    { datasetId, name, t: [sliceId('train-day')], v: [sliceId('val-day')] },
  );
  created.push({ datasetId, id: createModel.id });

  await page.goto(`/datasets/${datasetId}/models/${createModel.id}/edit`);
  await expect(page.getByRole('heading', { name: 'Edit model', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Baseline model')).toHaveValue('yolov8n');
  await expect(page.getByLabel('Baseline model')).not.toBeEditable();
  await expect(page.getByLabel('Training slices')).toContainText('train-day');
  await expect(page.getByRole('combobox', { name: 'Training slices' })).toHaveCount(0);

  const renamed = `${name} v2`;
  await page.getByLabel('Name', { exact: true }).fill(renamed);
  await page.getByLabel('AP 1').fill('0.77');
  await page.getByLabel('Trained', { exact: true }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page).toHaveURL(new RegExp(`/models/${createModel.id}$`), NAVIGATION);
  await expect(page.getByRole('main').getByText(renamed).first()).toBeVisible();
  const saved = await findModel(request, datasetId, renamed);
  expect(saved).toMatchObject({
    description: 'kept as is',
    baselineModel: 'yolov8n',
    isTrained: true,
    meta: { lr: 0.01 },
    trainingClasses: [{ class: 'car', annotationType: 'box', ap: 0.77 }],
    trainingSlices: [{ name: 'train-day' }],
    validationSlices: [{ name: 'val-day' }],
  });
});

test('the server refusing a duplicate slice name shows in the New slice dialog', async ({ page, request }) => {
  const { datasetId } = await trafficDataset(request);
  await page.goto(`/datasets/${datasetId}/models/new`);

  await page.getByRole('combobox', { name: 'Training slices' }).fill('train-day');
  await page.getByRole('option', { name: 'New slice…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New slice' });
  await expect(dialog.getByLabel('Slice name')).toHaveValue('train-day');
  await dialog.getByRole('button', { name: 'Create slice' }).click();

  const field = dialog.getByLabel('Slice name');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/already exists/)).toBeVisible();
  await expect(field).toHaveAccessibleDescription(/train-day.*already exists/);
});

test('client rules match the server: errors are shown and nothing is sent', async ({ page, request }) => {
  const { datasetId } = await trafficDataset(request);
  await page.goto(`/datasets/${datasetId}/models/new`);
  let mutations = 0;
  page.on('request', (r) => {
    if (r.url().includes('/graphql') && (r.postData() ?? '').includes('CreateModel')) mutations++;
  });

  await page.getByRole('button', { name: 'Add class' }).click();
  await page.getByLabel('AP 1').fill('1.5');
  await page.getByRole('button', { name: 'Create model' }).click();

  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByText('Name must not be empty', { exact: true })).toBeVisible();
  await expect(page.getByLabel('AP 1')).toHaveAccessibleDescription('AP must be between 0 and 1');
  expect(mutations).toBe(0);

  // Leaving the half-filled form asks first.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Discard unsaved changes?' })).toBeVisible();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${datasetId}/models$`), NAVIGATION);
});
