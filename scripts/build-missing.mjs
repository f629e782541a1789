// Runs before `npm start` (prestart): builds what is missing (build/ for the server, dist/ for the
// dashboard) or older than its sources, once. After `npm run build` and `npm prune --omit=dev` there
// is nothing to build and no build tool installed: the server starts from build/ as it is.
//   node scripts/build-missing.mjs          server and dashboard
//   node scripts/build-missing.mjs --web    dashboard only (end-to-end tests run the server with tsx)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(ROOT, ...parts);

/** Newest modification time under `entry` (the folder's own time catches deleted files). */
function newest(entry) {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let time = info.mtimeMs;
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    if (child.name === 'node_modules' || child.name.startsWith('.')) continue;
    time = Math.max(time, newest(path.join(entry, child.name)));
  }
  return time;
}

const targets = [
  {
    name: 'the server (build/)',
    output: at('build', 'cli', 'main.js'),
    sources: [at('server'), at('src', 'api', 'schemas.ts')],
    tool: at('node_modules', 'esbuild'),
    script: 'build:server',
  },
  {
    name: 'the dashboard (dist/)',
    output: at('dist', 'index.html'),
    sources: ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => at(p)),
    tool: at('node_modules', 'vite'),
    script: 'build:web',
  },
].filter((target) => !process.argv.includes('--web') || target.script === 'build:web');

for (const target of targets) {
  const built = existsSync(target.output) ? statSync(target.output).mtimeMs : 0;
  const stale = built > 0 && target.sources.some((source) => newest(source) > built);
  if (built > 0 && !stale) continue;
  if (!existsSync(target.tool)) {
    // A production install (no dev dependencies) keeps the build it was deployed with.
    if (built > 0) continue;
    console.error(
      `Error: ${target.name} is not built and the build tools are not installed. Run npm ci, then npm run build.`,
    );
    process.exit(1);
  }
  console.log(`Building ${target.name}${stale ? ': its sources changed since the last build' : ''}…`);
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', '--silent', target.script], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['run', '--silent', target.script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Error: building ${target.name} failed (see above). Fix the error and start again.`);
    process.exit(1);
  }
}
