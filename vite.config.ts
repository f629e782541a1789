import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const RECHARTS_CORE =
  /node_modules[\\/](recharts|@reduxjs|redux|redux-thunk|reselect|react-redux|immer|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/;
/** Imported by the chart components only (never by a page), so they may load with recharts. */
const CHART_PARTS = /[\\/]src[\\/]components[\\/]chart-parts\.tsx$/;
/** recharts modules that only PieChart, LineChart or ScatterChart import (not the bar charts every chart page draws). */
const RECHARTS_CHART_KINDS =
  /recharts[\\/]es6[\\/](chart[\\/](Pie|Polar|Line|Scatter)Chart|polar[\\/]Pie|state[\\/]ReportPolarOptions|state[\\/]selectors[\\/](pie|polar|line|scatter)Selectors|cartesian[\\/](Line|LineDrawShape|useAnimatedLineLength|Scatter|ZAxis)|component[\\/](ActivePoints|Dots)|shape[\\/](Dot|DotSymbol|Symbols)|util[\\/](getRadiusAndStrokeWidthFromDot|ScatterUtils))\.js$/;

// Plugins that keep code off the routes that do not use it (README "Performance").
const fromRoot = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** recharts' imports of d3-scale get only the scales this app's charts use (src/components/chart-scales.ts). */
const chartScales = (): Plugin => ({
  name: 'chart-scales',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source !== 'victory-vendor/d3-scale' || !importer || !/[\\/]recharts[\\/]/.test(importer)) return null;
    return fromRoot('./src/components/chart-scales.ts');
  },
});

/**
 * react-router's package exports only its development build to bundlers; the production one is the same code
 * without the developer warnings. Builds only: `npm run dev` and tests keep the warnings.
 */
const reactRouterProduction = (): Plugin => ({
  name: 'react-router-production',
  apply: 'build',
  enforce: 'pre',
  resolveId: (source) =>
    source === 'react-router' ? fromRoot('./node_modules/react-router/dist/production/index.mjs') : null,
});

const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** Each document's source text as written in src/api, mapped to the text the codegen sends for it. */
function generatedDocuments(): Map<string, string> {
  const texts = new Map(
    [
      ...readFileSync(fromRoot('./src/api/gql/graphql.ts'), 'utf8').matchAll(
        /^export const (\w+) = new TypedDocumentString\(`([^`]*)`/gm,
      ),
    ].map(([, name, text]) => [name!, text!]),
  );
  const sources = readFileSync(fromRoot('./src/api/gql/gql.ts'), 'utf8').matchAll(
    /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm,
  );
  return new Map([...sources].map(([, source, name]) => [JSON.parse(source!) as string, texts.get(name!) ?? '']));
}

/**
 * Each `graphql(`…`)` call becomes the text it returns at run time, the only thing the client sends
 * (src/api/client.ts). The call looked its text up in one map of all the app's documents, so the entry carried
 * every document; a module now carries only the ones it sends. Production builds only: tests keep the codegen's
 * own function.
 */
const graphqlDocuments = (): Plugin => {
  let documents = new Map<string, string>();
  return {
    name: 'graphql-documents',
    apply: 'build',
    // On the source as written, before TypeScript is stripped.
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments();
    },
    transform(code, id) {
      // The files codegen.ts reads documents from.
      if (!/[\\/]src[\\/]api[\\/](?!gql[\\/]|mocks[\\/]).*\.ts$/.test(id) || !code.includes('graphql(')) return null;
      return {
        code: code
          // Importing the function would evaluate the codegen's modules, every document with them.
          .replace(/^import \{ graphql \} from '(\.\.?\/)+gql';$/m, '')
          .replace(GRAPHQL_CALL, (_call, source: string) => {
            const text = documents.get(source);
            if (!text) throw new Error(`${id}: a graphql() document is not in src/api/gql; run npm run codegen`);
            return JSON.stringify(text);
          }),
        map: null,
      };
    },
  };
};

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), chartScales(), graphqlDocuments(), reactRouterProduction()],
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
              // recharts' shared core (state, axes, tooltip, bars), its own dependencies and the app's shared chart
              // parts in one chunk: one file compresses better than the many the automatic split makes. Packages
              // that other routes use too (react-is, clsx) stay out, or those routes would load this chunk. The modules only a
              // pie, line or scatter chart needs stay out as well, so they load with the charts that draw them
              // (README "Performance").
              name: 'recharts',
              test: (id) => (RECHARTS_CORE.test(id) || CHART_PARTS.test(id)) && !RECHARTS_CHART_KINDS.test(id),
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
