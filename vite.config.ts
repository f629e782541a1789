import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    // `npm run dev`: Vite serves the app, the API server runs beside it.
    proxy: { '/graphql': apiTarget, '/auth': apiTarget, '/api': apiTarget, '/contents': apiTarget },
  },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry imports statically in the entry chunk itself, rather than split into small
            // chunks (React, the query client) that shared dynamic imports would otherwise pull out of it.
            { name: 'entry', tags: ['$initial'] },
            {
              // recharts and its own dependencies in one chunk: both chart routes load all of it, and one file
              // compresses better than the three the automatic split makes. Packages that other routes use too
              // (react-is, clsx) stay out, or those routes would load this chunk.
              name: 'recharts',
              test: /node_modules[\\/](recharts|@reduxjs|redux|redux-thunk|reselect|react-redux|immer|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          // Starts a throwaway PostgreSQL cluster so storage and API suites also run on PostgreSQL.
          globalSetup: ['server/test-kit/postgres.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
