import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockingAxeViolations, demoDataset, demoEvaluations } from './fixtures';

// axe on every page of the demo data, in both colour schemes: no serious or critical violations.
test.describe.configure({ timeout: 60_000 });

interface Demo {
  base: string;
  ids: string[];
  /** Every model of the dataset: the comparison's tables then scroll. */
  allIds: string[];
  /** An evaluation with report items per discriminator value, and the models evaluated under its name. */
  evaluationId: string;
  evaluatedIds: string[];
}

let demo: Demo;

test.beforeAll(async ({ request }) => {
  const { base, ids } = await demoDataset(request);
  const evaluations = (await demoEvaluations(request, base)).filter((e) => e.name === 'night-val-iou-sweep');
  demo = {
    base,
    ids: ids.slice(0, 3),
    allIds: ids,
    evaluationId: evaluations[0]!.id,
    evaluatedIds: evaluations.map((e) => e.modelId!),
  };
});

interface PageCase {
  name: string;
  url: () => string;
  /** Brings the page into the state to check and waits until it is there. */
  ready: (page: Page) => Promise<void>;
}

const charts = (page: Page): Locator => page.locator('svg.recharts-surface').first();

const PAGES: PageCase[] = [
  {
    name: 'list',
    url: () => `${demo.base}/models`,
    ready: (page) => expect(page.getByRole('table').getByRole('link').first()).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'detail',
    url: () => `${demo.base}/models/${demo.ids[0]}`,
    ready: (page) => expect(charts(page)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'create with validation errors',
    url: () => `${demo.base}/models/new`,
    ready: async (page) => {
      await page.getByRole('button', { name: 'Create model' }).click({ timeout: 30_000 });
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  {
    name: 'edit',
    url: () => `${demo.base}/models/${demo.ids[0]}/edit`,
    ready: (page) => expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'activity',
    url: () => `${demo.base}/activity`,
    ready: (page) => expect(page.getByRole('list', { name: 'Activity' })).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'compare',
    url: () => `${demo.base}/compare?ids=${demo.ids.join(',')}&baseline=${demo.ids[0]}`,
    ready: (page) => expect(charts(page)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'compare of every model',
    url: () => `${demo.base}/compare?ids=${demo.allIds.join(',')}&baseline=${demo.allIds[0]}`,
    ready: (page) => expect(charts(page)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'evaluations list',
    url: () => `${demo.base}/evaluations?sort=-score`,
    ready: (page) =>
      expect(page.getByRole('table', { name: 'Evaluations' }).getByRole('link').first()).toBeVisible({
        timeout: 30_000,
      }),
  },
  {
    name: 'evaluation',
    url: () => `${demo.base}/evaluations/${demo.evaluationId}?discriminator=0.75`,
    ready: (page) => expect(charts(page)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'compare by evaluation',
    url: () => `${demo.base}/compare?ids=${demo.evaluatedIds.join(',')}`,
    ready: async (page) => {
      const section = page.getByRole('region', { name: 'Evaluations' });
      await expect(section.getByRole('table', { name: 'Scores of night-val-iou-sweep' })).toBeVisible({
        timeout: 30_000,
      });
      await expect(section.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, url, ready } of PAGES) {
    test(`${name} (${colorScheme}) has no serious or critical axe violations`, async ({ page }) => {
      // No transitions: axe must see final colours, not a fade in progress.
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(url());
      await ready(page);
      const blocking = await blockingAxeViolations(page);
      expect(blocking).toEqual([]);
    });
  }
}
