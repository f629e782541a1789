import { expect, test, type Page } from '@playwright/test';
import { reportFixtures } from '../src/api/mocks/report-fixtures';
import { NEWER_API } from '../server/test-kit/sdk-documents';
import { blockingAxeViolations, gql } from './fixtures';

// The Training report section on a newer-API model holding one item of each of the ten types, created through
// the v1.9 SDK's documents. The items' reports.json files are served by the browser here (page.route): this
// spec checks the views (axe in both schemes, 390 px, screenshots); the upload and download through the
// server's signed URLs is e2e/training-report.spec.ts.
test.describe.configure({ timeout: 90_000 });

/** Each model's fixtures; content ids `views-<model>-<item>` say which file to serve. */
const FIXTURES = [reportFixtures(0), reportFixtures(1)];
const NAMES = FIXTURES[0]!.map((f) => f.name);
let modelUrl: string;
let compareUrl: string;
let datasetId: string;

test.beforeAll(async ({ request }) => {
  const { createDataset } = await gql<{ createDataset: { id: string } }>(request, NEWER_API.createDataset, {
    name: `Training report views ${Date.now()}`,
  });
  datasetId = createDataset.id;
  const ids: string[] = [];
  for (const [m, fixtures] of FIXTURES.entries()) {
    const { createModel } = await gql<{ createModel: { id: string } }>(request, NEWER_API.createModel, {
      dataset_id: datasetId,
      name: m === 0 ? 'detector with report' : 'detector, more epochs',
      task_type: 'OBJECT_DETECTION',
      score_key: 'mAP50',
      score_value: 0.712 + m * 0.03,
    });
    ids.push(createModel.id);
    for (const [i, fixture] of fixtures.entries()) {
      await gql(request, NEWER_API.createTrainingReportItem, {
        dataset_id: datasetId,
        model_id: createModel.id,
        name: fixture.name,
        type: fixture.type,
        content_id: `views-${m}-${i}`,
        description: fixture.description,
      });
    }
  }
  modelUrl = `/datasets/${datasetId}/models/${ids[0]}`;
  compareUrl = `/datasets/${datasetId}/compare?ids=${ids.join(',')}`;
});

test.afterAll(async ({ request }) => {
  await gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: datasetId });
});

/** Answers the download-URL mutation with a same-origin URL and serves each item's reports.json there. */
async function serveReports(page: Page) {
  await page.route('**/graphql/', async (route) => {
    const body = route.request().postDataJSON() as { query?: string; variables?: { contentId?: string } };
    if (!body.query?.includes('generateFileDownloadURL')) return route.fallback();
    const url = `/files/${body.variables?.contentId}/reports.json?expires=4102444800&signature=e2e`;
    return route.fulfill({ json: { data: { generateFileDownloadURL: new URL(url, route.request().url()).href } } });
  });
  await page.route('**/files/views-*/reports.json*', (route) => {
    const [, m, i] = /views-(\d+)-(\d+)/.exec(route.request().url()) ?? [];
    return route.fulfill({ json: FIXTURES[Number(m)]?.[Number(i)]?.reports ?? {} });
  });
}

async function openReport(page: Page) {
  await serveReports(page);
  await page.goto(modelUrl);
  const section = page.getByRole('region', { name: 'Training report' });
  await expect(section.getByRole('heading', { level: 2, name: 'Training report' })).toBeVisible({ timeout: 30_000 });
  for (const name of NAMES) await expect(section.getByRole('figure', { name })).toBeVisible({ timeout: 30_000 });
  await expect(section.locator('svg.recharts-surface')).toHaveCount(6, { timeout: 30_000 });
  await expect(section.getByRole('table', { name: 'Confusion matrix' })).toBeVisible();
  await expect(section.getByText('Loading chart…')).toHaveCount(0);
  return section;
}

test('draws each of the ten report types', async ({ page }) => {
  const section = await openReport(page);
  await expect(section.getByRole('table', { name: 'IoU by size and class' }).getByRole('cell')).toHaveCount(12);
  await expect(section.getByRole('table', { name: 'Per-class metrics' }).getByRole('row')).toHaveCount(7);
  await expect(section.getByRole('figure', { name: 'Summary' })).toContainText('mAP@0.5');
  await expect(section.getByRole('figure', { name: 'Class balance' })).toContainText('car: 5,200');
  // Every card exports, the HTML ones (TABLE, METRICS) as a drawn table.
  for (const [name, format] of [
    ['Per-class metrics', 'png'],
    ['Summary', 'svg'],
    ['Confusion matrix', 'png'],
    ['AP per class', 'csv'],
  ] as const) {
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: `Download ${name} as ${format.toUpperCase()}` }).click();
    expect((await download).suggestedFilename()).toBe(
      `detector_with_report-${name.replace(/[^\w.-]+/g, '_')}.${format}`,
    );
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no serious or critical axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openReport(page);
    const blocking = await blockingAxeViolations(page, 'section[aria-labelledby="section-training-report"]');
    expect(blocking).toEqual([]);
  });

  for (const width of [390, 1280]) {
    test(`at ${width} px (${colorScheme}) nothing scrolls sideways`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await openReport(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('region', { name: 'Training report' }).screenshot({
        path: testInfo.outputPath(`training-report-${width}-${colorScheme}.png`),
        animations: 'disabled',
      });
    });
  }
}

test('compare overlays the items both models have', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await serveReports(page);
  await page.goto(compareUrl);
  const section = page.getByRole('region', { name: 'Training reports' });
  const bars = section.getByRole('figure', { name: 'AP per class' });
  await expect(bars.getByRole('list', { name: 'Models' }).getByRole('listitem')).toHaveText(
    ['detector with report', 'detector, more epochs'],
    { timeout: 30_000 },
  );
  await expect(section.getByRole('figure', { name: 'Precision–recall curve' }).locator('.recharts-line')).toHaveCount(
    2,
  );
  await expect(section.getByRole('region', { name: 'Confusion matrix' }).getByRole('table')).toHaveCount(2);
  await expect(section.getByText('Loading chart…')).toHaveCount(0);
  expect(await blockingAxeViolations(page, 'section[aria-labelledby="compare-reports-title"]')).toEqual([]);
  await section.screenshot({ path: testInfo.outputPath('compare-reports-1280.png'), animations: 'disabled' });
});
