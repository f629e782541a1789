// npm ci skips an optional platform binary without failing when its download fails, and the
// build then breaks much later; this names the missing ones right after install.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const load = {
  lightningcss: () => require('lightningcss'),
  esbuild: () => require('esbuild'),
  'better-sqlite3': () => new (require('better-sqlite3'))(':memory:').close(),
  rolldown: () => import('rolldown'),
};
const missing = [];
for (const [name, check] of Object.entries(load)) {
  try {
    await check();
  } catch (error) {
    missing.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
}
if (missing.length > 0) {
  console.error(`Native modules that do not load:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
