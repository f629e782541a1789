// UI timings in headless Chromium against the real server and the production build, on the
// 100,000-model dataset: navigation → first rows on the list, and the "Pinned" chip → filtered rows.
// Then bench/compare-render.ts (12 models × 80 classes).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { gql, launchChromium, median, PORTS, report, ROOT, runNode, startServer } from './lib';
import { BENCH_DATASET, BENCH_DB, ensureBenchData } from './server-load';

const RUNS = 5;
const FIRST_ROWS_LIMIT_MS = 300;
const COMPARE_LIMIT_MS = 500;
const COMPARE_BENCH = path.join(ROOT, 'bench', 'compare-render.ts');

/** Navigation → the first model link in the table is visible; ms since navigation start. */
async function firstRows(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // The time of the frame after the one that shows the row (that one has been painted by then), taken
  // in the page rather than after a round trip back to this script. Inline arrows only: tsx names
  // named functions with a helper the page does not have.
  const shownAt = await page.waitForFunction(
    () => {
      const state = window as Window & { shownAt?: number; shown?: boolean };
      if (state.shownAt !== undefined) return state.shownAt;
      const link = document.querySelector('table tbody a');
      if (!state.shown && link instanceof HTMLElement && link.offsetParent !== null) {
        state.shown = true;
        requestAnimationFrame(() => (state.shownAt = performance.now()));
      }
      return false;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return Number(await shownAt.jsonValue());
}

/** Clicks the "Pinned" chip and times until every row shown is pinned (and the rows changed). */
async function pinnedChip(page: Page): Promise<number> {
  const chip = page.getByRole('button', { name: 'Pinned', exact: true });
  // No named inner functions: tsx would wrap them in a helper that does not exist in the page.
  return chip.evaluate(async (button: HTMLElement) => {
    const before = document.querySelector('table tbody a')?.getAttribute('href');
    const started = performance.now();
    button.click();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const pins = [...document.querySelectorAll('table tbody button[aria-pressed]')];
      const first = document.querySelector('table tbody a')?.getAttribute('href');
      const updated = pins.length > 0 && pins.every((b) => b.getAttribute('aria-pressed') === 'true');
      if (updated && first !== before) return performance.now() - started;
      if (performance.now() - started > 30_000) throw new Error('The rows never updated');
    }
  });
}

export async function benchUi(webDir: string): Promise<void> {
  console.log(
    `\nUI timings (headless Chromium, production build, ${BENCH_DATASET} dataset; median of ${RUNS} warm runs)`,
  );
  await ensureBenchData();
  const server = await startServer({ port: PORTS.ui, db: BENCH_DB, webDir });
  const browser = await launchChromium();
  try {
    const { dataset } = await gql<{ dataset: { id: string } }>(
      server.url,
      'query ($n: String) { dataset(name: $n) { id } }',
      { n: BENCH_DATASET },
    );
    const url = `${server.url}/datasets/${dataset.id}/models`;
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const loads: number[] = [];
    const chips: number[] = [];
    // Run 0 is cold (empty HTTP cache, server caches empty); the rest are a returning user.
    for (let run = 0; run <= RUNS; run++) {
      loads.push(await firstRows(page, url));
      chips.push(await pinnedChip(page));
    }
    const [coldLoad = Number.NaN, ...warmLoads] = loads;
    const [coldChip = Number.NaN, ...warmChips] = chips;
    const load = median(warmLoads);
    report(
      'list: navigation → first rows',
      `${load.toFixed(0)} ms (cold ${coldLoad.toFixed(0)} ms)`,
      `≤ ${FIRST_ROWS_LIMIT_MS} ms`,
      load <= FIRST_ROWS_LIMIT_MS,
    );
    console.log(
      `  list: "Pinned" chip click → updated rows: ${median(warmChips).toFixed(0)} ms (cold ${coldChip.toFixed(0)} ms; no target)`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log('\nCompare page (bench/compare-render.ts)');
  // On a server of our own (our port range), on a fresh database; compare-render seeds and cleans up.
  const work = mkdtempSync(path.join(tmpdir(), 'bench-compare-'));
  const compareServer = await startServer({ port: PORTS.compare, db: path.join(work, 'compare.db'), webDir });
  const output = await runNode(['--import', 'tsx', COMPARE_BENCH, '--url', compareServer.url]).finally(async () => {
    await compareServer.stop();
    rmSync(work, { recursive: true, force: true });
  });
  const linkMedian = /open a link: median (\d+) ms/.exec(output)?.[1];
  const ms = Number(linkMedian ?? Number.NaN);
  report(
    'compare: 12 models × 80 classes on screen (open a link, median)',
    `${linkMedian ?? '?'} ms`,
    `≤ ${COMPARE_LIMIT_MS} ms`,
    ms <= COMPARE_LIMIT_MS,
  );
}
