// Benchmark (not a test): how long the compare page takes until the grouped bar chart and the
// comparison table are on screen, for 12 models × 80 classes. Target: < 500 ms. Three ways in:
//   - open a link: load the page's URL while another page of the app is open (the app's files in the
//     HTTP cache, like a returning user following a shared link); the target is judged on this one;
//   - from the list: select the 12 models in the model list and click Compare (no page load);
//   - reload: reload the compare page itself, which first tears down the 12 × 80 page already shown.
// The first load of all (empty HTTP cache) is printed as "cold"; two more rounds of all three warm up
// the server and the browser and are not counted.
//
//   node --import tsx bench/compare-render.ts                     real server on a temp database
//   node --import tsx bench/compare-render.ts --db FILE           real server on this database
//   node --import tsx bench/compare-render.ts --url http://HOST   a server that is already running
//   options: --runs N (default 11 per way in), --web-dir DIR (serve a prebuilt app instead of building
//            dist/), --keep (leave the benchmark dataset in place and print the page's URL)
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { spawnServer, type ServerProcess } from '../server/test-kit/spawn-server';
import { gql, launchChromium } from './lib';

const MODELS = 12;
const CLASSES = 80;
const TARGET_MS = 500;
const WARM_UP_ROUNDS = 2;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    db: { type: 'string' },
    'web-dir': { type: 'string' },
    runs: { type: 'string', default: '11' },
    keep: { type: 'boolean', default: false },
  },
});

