// `npm run bench`: prints performance figures with their targets (not part of `npm test`).
//
//   node --import tsx bench/run.ts                  everything, in sequence (a few minutes)
//   node --import tsx bench/run.ts --only bundle    JS per route
//   node --import tsx bench/run.ts --only server    API under load on 100,000 models
//   node --import tsx bench/run.ts --only ui        list + compare timings in the browser
//   node --import tsx bench/run.ts --only interactions  clicks and typing on 3,000 models, to the result painted
//   node --import tsx bench/run.ts --only lighthouse  Lighthouse performance (mobile) on list, detail, compare
//   node --import tsx bench/run.ts --only memory    browser JS heap + scrolling after "Load all" of 10,000 models
//   --web-dir DIR   use this production build instead of building one into a temp dir
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchMemory } from './browser-memory';
import { benchBundle } from './bundle';
import { figures, runNode } from './lib';
import { benchInteractions } from './interactions';
import { benchLighthouse } from './lighthouse';
import { benchServer } from './server-load';
import { benchUi } from './ui-timings';

const PARTS = ['bundle', 'server', 'ui', 'interactions', 'lighthouse', 'memory'] as const;
type Part = (typeof PARTS)[number];
// The parts that need the production build of the web app.
const WEB_PARTS: readonly Part[] = ['bundle', 'ui', 'interactions', 'lighthouse', 'memory'];

const { values: args } = parseArgs({
  options: { only: { type: 'string', multiple: true }, 'web-dir': { type: 'string' } },
});

const isPart = (name: string): name is Part => (PARTS as readonly string[]).includes(name);

async function main() {
  const only = args.only ?? [...PARTS];
  const unknown = only.filter((name) => !isPart(name));
  if (unknown.length) throw new Error(`Unknown part ${unknown.join(', ')}; use one of ${PARTS.join(', ')}`);
  const parts = new Set(only.filter(isPart));

  // Figures from a machine busy with other work are pessimistic: the load average says how busy.
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ');
  console.log(
    `Model Catalog benchmarks — ${new Date().toISOString()}, ${cpus().length} cores, Node ${process.version}`,
  );
  console.log(`load average (1/5/15 min) at start: ${load()}`);
  let work: string | undefined;
  let webDir = args['web-dir'] && path.resolve(args['web-dir']);
  try {
    if (!webDir && WEB_PARTS.some((part) => parts.has(part))) {
      work = mkdtempSync(path.join(tmpdir(), 'bench-web-'));
      webDir = path.join(work, 'web');
      console.log('\nBuilding the web app…');
      await runNode([
        'node_modules/vite/bin/vite.js',
        'build',
        '--outDir',
        webDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ]);
    }
    if (webDir && parts.has('bundle')) await benchBundle(webDir);
    if (parts.has('server')) await benchServer();
    if (webDir && parts.has('ui')) await benchUi(webDir);
    if (webDir && parts.has('interactions')) await benchInteractions(webDir);
    if (webDir && parts.has('lighthouse')) await benchLighthouse(webDir);
    if (webDir && parts.has('memory')) await benchMemory(webDir);
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }

  const missed = figures.filter((f) => !f.pass);
  console.log(`\nload average (1/5/15 min) at end: ${load()}`);
  console.log(`${figures.length - missed.length}/${figures.length} targets met`);
  for (const f of missed) console.log(`  MISS  ${f.label}: ${f.value} (target ${f.target})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
