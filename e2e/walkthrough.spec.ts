// Defects a new user met walking through the dashboard (README "Dashboard"): header and themes, where a
// saved model opens, CSV numbers, empty AP charts, pinned models in a bulk delete, duplicate names, the
// slice picker's matches, focus and titles after navigation. Screenshots at phone and laptop widths in
// both themes go to test-results/ for a human look; the assertions check what they show.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gql, seedDataset, startServerWithKey, type SpawnedServer } from './fixtures';

test.describe.configure({ timeout: 90_000 });

const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

async function demoDataset(page: Page) {
  const { datasets } = await gql<{ datasets: { datasets: Array<{ id: string; name: string }> } }>(
    page.request,
    'query { datasets(length: 50) { datasets { id name } } }',
  );
  const dataset = datasets.datasets.find((d) => d.name === 'Traffic cameras');
  if (!dataset) throw new Error('The demo dataset "Traffic cameras" is missing');
  return dataset;
}

async function demoModelId(page: Page, datasetId: string, name: string) {
  const { models } = await gql<{ models: { models: Array<{ id: string; name: string }> } }>(
    page.request,
    'query ($d: ID!, $n: String) { models(datasetId: $d, filter: { must: { nameContains: $n } }, length: 50) { models { id name } } }',
    { d: datasetId, n: name },
  );
  const model = models.models.find((m) => m.name === name);
  if (!model) throw new Error(`The demo model ${name} is missing`);
  return model.id;
}

/** WCAG contrast ratio of an element's text on the first opaque background behind it. */
function contrastOf(locator: Locator) {
  return locator.evaluate((element) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
    };
    let background: number[] = [255, 255, 255];
    for (let el: Element | null = element; el; el = el.parentElement) {
      const color = rgb(getComputedStyle(el).backgroundColor);
      if (color.length === 3 || (color.length === 4 && color[3] === 1)) {
        background = color;
        break;
      }
    }
    const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

const backgroundOf = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);

/** The toast with this text (the page may show the same word elsewhere, e.g. the audit trail's "Created"). */
const toast = (page: Page, text: string) =>
  page.getByRole('region', { name: /Notifications/ }).getByText(text, { exact: true });

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test.describe('header with access keys', () => {
  const port = Number(process.env.E2E_HEADER_PORT ?? 4895);
  const KEY = { accessKey: 'walkthrough', accessKeySecret: 'e2e walkthrough secret' };
  let server: SpawnedServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startServerWithKey(port, KEY);
  });

  test.afterAll(() => server?.stop());

  test.use({ baseURL: `http://127.0.0.1:${port}` });

  for (const colorScheme of SCHEMES) {
    test(`Sign out is readable and the header stands apart from the page (${colorScheme})`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto('/sign-in');
      await page.getByLabel('Access key').fill(KEY.accessKey);
      await page.getByLabel('Secret').fill(KEY.accessKeySecret);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const signOut = page.getByRole('button', { name: 'Sign out' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await expect(page.getByRole('main').getByRole('link').first()).toBeVisible({ timeout: 30_000 });
        await expect(signOut).toBeInViewport();
        expect(await contrastOf(signOut)).toBeGreaterThanOrEqual(4.5);
        expect(await contrastOf(page.getByText(KEY.accessKey, { exact: true }))).toBeGreaterThanOrEqual(4.5);
        const header = page.getByRole('banner');
        expect(await backgroundOf(header)).not.toBe(await backgroundOf(page.locator('body')));
        expect(await header.evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await screenshot(page, testInfo, `header-${colorScheme}-${width}`);
      }
    });
  }
});

