import { expect, test } from '@playwright/test';
import { demoDataset, demoEvaluations, gql, seedDataset } from './fixtures';

// Evaluations (README "Evaluations") against the real server and its demo data: a model's Evaluations
// section, an evaluation page with its discriminator switcher, compare by evaluation and the dataset's list.

const NAVIGATION = { timeout: 20_000 };
test.describe.configure({ timeout: 60_000 });

const search = (url: string, key: string) => new URL(url).searchParams.get(key);

test('an evaluation page keeps its discriminator value in the URL, through a reload', async ({ page, request }) => {
  const { base } = await demoDataset(request);
  const evaluation = (await demoEvaluations(request, base)).find((e) => e.name === 'day-val-iou-sweep')!;

  // From the evaluated model's page: its Evaluations section links to the evaluation.
  await page.goto(`${base}/models/${evaluation.modelId}`);
  const section = page.getByRole('region', { name: 'Evaluations' });
  const row = section.getByRole('row').filter({ hasText: 'day-val-iou-sweep' });
  await expect(row).toContainText('88.1%', NAVIGATION);
  await expect(row).toContainText('IoU 0.5 / 0.75 / 0.9');
  await row.getByRole('link', { name: 'day-val-iou-sweep' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'day-val-iou-sweep' })).toBeVisible(NAVIGATION);

  const switcher = page.getByRole('group', { name: 'iou_threshold' });
  await expect(switcher.getByRole('radio', { name: 'IoU 0.5' })).toBeChecked();
  await expect(page.getByText('Average precision per class at IoU 0.5.')).toBeVisible(NAVIGATION);
  await switcher.getByRole('radio', { name: 'IoU 0.75' }).check();
  await expect(page.getByText('Average precision per class at IoU 0.75.')).toBeVisible();
  await expect(page.getByText('Average precision per class at IoU 0.5.')).toBeHidden();
  // The summary belongs to no value: shown for every one.
  await expect(page.getByRole('figure', { name: 'Summary' })).toBeVisible();
  expect(search(page.url(), 'discriminator')).toBe('0.75');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'IoU 0.75' })).toBeChecked(NAVIGATION);
  await expect(page.getByText('Average precision per class at IoU 0.75.')).toBeVisible(NAVIGATION);
  await expect(page.getByRole('figure', { name: 'AP per class' }).locator('svg.recharts-surface')).toBeVisible();
});

test('compare by evaluation: scores side by side, shared items of one value overlaid', async ({ page, request }) => {
  const { base } = await demoDataset(request);
  const sweeps = (await demoEvaluations(request, base)).filter((e) => e.name === 'night-val-iou-sweep');
  expect(sweeps.length).toBeGreaterThanOrEqual(3);
  await page.goto(`${base}/compare?ids=${sweeps.map((e) => e.modelId).join(',')}`);

  const section = page.getByRole('region', { name: 'Evaluations' });
  await section.getByRole('combobox', { name: 'Evaluation' }).selectOption('night-val-iou-sweep', NAVIGATION);
  const scores = section.getByRole('table', { name: 'Scores of night-val-iou-sweep' });
  for (const sweep of sweeps) await expect(scores).toContainText(`${sweep.scoreValue}%`);

  const overlay = section.getByRole('figure', { name: 'AP per class · IoU 0.5' });
  await expect(overlay.locator('svg.recharts-surface')).toBeVisible(NAVIGATION);
  await section.getByRole('radio', { name: 'IoU 0.9' }).check();
  await expect(
    section.getByRole('figure', { name: 'AP per class · IoU 0.9' }).locator('svg.recharts-surface'),
  ).toBeVisible(NAVIGATION);
  await expect(section.getByRole('figure', { name: 'Precision–recall curve · IoU 0.9' })).toBeVisible();
  expect(search(page.url(), 'evaluation')).toBe('night-val-iou-sweep');
  expect(search(page.url(), 'discriminator')).toBe('0.9');

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Evaluations' }).getByRole('figure', { name: 'AP per class · IoU 0.9' }),
  ).toBeVisible(NAVIGATION);
});

test('the dataset’s Evaluations list: a status chip and the score sort, in the URL', async ({ page, request }) => {
  const { base } = await demoDataset(request);
  const all = await demoEvaluations(request, base);
  await page.goto(`${base}/models`);
  await page.getByRole('link', { name: 'Evaluations', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluations' })).toBeVisible(NAVIGATION);
  await expect(page.getByText(`${all.length} evaluations`)).toBeVisible(NAVIGATION);

  const table = page.getByRole('table', { name: 'Evaluations' });
  const names = () => table.getByRole('rowheader').allTextContents();
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Failed' }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['rain-robustness']);
  expect(search(page.url(), 'status')).toBe('FAILED');

  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Failed' }).click();
  await expect(table.getByRole('rowheader', { name: 'rain-robustness' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Score, highest first' });
  const scored = all.filter((e) => e.scoreValue != null).sort((a, b) => b.scoreValue! - a.scoreValue!);
  await expect(table.getByRole('rowheader')).toHaveText(scored.map((e) => e.name));
  expect(search(page.url(), 'status')).toBe('-FAILED');
  expect(search(page.url(), 'sort')).toBe('-score');

  await page.reload();
  await expect(table.getByRole('rowheader')).toHaveText(
    scored.map((e) => e.name),
    NAVIGATION,
  );
  expect(await names()).toHaveLength(scored.length);
  await expect(page.getByText(`${scored.length} matching evaluations`)).toBeVisible();
});

test('an evaluation of a deleted model says so instead of linking to it', async ({ page, request }) => {
  const seeded = await seedDataset(request, [{ name: 'short-lived', aps: { car: 0.8 } }]);
  try {
    const modelId = seeded.ids['short-lived']!;
    const { createDiagnosis } = await gql<{ createDiagnosis: { id: string } }>(
      request,
      `mutation ($d: ID!, $m: ID) { createDiagnosis(datasetId: $d, name: "orphan-sweep", modelId: $m,
        discriminatorKey: "iou_threshold", discriminatorValues: ["0.5", "0.75"]) { id } }`,
      { d: seeded.datasetId, m: modelId },
    );
    await gql(request, 'mutation ($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', {
      d: seeded.datasetId,
      id: modelId,
    });
    await page.goto(`/datasets/${seeded.datasetId}/evaluations/${createDiagnosis.id}`);
    const details = page.getByRole('complementary', { name: 'Evaluation details' });
    await expect(details).toContainText('(model deleted)', NAVIGATION);
    await expect(details.getByRole('link', { name: /short-lived/ })).toHaveCount(0);
    await expect(page.getByText('This evaluation has no report items yet.')).toBeVisible();
  } finally {
    await seeded.remove();
  }
});
