import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  demoDataset,
  demoEvaluations,
  gql,
  seedDataset,
  type DemoDataset,
  type DemoEvaluation,
  type SeededDataset,
} from './fixtures';

// Every screen: phone (390 px) and laptop (1280 px) widths on the demo data, the bulk bar, the filter
// chips, printing, and a comparison of 12 models with long hyphenated names.
test.describe.configure({ timeout: 90_000 });

let demo: DemoDataset;
/** The demo's same-named evaluations of three models (README "Evaluations"). */
let sweeps: DemoEvaluation[];

test.beforeAll(async ({ request }) => {
  demo = await demoDataset(request);
  sweeps = (await demoEvaluations(request, demo.base)).filter((e) => e.name === 'night-val-iou-sweep');
});

const listRows = (page: Page) => page.getByRole('table').first().getByRole('row');
const compareTable = (page: Page) => page.getByRole('table', { name: /^Per-class AP/ });

const SCREENS = [
  {
    name: 'list',
    url: () => `${demo.base}/models`,
    ready: (page: Page) => expect(listRows(page).nth(1).getByRole('link')).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'detail',
    url: () => `${demo.base}/models/${demo.ids[0]}`,
    ready: (page: Page) => expect(page.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'compare',
    url: () => `${demo.base}/compare?ids=${demo.ids.join(',')}`,
    ready: async (page: Page) => {
      await expect(compareTable(page)).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('region', { name: 'Metadata comparison' })).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: 'evaluations list',
    url: () => `${demo.base}/evaluations`,
    ready: (page: Page) =>
      expect(page.getByRole('table', { name: 'Evaluations' }).getByRole('link').first()).toBeVisible({
        timeout: 30_000,
      }),
  },
  {
    name: 'evaluation',
    url: () => `${demo.base}/evaluations/${sweeps[0]!.id}`,
    ready: (page: Page) => expect(page.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'compare by evaluation',
    url: () => `${demo.base}/compare?ids=${sweeps.map((e) => e.modelId).join(',')}`,
    ready: (page: Page) =>
      expect(page.getByRole('region', { name: 'Evaluations' }).locator('svg.recharts-surface').first()).toBeVisible({
        timeout: 30_000,
      }),
  },
];

/** The right edge of `locator` is inside the window. */
async function expectInsideWindow(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'on screen').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width + 0.5);
}

for (const width of [390, 1280]) {
  for (const screen of SCREENS) {
    test(`${screen.name} at ${width} px: nothing scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(screen.url());
      await screen.ready(page);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await expectInsideWindow(page, page.getByRole('combobox', { name: 'Dataset' }));
    });
  }
}

test('list at 390 px: name, status, mAP and pin of every row stay in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${demo.base}/models`);
  const table = page.getByRole('table').first();
  await expect(listRows(page).nth(1).getByRole('link')).toBeVisible({ timeout: 30_000 });
  for (const name of [/^Name/, /^Status/, /^mAP/, /^Pin/]) {
    await expectInsideWindow(page, table.getByRole('columnheader', { name }));
  }
  const row = listRows(page).nth(1);
  await expectInsideWindow(page, row.getByRole('link'));
  await expectInsideWindow(page, row.getByText(/^(Trained|Not trained)$/).first());
  await expectInsideWindow(page, row.getByText(/^(\d\.\d{3}|—)$/).first());
  await expectInsideWindow(page, row.getByRole('button', { name: /pin/i }));
});

