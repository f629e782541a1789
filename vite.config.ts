import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const RECHARTS_CORE =
  /node_modules[\\/](recharts|@reduxjs|redux|redux-thunk|reselect|react-redux|immer|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/;
/** recharts modules that only PieChart, LineChart or ScatterChart import (not the bar charts every chart page draws). */
const RECHARTS_CHART_KINDS =
  /recharts[\\/]es6[\\/](chart[\\/](Pie|Polar|Line|Scatter)Chart|polar[\\/]Pie|state[\\/]ReportPolarOptions|state[\\/]selectors[\\/](pie|polar|line|scatter)Selectors|cartesian[\\/](Line|LineDrawShape|useAnimatedLineLength|Scatter|ZAxis)|component[\\/](ActivePoints|Dots)|shape[\\/](Dot|DotSymbol|Symbols)|util[\\/](getRadiusAndStrokeWidthFromDot|ScatterUtils))\.js$/;

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
              // recharts' shared core (state, axes, tooltip, bars) and its own dependencies in one chunk: one file
              // compresses better than the many the automatic split makes. Packages that other routes use too
              // (react-is, clsx) stay out, or those routes would load this chunk. The modules only a pie, line or
              // scatter chart needs stay out as well, so they load with the charts that draw them (README
              // "Performance").
              name: 'recharts',
              test: (id) => RECHARTS_CORE.test(id) && !RECHARTS_CHART_KINDS.test(id),
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
