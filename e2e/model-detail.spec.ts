import { expect, test, type APIRequestContext } from '@playwright/test';
import { gql } from './fixtures';

// The detail page against the real server: seeded through GraphQL, cleaned up after each test.
// Seeding plus a cold chart chunk can take a while on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const CLASSES = ['car', 'truck', 'bus', 'motorcycle', 'bicycle', 'pedestrian', 'traffic light', 'stop sign'].map(
  (name, i) => ({
    class: name,
    annotationType: 'box',
    ap: [0.95, 0.91, 0.86, 0.78, 0.72, 0.66, 0.58, 0.93][i],
    trainingAnnotationsCount: 400 * (i + 1),
    validationAnnotationsCount: 80 * (i + 1),
  }),
);

interface Seeded {
  datasetId: string;
  modelId: string;
  name: string;
}

async function seedModel(request: APIRequestContext, name: string): Promise<Seeded> {
  const { datasets } = await gql<{ datasets: { datasets: Array<{ id: string }> } }>(
    request,
    'query { datasets(length: 50) { datasets { id } } }',
  );
  const datasetId = datasets.datasets[0]!.id;
  const { slices } = await gql<{ slices: { slices: Array<{ id: string }> } }>(
    request,
    'query ($d: String!) { slices(datasetId: $d, length: 50) { slices { id } } }',
    { d: datasetId },
  );
  const { createModel } = await gql<{ createModel: { id: string } }>(
    request,
    `mutation ($d: ID!, $name: String!, $classes: [ModelTrainClassInput!], $train: [ID!]!, $val: [ID!]!) {
      createModel(datasetId: $d, name: $name, baselineModel: "yolov8s", trainingClasses: $classes,
        trainingSliceIds: $train, validationSliceIds: $val, isTrained: true, trainedAt: "2025-06-01T12:00:00",
        meta: { epochs: 80, optimizer: { name: "AdamW", lr: 0.001 } }) { id }
    }`,
    { d: datasetId, name, classes: CLASSES, train: [slices.slices[0]!.id], val: [slices.slices[1]!.id] },
  );
  return { datasetId, modelId: createModel.id, name };
}

async function removeModel(request: APIRequestContext, { datasetId, modelId }: Seeded) {
  // The delete test removes it through the UI already; a NOT_FOUND here is expected then.
  await gql(request, 'mutation ($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', {
    d: datasetId,
    id: modelId,
  }).catch((error: unknown) => {
    if (!String(error).includes('NOT_FOUND')) throw error;
  });
}

let seeded: Seeded;

test.beforeEach(async ({ request }, testInfo) => {
  seeded = await seedModel(request, `e2e detail ${testInfo.testId} ${Date.now()}`);
});

test.afterEach(async ({ request }) => {
  await removeModel(request, seeded);
});

test('opens a model from the list and shows its AP chart', async ({ page }) => {
  await page.goto(`/datasets/${seeded.datasetId}/models`);
  await page.getByRole('link', { name: seeded.name, exact: true }).click();

  await expect(page).toHaveURL(`/datasets/${seeded.datasetId}/models/${seeded.modelId}`);
  await expect(page.getByRole('heading', { level: 1, name: seeded.name })).toBeVisible();
  await expect(page.getByText('yolov8s', { exact: true })).toBeVisible();

  const figure = page.getByRole('figure', { name: 'Average precision (AP) per class' });
  await expect(figure.locator('.recharts-bar-rectangle')).toHaveCount(CLASSES.length);
  await figure.locator('.recharts-bar-rectangle').first().hover();
  await expect(figure.getByText('Training annotations')).toBeVisible();

  await expect(page.getByRole('table', { name: `Classes of ${seeded.name}` }).getByRole('row')).toHaveCount(
    CLASSES.length + 1,
  );
});

test('pins the model from its page and the pin survives a reload', async ({ page }) => {
  await page.goto(`/datasets/${seeded.datasetId}/models/${seeded.modelId}`);
  await page.getByRole('button', { name: `Pin ${seeded.name}` }).click();
  await expect(page.getByRole('button', { name: `Unpin ${seeded.name}` })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.getByRole('button', { name: `Unpin ${seeded.name}` })).toHaveAttribute('aria-pressed', 'true');
});

test('deletes the model after confirmation and returns to the list', async ({ page }) => {
  await page.goto(`/datasets/${seeded.datasetId}/models/${seeded.modelId}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${seeded.name}?` });
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(page).toHaveURL(`/datasets/${seeded.datasetId}/models`);
  await expect(page.getByText(`Deleted ${seeded.name}`)).toBeVisible();
  await expect(page.getByRole('link', { name: seeded.name, exact: true })).toHaveCount(0);

  await page.goto(`/datasets/${seeded.datasetId}/models/${seeded.modelId}`);
  await expect(page.getByRole('heading', { name: 'Model not found' })).toBeVisible();
});
