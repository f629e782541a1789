import { expect, test } from '@playwright/test';
import { gql } from './fixtures';

// Model history (README "Model history") as a user meets it: edit a model in the form, pin it, read its
// History section, then the dataset's Activity feed, where a deleted model stays listed as deleted.

const NAVIGATION = { timeout: 20_000 };

test('the history of a model edited in the form, and the dataset activity after its deletion', async ({
  page,
  request,
}) => {
  const { datasets } = await gql<{ datasets: { datasets: Array<{ id: string; name: string }> } }>(
    request,
    'query { datasets(length: 50) { datasets { id name } } }',
  );
  const datasetId = datasets.datasets.find((d) => d.name === 'Retail shelves')!.id;
  const name = `history ${Date.now().toString(36)}`;
  const { createModel } = await gql<{ createModel: { id: string } }>(
    request,
    `mutation ($d: ID!, $name: String!) {
      createModel(datasetId: $d, name: $name, baselineModel: "yolov8n", trainingSliceIds: [], validationSliceIds: [],
        trainingClasses: [{ class: "car", ap: 0.81 }]) { id }
    }`,
    { d: datasetId, name },
  );
  const modelPath = `/datasets/${datasetId}/models/${createModel.id}`;

  await page.goto(`${modelPath}/edit`);
  await page.getByLabel('AP 1').fill('0.85');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`${modelPath}$`), NAVIGATION);

  const history = page.getByRole('list', { name: `History of ${name}` });
  await expect(history.getByText('AP car 0.81 → 0.85')).toBeVisible();
  await expect(history).toContainText('Updated by local');
  await expect(history).toContainText('Created by local');

  await page.getByRole('button', { name: `Pin ${name}` }).click();
  await expect(history.getByRole('listitem').first()).toContainText('Pinned by local');

  await page.goto(`/datasets/${datasetId}/models`);
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible(NAVIGATION);
  const activity = page.getByRole('list', { name: 'Activity' });
  await expect(activity.getByRole('link', { name }).first()).toBeVisible();

  await gql(request, 'mutation ($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', {
    d: datasetId,
    id: createModel.id,
  });
  await page.reload();
  await expect(activity.getByRole('listitem').first()).toContainText(`${name} (deleted)Deleted by local`);
  await expect(activity.getByRole('link', { name })).toHaveCount(0);
});
