import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import rules that keep the layers apart (README "Architecture"): pages → components → api. */
const boundary = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const PAGES = {
  regex: String.raw`(^|/)pages/`,
  message: 'Only src/routes.tsx imports pages; put what two pages share in src/components/.',
};
const OTHER_PAGE = {
  // A page's own folder is "./…"; reaching into another page goes through "../<page>/…" or "…/pages/…".
  regex: String.raw`^\.\./(?!\.\.)[^/]+/|(^|/)pages/`,
  message: 'A page imports only its own folder, src/components/ and src/api/; move shared pieces to src/components/.',
};
const UI = {
  regex: String.raw`(^|/)(components|pages)/|^\.\./(routes|app)$`,
  message: 'src/api/ talks to the server and imports no UI.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'build',
      'data',
      '.tmp',
      'src/api/gql',
      'server/graphql/generated',
      'public',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  // Type-aware: floating promises, misused promises, unsafe any (README "Development").
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Asymmetric matchers (expect.any, expect.stringMatching) and response.json() are typed `any`.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...pluginQuery.configs['flat/recommended-strict'],
  { files: ['e2e/**/*.ts'], ...playwright.configs['flat/recommended'] },

  boundary(
    ['src/components/**', 'src/api/**', 'src/test/**', 'src/app.tsx', 'src/main.tsx', 'src/query-client.ts'],
    [PAGES],
  ),
  boundary(['src/pages/**'], [OTHER_PAGE]),
  boundary(['src/api/**'], [UI]),
  // The server shares only the input rules with the dashboard, whatever folder its files are in.
  boundary(
    ['server/**'],
    [
      {
        regex: String.raw`(^|/)src/(?!api/schemas(\.ts)?$)`,
        message: 'The server imports nothing from src/ except src/api/schemas.ts (the shared input rules).',
      },
    ],
  ),
);
