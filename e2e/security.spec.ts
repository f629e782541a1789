import { expect, test, type Locator, type Page } from '@playwright/test';
import { gql } from './fixtures';

// Hostile strings stored through GraphQL must come back as text on every page, and no page may
// trip the Content-Security-Policy. One dataset holds all of them and is deleted afterwards.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const PAYLOADS = ['<script>alert(1)</script>', '" onerror="alert(1)', 'javascript:alert(1)'] as const;
const IMG = '<img src=x onerror=alert(1)>';

interface Seeded {
  datasetId: string;
  datasetName: string;
  models: Array<{ id: string; name: string }>;
}

let seeded: Seeded;

test.beforeAll(async ({ request }) => {
  const suffix = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const datasetName = `${PAYLOADS[0]} ${suffix}`;
  const { createDataset } = await gql<{ createDataset: { id: string } }>(
    request,
    'mutation ($n: String!, $d: String) { createDataset(name: $n, description: $d) { id } }',
    { n: datasetName, d: `${PAYLOADS[1]} ${IMG}` },
  );
  const datasetId = createDataset.id;
  const sliceIds: string[] = [];
  for (const payload of PAYLOADS) {
    const { createSlice } = await gql<{ createSlice: { id: string } }>(
      request,
      'mutation ($d: String!, $n: String!, $desc: String) { createSlice(datasetId: $d, name: $n, description: $desc, dataCount: 10) { id } }',
      { d: datasetId, n: `slice ${payload}`, desc: IMG },
    );
    sliceIds.push(createSlice.id);
  }
  const models: Seeded['models'] = [];
  for (const [i, payload] of PAYLOADS.entries()) {
    const name = `${payload} model`;
    const { createModel } = await gql<{ createModel: { id: string } }>(
      request,
      `mutation ($d: ID!, $n: String!, $desc: String, $b: String!, $c: [ModelTrainClassInput!], $t: [ID!]!, $v: [ID!]!,
        $content: String, $meta: JSONObject) {
        createModel(datasetId: $d, name: $n, description: $desc, baselineModel: $b, trainingClasses: $c,
          trainingSliceIds: $t, validationSliceIds: $v, modelContentId: $content, isTrained: true, isPinned: ${i === 0},
          trainedAt: "2025-06-01T12:00:00", meta: $meta) { id }
      }`,
      {
        d: datasetId,
        n: name,
        desc: `${payload}\n${IMG}\n[link](javascript:alert(1))`,
        b: payload,
        c: PAYLOADS.map((p, k) => ({
          class: `${p} class`,
          annotationType: PAYLOADS[(k + i) % PAYLOADS.length],
          ap: 0.5 + k / 10,
          trainingAnnotationsCount: 10,
          validationAnnotationsCount: 5,
        })),
        t: [sliceIds[i]],
        v: [sliceIds[(i + 1) % sliceIds.length]],
        content: payload,
        meta: { [payload]: payload, nested: { [IMG]: [PAYLOADS[2], IMG] }, url: PAYLOADS[2] },
      },
    );
    models.push({ id: createModel.id, name });
  }
  seeded = { datasetId, datasetName, models };
});

test.afterAll(async ({ request }) => {
  if (seeded) await gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: seeded.datasetId });
});

/** Fails the test on any dialog and records CSP violations from the page and the console. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return { dialogs, violations };
}

/** Nothing on the page runs the payloads: no handler attributes, no javascript: URLs. */
async function expectInert(page: Page) {
  const found = await page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
    );
    const urls = [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')]
      .flatMap((el) => ['href', 'src', 'action', 'formaction', 'xlink:href'].map((name) => el.getAttribute(name) ?? ''))
      .filter((value) => /^\s*javascript:/i.test(value));
    const scripts = [...document.querySelectorAll('script')].filter((s) => !s.src).map((s) => s.textContent);
    return { handlers, urls, scripts };
  });
  expect(found).toEqual({ handlers: [], urls: [], scripts: [] });
}

test('hostile names show as text on the list', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`/datasets/${seeded.datasetId}/models`);
  for (const { name } of seeded.models) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible({ timeout: 30_000 });
  }
  // The dataset switcher lists it as an option's text.
  await expect(page.locator('option').filter({ hasText: seeded.datasetName })).toHaveText(seeded.datasetName);
  await expectInert(page);
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('hostile fields show as text on the detail page', async ({ page }) => {
  const seen = await watch(page);
  for (const [i, { id, name }] of seeded.models.entries()) {
    await page.goto(`/datasets/${seeded.datasetId}/models/${id}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
    const main = page.getByRole('main');
    await expect(main.getByText(`${PAYLOADS[0]} class`).filter({ visible: true }).first()).toBeVisible();
    await expect(main.getByText(`slice ${PAYLOADS[i]}`).filter({ visible: true }).first()).toBeVisible();
    await expect(main.getByText(IMG).filter({ visible: true }).first()).toBeVisible();
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await expectInert(page);
  }
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('hostile names show as text on compare', async ({ page }) => {
  const seen = await watch(page);
  const ids = seeded.models.map((m) => m.id).join(',');
  await page.goto(`/datasets/${seeded.datasetId}/compare?ids=${ids}&baseline=${seeded.models[0]?.id}`);
  await expect(page.getByRole('table').first()).toBeVisible({ timeout: 30_000 });
  for (const { name } of seeded.models)
    await expect(page.getByText(name).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText(`${PAYLOADS[1]} class`).filter({ visible: true }).first()).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await expectInert(page);
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('the edit form shows hostile values as values', async ({ page }) => {
  const seen = await watch(page);
  const model = seeded.models[1]!;
  await page.goto(`/datasets/${seeded.datasetId}/models/${model.id}/edit`);
  await expect(page.getByRole('textbox', { name: /^name/i }).first()).toHaveValue(model.name, { timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: /^description/i })).toHaveValue(/onerror/);
  await expectInert(page);
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('no page of the demo data trips the Content-Security-Policy', async ({ page, request }) => {
  const seen = await watch(page);
  const { datasets } = await gql<{ datasets: { datasets: Array<{ id: string; name: string }> } }>(
    request,
    'query { datasets(length: 50) { datasets { id name } } }',
  );
  const dataset = datasets.datasets.find((d) => d.name === 'Traffic cameras')!;
  const { models } = await gql<{ models: { models: Array<{ id: string }> } }>(
    request,
    'query ($d: ID!) { models(datasetId: $d, length: 3) { models { id } } }',
    { d: dataset.id },
  );
  const [a, b] = models.models.map((m) => m.id);
  const base = `/datasets/${dataset.id}`;
  const charts = page.locator('svg.recharts-surface').first();
  const pages: Array<[string, Locator]> = [
    ['/', page.getByRole('main')],
    [`${base}/models`, page.getByRole('table').getByRole('link').first()],
    [`${base}/models/${a}`, charts],
    [`${base}/models/new`, page.getByRole('button', { name: 'Create model' })],
    [`${base}/models/${a}/edit`, page.getByRole('button', { name: 'Save changes' })],
    [`${base}/compare?ids=${a},${b}&baseline=${a}`, charts],
  ];
  for (const [url, ready] of pages) {
    await page.goto(url);
    await expect(ready).toBeVisible({ timeout: 30_000 });
  }
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});
