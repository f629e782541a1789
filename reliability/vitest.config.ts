// `npm run test:reliability`: slow suites that spawn the real server (crash consistency, load).
// Kept out of the root vitest projects; files run one at a time because each starts servers on
// fixed ports and needs the machine's cores to itself.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    name: 'reliability',
    environment: 'node',
    include: ['reliability/**/*.test.ts'],
    // The throwaway PostgreSQL cluster of the server suite, so the load test also runs on PostgreSQL.
    globalSetup: ['server/test-kit/postgres.ts'],
    fileParallelism: false,
    testTimeout: 420_000,
    hookTimeout: 120_000,
  },
});
