// `npm run build:server`: bundles the server's TypeScript (and the zod rules it shares with the
// dashboard, src/api/schemas.ts) into plain JavaScript in build/, so production runs with no loader.
// Packages stay imports: they come from node_modules (runtime dependencies only after a prune).
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'build');

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: {
    main: 'server/cli/main.ts',
    seed: 'server/cli/seed.ts',
    // Started by the server as a worker thread (server/graphql/query-worker/).
    'query-worker': 'server/graphql/query-worker/worker.ts',
  },
  // build/cli/ mirrors server/cli/: main.ts finds the project two folders up, and
  // server/graphql/schema.ts finds ../schema.graphql, from either place.
  outdir: path.join(OUT, 'cli'),
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
await copyFile(path.join(ROOT, 'server', 'schema.graphql'), path.join(OUT, 'schema.graphql'));