test('list at 1280 px: the default columns fit, Updated included', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${demo.base}/models`);
  await expect(listRows(page).nth(1).getByRole('link')).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table').first();
  const frame = table.locator('xpath=..');
  const overflow = await frame.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const updated = table.getByRole('columnheader', { name: /^Updated/ });
  const [cell, box] = [await updated.boundingBox(), await frame.boundingBox()];
  expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width);
  // The header's text is not cut: the sort button fits its cell.
  const button = updated.getByRole('button');
  expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});

test('list: numbers are right-aligned', async ({ page }) => {
  await page.goto(`${demo.base}/models`);
  const table = page.getByRole('table').first();
  await expect(listRows(page).nth(1).getByRole('link')).toBeVisible({ timeout: 30_000 });
  for (const name of [/^mAP/, /^Classes/, /^Training data/]) {
    const header = table.getByRole('columnheader', { name });
    const index = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
    const aligns = await table
      .locator(`tbody tr td:nth-child(${index + 1})`)
      .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).textAlign));
    expect(aligns.length).toBeGreaterThan(0);
    expect(new Set(aligns)).toEqual(new Set(['right']));
  }
});

test('list: the bulk bar stays on screen while scrolling and selecting', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 560 });
  await page.goto(`${demo.base}/models`);
  await expect(listRows(page).nth(1).getByRole('link')).toBeVisible({ timeout: 30_000 });
  const last = page.getByRole('checkbox', { name: /^Select (?!all)/ }).last();
  await last.scrollIntoViewIfNeeded();
  await last.check();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bar = page.getByRole('group', { name: 'Bulk actions' });
  await expect(bar).toContainText('1 selected');
  const box = (await bar.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(560);
  await expect(bar.getByRole('button', { name: 'Export CSV' })).toBeInViewport();
});

test('list: toggling a filter chip moves nothing beside it', async ({ page }) => {
  await page.goto(`${demo.base}/models`);
  await expect(listRows(page).nth(1).getByRole('link')).toBeVisible({ timeout: 30_000 });
  const pinned = page.getByRole('button', { name: /^(Not )?pinned$/i });
  const trained = page.getByRole('button', { name: /^(Not )?trained$/i });
  const columns = page.getByRole('button', { name: /^Columns/ });
  const boxes = async () => Promise.all([pinned, trained, columns].map(async (l) => (await l.boundingBox())!));
  const before = await boxes();
  for (const chip of [pinned, pinned, trained, trained]) {
    await chip.click();
    expect(await boxes()).toEqual(before);
  }
});

test('compare: printing shows every cell of the tables', async ({ page }) => {
  await page.goto(`${demo.base}/compare?ids=${demo.ids.join(',')}`);
  await SCREENS[2]!.ready(page);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 720, height: 1000 });
  for (const region of ['Per-class AP comparison', 'Metadata comparison']) {
    const frame = page.getByRole('region', { name: region });
    const { overflowX, hidden } = await frame.evaluate((el) => {
      const frameBox = el.getBoundingClientRect();
      const cells = [...el.querySelectorAll('td, th')];
      return {
        overflowX: el.scrollWidth - el.clientWidth,
        // Cut off at the right, skipped as off-screen, or clipped inside the cell.
        hidden: cells.filter((c) => {
          const box = c.getBoundingClientRect();
          const style = getComputedStyle(c);
          return (
            box.right > frameBox.right + 1 ||
            style.contentVisibility !== 'visible' ||
            (style.overflow === 'hidden' && c.scrollWidth > c.clientWidth + 1)
          );
        }).length,
      };
    });
    expect(overflowX, region).toBeLessThanOrEqual(0);
    expect(hidden, region).toBe(0);
  }
});

test('compare: the mAP timeline writes four-digit years and labels its axes', async ({ page }) => {
  await page.goto(`${demo.base}/compare?ids=${demo.ids.join(',')}`);
  await SCREENS[2]!.ready(page);
  const figure = page.getByRole('figure', { name: 'mAP over time' });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.recharts-label').getByText('Training date')).toBeVisible({ timeout: 30_000 });
  await expect(figure.locator('.recharts-label').getByText('mAP')).toBeVisible();
  // Date ticks are two lines: "Mar 5" over the year.
  const ticks = await figure
    .locator('text')
    .evaluateAll((texts) =>
      texts.filter((t) => t.querySelectorAll('tspan').length === 2).map((t) => t.textContent ?? ''),
    );
  expect(ticks.length).toBeGreaterThan(0);
  for (const tick of ticks) expect(tick).toMatch(/20\d\d$/);
  // Hovering a point names its model.
  const point = (await figure.locator('.recharts-scatter-symbol').first().boundingBox())!;
  await page.mouse.move(point.x + point.width / 2, point.y + point.height / 2);
  const tooltip = figure.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(/^\S+.*mAP \d\.\d{3}.*Trained /);
});

test.describe('compare at 12 models', () => {
  let seeded: SeededDataset;
  const names = Array.from({ length: 12 }, (_, i) => `yolov8s-mosaic-1280-sweep-${String(i + 1).padStart(2, '0')}`);

  test.beforeAll(async ({ request }) => {
    const classes = ['car', 'truck', 'bus', 'person', 'bicycle'];
    seeded = await seedDataset(
      request,
      names.map((name, i) => ({
        name,
        aps: Object.fromEntries(classes.map((c, k) => [c, Number((0.5 + ((k * 7 + i * 5) % 45) / 100).toFixed(3))])),
      })),
    );
  });

  test.afterAll(async ({ request }) => {
    await gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: seeded.datasetId });
  });

  const open = async (page: Page, search = '') => {
    await page.goto(`/datasets/${seeded.datasetId}/compare?ids=${names.map((n) => seeded.ids[n]).join(',')}${search}`);
    await expect(compareTable(page)).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.compare-bar-series').first()).toBeVisible({ timeout: 30_000 });
  };

  test('the page is the one vertical scrolling area', async ({ page }) => {
    await open(page);
    const scrollers = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => {
          const { overflowY } = getComputedStyle(el);
          return (overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1;
        })
        .map((el) => el.getAttribute('aria-label') ?? el.className),
    );
    expect(scrollers).toEqual([]);
  });

  test('the chart tooltip shows all 12 models, nothing clips it', async ({ page }) => {
    await open(page);
    const tick = page.locator('.compare-class-tick').last();
    await tick.scrollIntoViewIfNeeded();
    const box = (await tick.boundingBox())!;
    await page.mouse.move(box.x + box.width + 200, box.y + box.height / 2);
    const tooltip = page.locator('.recharts-tooltip-wrapper').filter({ hasText: names[11]! });
    await expect(tooltip).toBeVisible();
    for (const name of names)
      await expect(tooltip.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
    // No ancestor cuts it: each one either lets content overflow or holds the whole tooltip.
    const clipped = await tooltip.evaluate((el) => {
      const box = el.getBoundingClientRect();
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflow === 'visible' && !/paint|strict|content/.test(style.contain)) continue;
        const frame = node.getBoundingClientRect();
        if (box.top < frame.top - 1 || box.bottom > frame.bottom + 1) return node.className || node.tagName;
      }
      return null;
    });
    expect(clipped).toBeNull();
  });

  test('model names in column headers stay on one line, full name on hover', async ({ page }) => {
    await open(page);
    for (const name of names) {
      const header = compareTable(page).getByRole('columnheader', { name, exact: true });
      await expect(header).toHaveAttribute('title', name);
      const lines = await header
        .getByText(name, { exact: true })
        .evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      expect(lines, name).toBe(1);
    }
  });

  test('figures are right-aligned in the comparison table', async ({ page }) => {
    await open(page);
    const aligns = await compareTable(page)
      .locator('tbody td:not([class*="notTrained"])')
      .evaluateAll((cells) => [...new Set(cells.map((c) => getComputedStyle(c).textAlign))]);
    expect(aligns).toEqual(['right']);
  });

  test('with a baseline chosen, classes start with the worst delta and the page says so', async ({ page }) => {
    await open(page, `&baseline=${seeded.ids[names[0]!]}`);
    await expect(page.getByRole('combobox', { name: 'Sort classes by' })).toHaveValue('delta');
    await expect(page.getByText('Sorted: worst delta first')).toBeVisible();
  });
});