/** A dataset with MODELS models that each have AP for the same CLASSES classes (some left out). */
async function seed(baseUrl: string): Promise<{ datasetId: string; ids: string[] }> {
  const { createDataset } = await gql<{ createDataset: { id: string } }>(
    baseUrl,
    'mutation($name: String!) { createDataset(name: $name) { id } }',
    { name: `compare-bench-${Date.now()}` },
  );
  const datasetId = createDataset.id;
  const slice = (name: string, dataCount: number) =>
    gql<{ createSlice: { id: string } }>(
      baseUrl,
      'mutation($d: String!, $n: String!, $c: Int) { createSlice(datasetId: $d, name: $n, dataCount: $c) { id } }',
      { d: datasetId, n: name, c: dataCount },
    ).then((r) => r.createSlice.id);
  const [train, validation] = [await slice('train', 20_000), await slice('val', 4_000)];
  const ids: string[] = [];
  for (let m = 0; m < MODELS; m++) {
    const trainingClasses = Array.from({ length: CLASSES }, (_, c) => ({
      class: `class-${String(c).padStart(2, '0')}`,
      annotationType: 'box',
      ap: Number((0.45 + ((c * 7 + m * 13) % 50) / 100).toFixed(3)),
      trainingAnnotationsCount: 1000 + c * 10,
      validationAnnotationsCount: 200 + c,
    })).filter((_, c) => (c + m) % 17 !== 0); // every model misses a few classes: "not trained" gaps
    const { createModel } = await gql<{ createModel: { id: string } }>(
      baseUrl,
      `mutation($d: ID!, $n: String!, $c: [ModelTrainClassInput!], $t: [ID!]!, $v: [ID!]!, $at: DateTime, $meta: JSONObject) {
        createModel(datasetId: $d, name: $n, baselineModel: "yolov8m", trainingClasses: $c, trainingSliceIds: $t,
          validationSliceIds: $v, isTrained: true, trainedAt: $at, meta: $meta) { id } }`,
      {
        d: datasetId,
        n: `bench-model-${String(m + 1).padStart(2, '0')}`,
        c: trainingClasses,
        t: [train],
        v: [validation],
        at: new Date(Date.UTC(2025, 0, 1 + m * 3)).toISOString(),
        meta: { epochs: 100 + m * 10, lr: 0.001 * (m + 1), optimizer: m % 2 ? 'SGD' : 'AdamW' },
      },
    );
    ids.push(createModel.id);
  }
  return { datasetId, ids };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Opens `url` from `from` (another page of the app), as following a link does. */
async function openLink(page: Page, url: string, from: string): Promise<void> {
  await page.goto(from);
  await page.goto(url, { waitUntil: 'commit' });
}

/**
 * Resolves with the page's clock once every bar (or "not trained" stub) and every table row is there,
 * read in the frame after the one that holds them, so their painting counts.
 */
async function waitUntilDrawn(page: Page): Promise<number> {
  // Inline arrow functions only: tsx names named ones with a helper the page does not have.
  const drawnAt = await page.waitForFunction(
    ({ bars, rows }) => {
      const state = window as Window & { drawnAt?: number; drawn?: boolean };
      if (state.drawnAt !== undefined) return state.drawnAt;
      if (state.drawn) return false;
      const table = [...document.querySelectorAll('table')].find((t) =>
        t.caption?.textContent?.startsWith('Per-class AP'),
      );
      const classRows = table?.tBodies[1]?.rows.length ?? 0;
      // One mark per model and class: a bar (each model's path holds one rectangle per bar), or a
      // "not trained" / "no AP" stub.
      const drawn = [...document.querySelectorAll('.compare-bar-series')].reduce(
        (sum, path) => sum + (path.getAttribute('d')?.match(/M/g)?.length ?? 0),
        0,
      );
      const marks = drawn + document.querySelectorAll('.compare-not-trained, .compare-no-ap').length;
      if (classRows < rows || marks < bars) return false;
      // This frame holds everything; the next frame starts once it has been painted.
      state.drawn = true;
      requestAnimationFrame(() => (state.drawnAt = performance.now()));
      return false;
    },
    { bars: MODELS * CLASSES, rows: CLASSES },
    { polling: 'raf', timeout: 60_000 },
  );
  return Number(await drawnAt.jsonValue());
}

async function main() {
  const runs = Math.max(1, Number(args.runs));
  let server: ServerProcess | undefined;
  let tempDir: string | undefined;
  let baseUrl = args.url?.replace(/\/$/, '');
  if (!baseUrl) {
    tempDir = args.db ? undefined : mkdtempSync(path.join(tmpdir(), 'compare-bench-'));
    const db = args.db ?? path.join(tempDir ?? '', 'bench.db');
    const webDir = args['web-dir'];
    server = await spawnServer(['--port', '0', '--db', db, '--seed', 'none', ...(webDir ? ['--web-dir', webDir] : [])]);
    baseUrl = server.url;
  }
  const { datasetId, ids } = await seed(baseUrl);
  const url = `${baseUrl}/datasets/${datasetId}/compare?ids=${ids.join(',')}`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const drawn = () => waitUntilDrawn(page);
    // The page's own clock counts from the start of its navigation; the list → compare way in starts
    // the clock at the click instead.
    await page.addInitScript(() =>
      addEventListener('click', () => ((window as Window & { clickedAt?: number }).clickedAt = performance.now()), {
        capture: true,
      }),
    );
    const cold = await openLink(page, url, `${baseUrl}/favicon.svg`).then(drawn);
    const ways = {
      'open a link': async () => openLink(page, url, `${baseUrl}/favicon.svg`).then(drawn),
      'from the list': async () => {
        await page.goto(`${baseUrl}/datasets/${datasetId}/models`);
        await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
        await page.getByRole('button', { name: 'Compare', exact: true }).click();
        const at = await drawn();
        const clickedAt = await page.evaluate(() => (window as Window & { clickedAt?: number }).clickedAt ?? NaN);
        return at - clickedAt;
      },
      reload: async () => page.reload({ waitUntil: 'commit' }).then(drawn),
    };
    const timings = Object.fromEntries(Object.keys(ways).map((way) => [way, [] as number[]]));
    // Interleaved, so a busy moment of the machine does not fall on one way in only. The first rounds
    // warm up the server's and the browser's compilers and are not counted.
    for (let run = -WARM_UP_ROUNDS; run < runs; run++) {
      for (const [way, measure] of Object.entries(ways)) {
        const time = await measure();
        if (run >= 0) timings[way]?.push(time);
      }
    }
    console.log(`Compare page, ${MODELS} models × ${CLASSES} classes: until chart and table are on screen`);
    console.log(`  cold (empty cache, open a link): ${cold.toFixed(0)} ms`);
    for (const [way, values] of Object.entries(timings)) {
      console.log(
        `  ${way}: median ${median(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (${values.length} runs: ${values.map((v) => v.toFixed(0)).join(' ')})`,
      );
    }
    const typical = median(timings['open a link'] ?? []);
    console.log(`  target < ${TARGET_MS} ms: ${typical < TARGET_MS ? 'met' : 'missed'} (open a link, median)`);
    // Wall-clock figures stretch with CPU contention; the load average says how busy the machine was.
    console.log(`  machine load average (1 min): ${loadavg()[0]?.toFixed(1)}`);
  } finally {
    await browser.close();
    if (args.keep) console.log(`  kept: ${url}`);
    else
      await gql(baseUrl, 'mutation($d: ID!) { deleteDataset(datasetId: $d) }', { d: datasetId }).catch(() => undefined);
    await server?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