test('the theme switch applies and remembers System, Light and Dark, before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  await expect(theme.locator('option')).toHaveText(['System', 'Light', 'Dark']);
  const body = page.locator('body');
  const lightBackground = await backgroundOf(body);

  await theme.selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await backgroundOf(body);
  expect(darkBackground).not.toBe(lightBackground);

  // Reloaded with the app's scripts held back: the remembered theme is already there, so nothing flashes.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await backgroundOf(body)).toBe(darkBackground);
  release();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await expect(theme).toHaveValue('dark');

  await theme.selectOption({ label: 'Light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await backgroundOf(body)).toBe(lightBackground);
  await theme.selectOption({ label: 'System' });
  expect(await backgroundOf(body)).toBe(darkBackground);
  await page.reload();
  await expect(theme).toHaveValue('system');
  expect(await page.evaluate(() => localStorage.getItem('model-catalog-theme'))).toBeNull();
});

for (const [choice, system] of [
  ['Dark', 'light'],
  ['Light', 'dark'],
] as const) {
  test(`the ${choice} theme chosen under a ${system} system has no serious or critical axe violations`, async ({
    page,
  }) => {
    const dataset = await demoDataset(page);
    const id = await demoModelId(page, dataset.id, 'yolov8s-baseline');
    await page.emulateMedia({ colorScheme: system, reducedMotion: 'reduce' });
    await page.goto(`/datasets/${dataset.id}/models`);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: choice });
    for (const path of [`/datasets/${dataset.id}/models`, `/datasets/${dataset.id}/models/${id}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const blocking = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(blocking).toEqual([]);
    }
  });
}

test('a created or saved model opens at the top with a toast, focus on its heading and its own title', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 700 });
  const dataset = await demoDataset(page);
  const name = `e2e top ${Date.now().toString(36)}`;
  await page.goto(`/datasets/${dataset.id}/models/new`);
  await expect(page).toHaveTitle(`New model · ${dataset.name} · Model Catalog`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Baseline model').fill('yolov8s');
  for (const [label, slice] of [
    ['Training slices', 'train-day'],
    ['Validation slices', 'val-day'],
  ]) {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: slice }).click();
    await page.keyboard.press('Escape');
  }
  const create = page.getByRole('button', { name: 'Create model' });
  await create.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await create.click();

  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible({ timeout: 20_000 });
  await expect(toast(page, 'Created')).toBeVisible();
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page).toHaveTitle(`${name} · ${dataset.name} · Model Catalog`);
  const id = page.url().split('/').pop() ?? '';

  try {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page).toHaveTitle(`Edit ${name} · ${dataset.name} · Model Catalog`);
    await page.getByLabel('Description').fill('Saved from the bottom of the form.');
    const save = page.getByRole('button', { name: 'Save changes' });
    await save.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await save.click();
    await expect(page.getByText('Saved from the bottom of the form.', { exact: true })).toBeVisible({
      timeout: 20_000,
    });
    await expect(toast(page, 'Saved')).toBeVisible();
    await expect(heading).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  } finally {
    await gql(page.request, 'mutation ($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', {
      d: dataset.id,
      id,
    });
  }
});

test('every page has its own title, and navigation moves focus to the new heading', async ({ page }) => {
  const dataset = await demoDataset(page);
  const id = await demoModelId(page, dataset.id, 'yolov8s-baseline');
  const suffix = `${dataset.name} · Model Catalog`;
  await page.goto(`/datasets/${dataset.id}/models`);
  await expect(page).toHaveTitle(`Models · ${suffix}`);
  await page.getByRole('link', { name: 'yolov8s-baseline', exact: true }).click();
  await expect(page).toHaveTitle(`yolov8s-baseline · ${suffix}`);
  await expect(page.getByRole('heading', { level: 1, name: 'yolov8s-baseline' })).toBeFocused();
  await page.goto(`/datasets/${dataset.id}/compare?ids=${id}`);
  await expect(page).toHaveTitle(`Compare · ${suffix}`);
  await page.goto('/no/such/page');
  await expect(page).toHaveTitle('Not found · Model Catalog');
});

test('CSV export writes numbers as the UI rounds them, without float noise', async ({ page }) => {
  const dataset = await demoDataset(page);
  await page.goto(`/datasets/${dataset.id}/models`);
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const maps = csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[5] ?? '');
  expect(maps.filter(Boolean).length).toBeGreaterThan(3);
  for (const map of maps) expect(map).toMatch(/^$|^\d(\.\d{1,6})?$/);
});

test('a model without AP values says why its AP chart is empty', async ({ page }, testInfo) => {
  const seeded = await seedDataset(page.request, [
    { name: 'not trained yet', trained: false },
    { name: 'trained without ap', trained: true },
  ]);
  try {
    // Classes without AP, as a model registered before training has them.
    for (const [name, trained] of [
      ['not trained yet', false],
      ['trained without ap', true],
    ] as const) {
      await gql(
        page.request,
        'mutation ($d: ID!, $id: ID!, $c: [ModelTrainClassInput!]) { updateModel(datasetId: $d, id: $id, trainingClasses: $c) { id } }',
        {
          d: seeded.datasetId,
          id: seeded.ids[name],
          c: ['car', 'bus', 'person'].map((c) => ({ class: c, annotationType: 'box', trainingAnnotationsCount: 10 })),
        },
      );
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`/datasets/${seeded.datasetId}/models/${seeded.ids[name]}`);
          const figure = page.getByRole('figure', { name: 'Average precision (AP) per class' });
          await expect(figure).toContainText(
            trained ? 'No class has an AP value recorded yet' : 'This model is not trained yet',
          );
          await expect(figure.locator('svg.recharts-surface')).toHaveCount(0);
          await figure.scrollIntoViewIfNeeded();
          await screenshot(page, testInfo, `ap-note-${trained ? 'trained' : 'untrained'}-${colorScheme}-${width}`);
        }
      }
    }
  } finally {
    await seeded.remove();
  }
});

test('bulk delete names the pinned models and asks again before deleting them', async ({ page }, testInfo) => {
  const seeded = await seedDataset(page.request, [
    { name: 'keep-me-pinned', pinned: true },
    { name: 'plain-one' },
    { name: 'plain-two' },
  ]);
  try {
    await page.goto(`/datasets/${seeded.datasetId}/models`);
    await page.getByRole('checkbox', { name: 'Select all on this page' }).click({ timeout: 30_000 });
    await page.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 3 models?' });
    await expect(dialog).toContainText('Pinned: keep-me-pinned. You will be asked again');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Delete 1 pinned model too?');
    await screenshot(page, testInfo, 'bulk-delete-pinned');
    const { models } = await gql<{ models: { totalCount: number } }>(
      page.request,
      'query ($d: ID!) { models(datasetId: $d, length: 1) { totalCount } }',
      { d: seeded.datasetId },
    );
    expect(models.totalCount).toBe(3);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Deleted 3 models' })).toBeVisible();
  } finally {
    await seeded.remove();
  }
});

test('creating a model with a name the dataset already has warns, and still creates it', async ({ page }) => {
  const seeded = await seedDataset(page.request, [{ name: 'yolov8s-baseline' }]);
  try {
    await page.goto(`/datasets/${seeded.datasetId}/models/new`);
    await page.getByLabel('Name', { exact: true }).fill('yolov8s-baseline');
    await expect(page.getByText('A model named “yolov8s-baseline” already exists in this dataset')).toBeVisible();
    await page.getByLabel('Baseline model').fill('yolov8s');
    await page.getByRole('button', { name: 'Create model' }).click();
    await expect(toast(page, 'Created')).toBeVisible({ timeout: 20_000 });
    const { models } = await gql<{ models: { totalCount: number } }>(
      page.request,
      'query ($d: ID!) { models(datasetId: $d, length: 1) { totalCount } }',
      { d: seeded.datasetId },
    );
    expect(models.totalCount).toBe(2);
  } finally {
    await seeded.remove();
  }
});

test('slice picker: best match first and picked by Enter; typing never highlights New slice…', async ({ page }) => {
  const dataset = await demoDataset(page);
  await page.goto(`/datasets/${dataset.id}/models/new`);
  const picker = page.getByRole('combobox', { name: 'Validation slices' });
  await picker.click();
  await page.keyboard.type('night');
  const listbox = page.getByRole('listbox', { name: 'Slices for validation' });
  await expect(listbox.getByRole('option')).toHaveText([/^train-night/, /^val-night/, '+ New slice…']);
  await expect(listbox.getByRole('option', { name: /^train-night/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Selected for validation' })).toContainText('train-night');

  await page.keyboard.type('nihgt');
  await expect(listbox.getByRole('option')).toHaveText(['+ New slice…']);
  await expect(listbox.getByRole('option', { name: 'New slice…' })).not.toHaveAttribute('aria-selected', 'true');
  // Enter on text that matches nothing offers to create that slice, in a dialog to confirm.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New slice' }).getByLabel('Slice name')).toHaveValue('nihgt');
});
