// JS per route: the production build served by the real server, each route opened in a fresh
// browser context (empty cache), every JS response gzipped (level 9) and summed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { gql, kB, launchChromium, PORTS, report, startServer } from './lib';

const LIST_LIMIT = 110_000;
const ROUTE_LIMIT = 260_000;
// Class names recharts writes into the DOM; present in any chunk that bundles it.
const RECHARTS_MARK = 'recharts-cartesian-grid';

/** Each route of the demo data and what is on screen once it has rendered. */
async function demoRoutes(baseUrl: string): Promise<Array<{ name: string; route: string; ready: string }>> {
  const { datasets } = await gql<{ datasets: { datasets: Array<{ id: string }> } }>(
    baseUrl,
    'query { datasets(length: 50) { datasets { id } } }',
  );
  for (const { id } of datasets.datasets) {
    const { models } = await gql<{ models: { models: Array<{ id: string }> } }>(
      baseUrl,
      'query ($d: ID!) { models(datasetId: $d, length: 3) { models { id } } }',
      { d: id },
    );
    const [first, second] = models.models;
    if (first && second) {
      const base = `/datasets/${id}`;
      const charts = 'svg.recharts-surface';
      return [
        { name: 'list', route: `${base}/models`, ready: 'table tbody a' },
        { name: 'detail', route: `${base}/models/${first.id}`, ready: charts },
        { name: 'new', route: `${base}/models/new`, ready: 'form button[type=submit]' },
        { name: 'edit', route: `${base}/models/${first.id}/edit`, ready: 'form button[type=submit]' },
        { name: 'compare', route: `${base}/compare?ids=${first.id},${second.id}&baseline=${first.id}`, ready: charts },
      ];
    }
  }
  throw new Error('The demo data has no dataset with two models');
}

export async function benchBundle(webDir: string): Promise<void> {
  console.log('\nJS per route (production build, gzip -9 of every JS response)');
  const work = mkdtempSync(path.join(tmpdir(), 'bench-bundle-'));
  try {
    const server = await startServer({ port: PORTS.bundle, db: path.join(work, 'demo.db'), webDir, seed: 'demo' });
    const browser = await launchChromium();
    try {
      const routes = await demoRoutes(server.url);
      for (const { name, route, ready } of routes) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const pending: Array<Promise<{ url: string; gzipped: number; recharts: boolean }>> = [];
        let settled = false;
        page.on('response', (response) => {
          const type = response.headers()['content-type'] ?? '';
          // Scripts fetched after the route settled (e.g. prefetching) are not part of opening it.
          if (settled || !type.includes('javascript')) return;
          pending.push(
            response.body().then((body) => ({
              url: response.url(),
              gzipped: gzipSync(body, { level: 9 }).length,
              recharts: body.includes(RECHARTS_MARK),
            })),
          );
        });
        await page.goto(server.url + route);
        // Rendered first (a busy CPU can pause the network for longer than networkidle's 500 ms), then idle.
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        settled = true;
        const scripts = await Promise.all(pending);
        await context.close();
        const total = scripts.reduce((sum, s) => sum + s.gzipped, 0);
        const recharts = scripts.some((s) => s.recharts);
        const limit = name === 'list' ? LIST_LIMIT : ROUTE_LIMIT;
        report(
          `${name.padEnd(7)} ${scripts.length} files${recharts ? ', recharts' : ''}`,
          kB(total),
          `≤ ${kB(limit)}`,
          total <= limit,
        );
        const largest = [...scripts]
          .sort((a, b) => b.gzipped - a.gzipped)
          .slice(0, 4)
          .map((s) => `${new URL(s.url).pathname.replace('/assets/', '')} ${kB(s.gzipped)}`);
        console.log(`          largest: ${largest.join(', ')}`);
        if (name === 'list' || name === 'new' || name === 'edit') {
          report(`${name.padEnd(7)} recharts not loaded`, recharts ? 'loaded' : 'not loaded', 'not loaded', !recharts);
        }
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
