import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gql } from './fixtures';

// The compare page against the real server. Each test seeds its own dataset through GraphQL and
// deletes it afterwards, so the demo data and other specs are untouched.
// Seeding plus cold chart chunks can take a while on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

const CLASS_NAMES = ['car', 'truck', 'bus', 'person', 'bicycle', 'motorcycle', 'traffic light', 'stop sign'];

interface SeededModel {
  id: string;
  name: string;
}

interface Seeded {
  datasetId: string;
  models: SeededModel[];
}

/** A dataset with `count` trained models; model i has no "stop sign" when i is odd (a "not trained" gap). */
async function seedDataset(request: APIRequestContext, count: number): Promise<Seeded> {
  const suffix = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const { createDataset } = await gql<{ createDataset: { id: string } }>(
    request,
    'mutation ($name: String!) { createDataset(name: $name) { id } }',
    { name: `e2e compare ${suffix}` },
  );
  const datasetId = createDataset.id;
  const slice = async (name: string, dataCount: number) =>
    (
      await gql<{ createSlice: { id: string } }>(
        request,
        'mutation ($d: String!, $n: String!, $c: Int) { createSlice(datasetId: $d, name: $n, dataCount: $c) { id } }',
        { d: datasetId, n: name, c: dataCount },
      )
    ).createSlice.id;
  const train = await slice('train', 5000);
  const val = await slice('val', 1000);
  const models: SeededModel[] = [];
  for (let i = 0; i < count; i++) {
    const name = `cmp-model-${String(i + 1).padStart(2, '0')}`;
    const classes = CLASS_NAMES.filter((c) => !(c === 'stop sign' && i % 2 === 1)).map((c, k) => ({
      class: c,
      annotationType: 'box',
      ap: Number((0.5 + ((k * 7 + i * 5) % 45) / 100).toFixed(3)),
      trainingAnnotationsCount: 100 * (k + 1),
      validationAnnotationsCount: 20 * (k + 1),
    }));
    const { createModel } = await gql<{ createModel: { id: string } }>(
      request,
      `mutation ($d: ID!, $n: String!, $c: [ModelTrainClassInput!], $t: [ID!]!, $v: [ID!]!, $at: DateTime, $m: JSONObject) {
        createModel(datasetId: $d, name: $n, baselineModel: "yolov8s", trainingClasses: $c, trainingSliceIds: $t,
          validationSliceIds: $v, isTrained: true, trainedAt: $at, meta: $m) { id }
      }`,
      {
        d: datasetId,
        n: name,
        c: classes,
        t: [train],
        v: [val],
        at: new Date(Date.UTC(2025, 0, 1 + i * 4)).toISOString(),
        m: { epochs: 50 + 10 * i, optimizer: i % 2 ? 'SGD' : 'AdamW', seed: 42 },
      },
    );
    models.push({ id: createModel.id, name });
  }
  return { datasetId, models };
}

const deleteDataset = (request: APIRequestContext, datasetId: string) =>
  gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: datasetId });

const compareTable = (page: Page) => page.getByRole('table', { name: /^Per-class AP/ });
const chartSeries = (page: Page) => page.locator('.compare-bar-series');
/** Bars drawn: each model's path holds one closed rectangle per bar. */
const barCount = (page: Page) =>
  chartSeries(page).evaluateAll((paths) =>
    paths.reduce((sum, path) => sum + (path.getAttribute('d')?.match(/M/g)?.length ?? 0), 0),
  );

async function expectComparison(page: Page, names: string[]) {
  const table = compareTable(page);
  // Generous: the first load on a busy machine fetches the page and chart chunks cold.
  await expect(table).toBeVisible({ timeout: 30_000 });
  for (const name of names) await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'car', exact: true })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'AP per class' })).toBeVisible();
  await expect(chartSeries(page).first()).toBeVisible({ timeout: 30_000 });
}

test.describe('compare models', () => {
  let seeded: Seeded;

  test.afterEach(async ({ request }) => {
    if (seeded) await deleteDataset(request, seeded.datasetId);
  });

  test('select models in the list, compare, reload, change the baseline', async ({ page, request }) => {
    seeded = await seedDataset(request, 3);
    const [first, second] = seeded.models as [SeededModel, SeededModel, SeededModel];
    await page.goto(`/datasets/${seeded.datasetId}/models`);

    await page.getByRole('checkbox', { name: `Select ${first.name}` }).check();
    await page.getByRole('checkbox', { name: `Select ${second.name}` }).check();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/datasets/${seeded.datasetId}/compare\\?ids=`));
    await expectComparison(page, [first.name, second.name]);
    expect(await barCount(page)).toBeGreaterThanOrEqual(2 * 7);

    const url = page.url();
    await page.reload();
    await expect(page).toHaveURL(url);
    await expectComparison(page, [first.name, second.name]);

    const baseline = page.getByRole('combobox', { name: 'Baseline' });
    const current = await baseline.inputValue();
    const other = [first, second].find((m) => m.id !== current)!;
    await baseline.selectOption({ label: other.name });
    await expect(page).toHaveURL(new RegExp(`baseline=${other.id}`));
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Baseline' })).toHaveValue(other.id);
    await expect(compareTable(page).getByRole('columnheader', { name: other.name, exact: true })).toBeVisible();
  });

  test('opens from a URL with 2, 5 and 12 models and keeps sort and threshold across a reload', async ({
    page,
    request,
  }) => {
    seeded = await seedDataset(request, 12);
    const ids = seeded.models.map((m) => m.id);
    for (const count of [2, 5, 12]) {
      await page.goto(`/datasets/${seeded.datasetId}/compare?ids=${ids.slice(0, count).join(',')}`);
      await expectComparison(
        page,
        seeded.models.slice(0, count).map((m) => m.name),
      );
      await expect(compareTable(page).getByRole('columnheader')).toHaveCount(count + 1);
      await expect.poll(() => barCount(page)).toBe(count * CLASS_NAMES.length - Math.floor(count / 2));
      await expect(compareTable(page).getByText('not trained').first()).toBeVisible();
    }

    await page.getByRole('combobox', { name: 'Sort classes by' }).selectOption({ label: 'Spread' });
    await page.getByRole('spinbutton', { name: 'Only classes where models differ by more than' }).fill('0.3');
    await expect(page).toHaveURL(/sort=-spread/);
    await expect(page).toHaveURL(/threshold=0\.3/);
    const visibleRows = await compareTable(page).locator('tbody').nth(1).getByRole('row').count();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Sort classes by' })).toHaveValue('spread');
    await expect(page.getByRole('spinbutton', { name: 'Only classes where models differ by more than' })).toHaveValue(
      '0.3',
    );
    await expect(compareTable(page).locator('tbody').nth(1).getByRole('row')).toHaveCount(visibleRows);
  });

  test('lists unknown ids, removes models, adds one with the picker and copies the link', async ({
    page,
    context,
    request,
  }) => {
    seeded = await seedDataset(request, 3);
    const [a, b, c] = seeded.models as [SeededModel, SeededModel, SeededModel];
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/datasets/${seeded.datasetId}/compare?ids=${a.id},missing-model,${b.id}`);

    await expectComparison(page, [a.name, b.name]);
    await expect(page.getByRole('alert')).toContainText('not found in this dataset: missing-model');

    await page.getByRole('button', { name: `Remove ${b.name}` }).click();
    await expect(page.getByRole('heading', { name: 'Add another model' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search models' }).fill(c.name);
    await page.getByRole('button', { name: `Add ${c.name}` }).click();
    await expectComparison(page, [a.name, c.name]);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
  });
});
