import { expect, test, type APIRequestContext } from '@playwright/test';
import { reportFixtures } from '../src/api/mocks/report-fixtures';
import { NEWER_API } from '../server/test-kit/sdk-documents';
import { gql } from './fixtures';

// The report workflow of docs/api/newer-api.md §3.5 against the real server, as the v1.9 SDK runs it: a folder
// content, reports.json PUT to the signed upload URL, a training report item per chart type; then the model
// page draws all ten from the server's signed download URLs.
test.describe.configure({ timeout: 90_000 });

// The content documents as the SDK sends them (newer-api.md §4.3).
const CONTENT = {
  createFolderContent: `
mutation CreateFolderContent {
    createFolderContent {
        id
    }
}`,
  generateFileUploadURL: `
mutation GenerateFileUploadURL($content_id: ID!, $file_name: String!, $content_type: String) {
    generateFileUploadURL(contentId: $content_id, fileName: $file_name, contentType: $content_type)
}`,
  generateFileDownloadURL: `
mutation GenerateFileDownloadURL($content_id: ID!, $file_name: String!) {
    generateFileDownloadURL(contentId: $content_id, fileName: $file_name)
}`,
};

const FIXTURES = reportFixtures();
let datasetId: string;
let modelUrl: string;
const contentIds: string[] = [];

/** `ModelService.upload_reports_json`: the signed upload URL, then a PUT of the JSON to it. */
async function uploadReportsJson(request: APIRequestContext, contentId: string, reports: unknown) {
  const { generateFileUploadURL: url } = await gql<{ generateFileUploadURL: string }>(
    request,
    CONTENT.generateFileUploadURL,
    { content_id: contentId, file_name: 'reports.json', content_type: 'application/json' },
  );
  const put = await request.put(url, {
    data: JSON.stringify(reports),
    headers: { 'content-type': 'application/json', connection: 'close' },
  });
  expect(put.ok(), `PUT reports.json: HTTP ${put.status()}`).toBe(true);
}

test.beforeAll(async ({ request }) => {
  const { createDataset } = await gql<{ createDataset: { id: string } }>(request, NEWER_API.createDataset, {
    name: `Training report e2e ${Date.now()}`,
  });
  datasetId = createDataset.id;
  const { createModel } = await gql<{ createModel: { id: string } }>(request, NEWER_API.createModel, {
    dataset_id: datasetId,
    name: 'detector trained with a report',
    task_type: 'OBJECT_DETECTION',
    score_key: 'mAP50',
    score_value: 0.712,
  });
  for (const fixture of FIXTURES) {
    const { createFolderContent } = await gql<{ createFolderContent: { id: string } }>(
      request,
      CONTENT.createFolderContent,
    );
    contentIds.push(createFolderContent.id);
    await uploadReportsJson(request, createFolderContent.id, fixture.reports);
    await gql(request, NEWER_API.createTrainingReportItem, {
      dataset_id: datasetId,
      model_id: createModel.id,
      name: fixture.name,
      type: fixture.type,
      content_id: createFolderContent.id,
      description: fixture.description,
    });
  }
  modelUrl = `/datasets/${datasetId}/models/${createModel.id}`;
});

test.afterAll(async ({ request }) => {
  await gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: datasetId });
});

test('the download URL returns the uploaded reports.json', async ({ request }) => {
  const { generateFileDownloadURL: url } = await gql<{ generateFileDownloadURL: string }>(
    request,
    CONTENT.generateFileDownloadURL,
    { content_id: contentIds[0], file_name: 'reports.json' },
  );
  const response = await request.get(url, { headers: { connection: 'close' } });
  expect(response.ok()).toBe(true);
  expect(await response.json()).toEqual(FIXTURES[0]!.reports);
});

test('the model page draws each of the ten report types from the server', async ({ page }) => {
  await page.goto(modelUrl);
  const section = page.getByRole('region', { name: 'Training report' });
  await expect(section.getByRole('heading', { level: 2, name: 'Training report' })).toBeVisible({ timeout: 30_000 });
  for (const { name } of FIXTURES) {
    await expect(section.getByRole('figure', { name })).toBeVisible({ timeout: 30_000 });
  }
  // PIE, both bars, LINE_CHART, SCATTER_PLOT and HISTOGRAM are recharts charts.
  await expect(section.locator('svg.recharts-surface')).toHaveCount(6, { timeout: 30_000 });
  await expect(section.getByRole('table', { name: 'Confusion matrix' }).getByRole('cell')).toHaveCount(16);
  await expect(section.getByRole('table', { name: 'IoU by size and class' }).getByRole('cell')).toHaveCount(12);
  await expect(section.getByRole('table', { name: 'Per-class metrics' }).getByRole('row')).toHaveCount(7);
  await expect(section.getByRole('figure', { name: 'Summary' })).toContainText('0.712');
  await expect(section.getByText(/cannot be drawn/)).toHaveCount(0);
});
