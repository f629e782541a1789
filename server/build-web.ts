// Builds the dashboard into dist/ when it is missing or older than its sources.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { StartupError } from './config';

/** Everything that goes into dist/ (issue #5); node_modules changes need an explicit `npm run build`. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  // The directory's own mtime catches deleted files.
  let newest = info.mtimeMs;
  for (const child of await readdir(entry, { withFileTypes: true })) {
    if (child.name === 'node_modules' || child.name.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(path.join(entry, child.name)));
  }
  return newest;
}

/** Why dist/ must be (re)built, or null when it is up to date. */
export async function staleReason(root: string): Promise<string | null> {
  const built = await stat(path.join(root, 'dist', 'index.html')).catch(() => null);
  if (!built) return 'dist/ is missing';
  for (const source of SOURCES) {
    if ((await newestMtime(path.join(root, source))) > built.mtimeMs) return `${source} changed since the last build`;
  }
  return null;
}

/**
 * Runs `vite build` in a child process: an in-process build would leave the server holding
 * ~500 MB of bundler memory for its whole life. Vite prints its own warnings and errors.
 */
export async function buildWeb(root: string, signal?: AbortSignal): Promise<void> {
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(viteBin)) {
    throw new StartupError('The web app needs a build but Vite is not installed. Run npm install, then start again.');
  }
  const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    ...(signal && { signal }),
  });
  // Rejects with an AbortError when `signal` fires (the child is then killed).
  const [code] = (await once(child, 'exit', signal ? { signal } : {})) as [number | null];
  if (code !== 0) throw new StartupError('The web app failed to build (see above). Fix the error and start again.');
}
