// Interactions in headless Chromium against the real server and the production build, on a 3,000-model
// dataset: each time runs from the user's input (the click's or keystroke's event time) to the frame after
// the one that shows the result, read in the page (README "Performance").
import path from 'node:path';
import type { Page } from '@playwright/test';
import { gql, launchChromium, median, PORTS, report, ROOT, ensureSeeded, startServer } from './lib';

const MODELS = 3_000;
const DATASET = 'Synthetic 3k';
// Reused across runs (seeding takes a few seconds); delete it to seed again.
const INTERACTIONS_DB = path.join(ROOT, '.tmp', 'bench-3k.db');
// BENCH_INTERACTIONS_PORT moves the server off its default port (e.g. when another checkout benchmarks too).
const PORT = Number(process.env['BENCH_INTERACTIONS_PORT'] ?? PORTS.interactions);
const RUNS = 5;
/** Uncounted rounds first: the app's files into the HTTP cache, the server's statements prepared. */
const WARM_UP_RUNS = 2;
const TIMEOUT_MS = 30_000;

const TARGETS_MS = { modelPage: 300, form: 200, create: 300, nextPage: 200, search: 100 } as const;

/** What each measurement waits for on screen. */
type Ready = 'chart' | 'nameField' | 'heading' | 'rowsChanged';

/**
 * Notes the time of the next input event of this type (and the rows' links), runs `act`, and
 * resolves with the milliseconds from that input to the frame after the one that shows `ready`.
 */
async function timeFromInput(
  page: Page,
  input: 'click' | 'keydown',
  ready: Ready,
  act: () => Promise<void>,
  expected: { name?: string; text?: string } = {},
): Promise<number> {
  await page.evaluate(
    ([type, name, text]) => {
      const state = window as unknown as Record<string, unknown>;
      for (const key of ['__t0', '__shown', '__shownAt']) delete state[key];
      state['__expectedName'] = name ?? undefined;
      state['__expectedText'] = text ?? undefined;
      state['__before'] = [...document.querySelectorAll('table tbody a')].map((a) => a.getAttribute('href')).join();
      document.addEventListener(type, (event) => (state['__t0'] ??= event.timeStamp), { capture: true, once: true });
    },
    [input, expected.name ?? null, expected.text ?? null] as const,
  );
  // Inline arrows only: tsx would wrap named functions in a helper the page does not have.
  const shown = page.waitForFunction(
    (what: Ready) => {
      const w = window as unknown as Record<string, unknown>;
      const shownAt = w['__shownAt'];
      if (typeof shownAt === 'number') return shownAt - Number(w['__t0']);
      if (w['__t0'] === undefined || w['__shown']) return false;
      const name = w['__expectedName'];
      const input = document.getElementById('name');
      const rows = [...document.querySelectorAll('table tbody a')];
      const isReady =
        what === 'chart'
          ? document.querySelector('.recharts-bar-rectangle') !== null
          : what === 'nameField'
            ? input instanceof HTMLInputElement &&
              !input.disabled &&
              input.offsetParent !== null &&
              input.value === name
            : what === 'heading'
              ? document.querySelector('h1')?.textContent === name
              : // The rows changed, none is the faded placeholder of the previous view, and each matches.
                rows.length > 0 &&
                rows.map((a) => a.getAttribute('href')).join() !== w['__before'] &&
                !document.querySelector('table[aria-busy="true"]') &&
                rows.every((a) =>
                  (a.textContent ?? '').toLowerCase().includes((w['__expectedText'] as string | undefined) ?? ''),
                );
      if (isReady) {
        w['__shown'] = true;
        requestAnimationFrame(() => (w['__shownAt'] = performance.now()));
      }
      return false;
    },
    ready,
    { polling: 'raf', timeout: TIMEOUT_MS },
  );
  await act();
  return Number(await (await shown).jsonValue());
}

/** Opens the list (a new document, the app's files warm in the HTTP cache) and waits for its rows. */
async function openList(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('table tbody a').first().waitFor({ timeout: TIMEOUT_MS });
}

interface Round {
  modelPage: number;
  editForm: number;
  newForm: number;
  create: number;
  nextPage: number;
  search: number;
}

async function round(page: Page, listUrl: string, index: number): Promise<Round> {
  // A model on the list → its page with the AP chart drawn.
  await openList(page, listUrl);
  const link = page.locator('table tbody a').nth(index % 10);
  const modelPage = await timeFromInput(page, 'click', 'chart', () => link.click());

  // Edit → the form, filled with the model's name.
  const name = (await page.locator('h1').textContent()) ?? '';
  const editForm = await timeFromInput(
    page,
    'click',
    'nameField',
    () => page.getByRole('link', { name: 'Edit', exact: true }).click(),
    { name },
  );

  // New model (from the list) → the empty form.
  await openList(page, listUrl);
  const newForm = await timeFromInput(
    page,
    'click',
    'nameField',
    () => page.getByRole('link', { name: 'New model' }).click(),
    { name: '' },
  );

  // Create → the new model's page.
  const created = `bench-created-${Date.now()}-${index}`;
  await page.locator('#name').fill(created);
  await page.getByLabel('Baseline model').fill('yolov8s');
  const create = await timeFromInput(
    page,
    'click',
    'heading',
    () => page.getByRole('button', { name: 'Create model' }).click(),
    { name: created },
  );

  // Next page of the list.
  await openList(page, listUrl);
  const nextPage = await timeFromInput(page, 'click', 'rowsChanged', () =>
    page.getByRole('button', { name: 'Next page' }).click(),
  );

  // With every model loaded: one keystroke in the search field → the matching rows.
  await openList(page, `${listUrl}?all=1`);
  // The models this run created are in the list too.
  await page.getByText(/^All [\d,]+ models loaded$/).waitFor({ timeout: TIMEOUT_MS });
  const text = String((index % 9) + 1);
  await page.getByRole('searchbox', { name: 'Search models' }).focus();
  const search = await timeFromInput(page, 'keydown', 'rowsChanged', () => page.keyboard.press(text), { text });

  return { modelPage, editForm, newForm, create, nextPage, search };
}

/** Deletes the models the Create rounds made, so the next run starts from the same 3,000. */
async function deleteCreated(url: string, datasetId: string): Promise<void> {
  const { models } = await gql<{ models: { models: Array<{ id: string }> } }>(
    url,
    'query ($d: ID!) { models(datasetId: $d, filter: { must: { nameContains: "bench-created-" } }, length: 50) { models { id } } }',
    { d: datasetId },
  );
  for (const { id } of models.models) {
    await gql(url, 'mutation ($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', { d: datasetId, id });
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function benchInteractions(webDir: string): Promise<void> {
  console.log(
    `\nInteractions (headless Chromium, production build, ${MODELS.toLocaleString('en')} models; median of ${RUNS} warm runs)`,
  );
  await ensureSeeded(INTERACTIONS_DB, MODELS, DATASET);
  const server = await startServer({ port: PORT, db: INTERACTIONS_DB, webDir });
  const browser = await launchChromium();
  try {
    const { dataset } = await gql<{ dataset: { id: string } }>(
      server.url,
      'query ($n: String) { dataset(name: $n) { id } }',
      {
        n: DATASET,
      },
    );
    const listUrl = `${server.url}/datasets/${dataset.id}/models`;
    // Models an interrupted run created would change what the list shows.
    await deleteCreated(server.url, dataset.id);
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const rounds: Round[] = [];
    for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
      const result = await round(page, listUrl, run);
      if (run >= WARM_UP_RUNS) rounds.push(result);
    }
    await deleteCreated(server.url, dataset.id);
    const figure = (label: string, key: keyof Round, target: number) => {
      const values = rounds.map((r) => r[key]);
      const value = median(values);
      const spread = `min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}`;
      report(label, `${ms(value)} (${spread})`, `≤ ${target} ms`, value <= target);
    };
    figure('click a model → its page with the AP chart', 'modelPage', TARGETS_MS.modelPage);
    figure('click Edit → the form ready to type', 'editForm', TARGETS_MS.form);
    figure('click New model → the form ready to type', 'newForm', TARGETS_MS.form);
    figure('click Create model → the new model’s page', 'create', TARGETS_MS.create);
    figure('click Next page (3,000 models) → its rows', 'nextPage', TARGETS_MS.nextPage);
    figure('a keystroke in search, all 3,000 loaded → matching rows', 'search', TARGETS_MS.search);
  } finally {
    await browser.close();
    await server.stop();
  }
}
