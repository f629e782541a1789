// Servers that e2e specs start themselves, beside the shared one from playwright.config.ts.
import { rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { spawnServer } from '../server/test-kit/spawn-server';

export interface SpawnedServer {
  baseURL: string;
  /** Stops the server and resolves once its process has exited (its port then refuses connections). */
  stop: () => Promise<void>;
}

/**
 * Starts `server/cli/main.ts` with `args` on `port` and waits until it listens. A fresh SQLite file per
 * port unless the args say otherwise; MODEL_CATALOG_WEB_DIR, when set, serves a prebuilt app.
 */
export async function startServer(
  port: number,
  args: string[],
  env: Record<string, string> = {},
): Promise<SpawnedServer> {
  const db = `.tmp/e2e-spawned-${port}.db`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const server = await spawnServer(['--port', String(port), '--db', db, ...args], { env, baseEnv: process.env });
  return { baseURL: `http://127.0.0.1:${port}`, stop: async () => void (await server.stop()) };
}

export interface AccessKey {
  accessKey: string;
  accessKeySecret: string;
}

/** `startServer` with one access key (through the environment, as a deployment sets it) and its `args`. */
export function startServerWithKey(port: number, key: AccessKey, args: string[] = ['--seed', 'demo']) {
  return startServer(port, args, {
    MODEL_CATALOG_ACCESS_KEY: key.accessKey,
    MODEL_CATALOG_ACCESS_KEY_SECRET: key.accessKeySecret,
  });
}

/** Runs one GraphQL operation on the config's server (or on `origin`, a spawned one) and returns its data. */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  origin = '',
): Promise<T> {
  // A fresh connection each time: reusing one the server's 5 s keep-alive is closing gives ECONNRESET.
  const response = await request.post(`${origin}/graphql/`, {
    data: { query, variables },
    headers: { connection: 'close' },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; code?: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  return body.data as T;
}

export interface SeedModel {
  name: string;
  pinned?: boolean;
  trained?: boolean;
  /** AP per class ("box" annotations). */
  aps?: Record<string, number>;
  meta?: Record<string, unknown>;
}

export interface SeededDataset {
  datasetId: string;
  /** Model ids by name. */
  ids: Record<string, string>;
  /** Deletes the dataset with its models. */
  remove: () => Promise<unknown>;
}

/** A dataset of its own for one test, created through GraphQL; `remove` it in teardown. */
export async function seedDataset(
  request: APIRequestContext,
  models: SeedModel[],
  origin = '',
): Promise<SeededDataset> {
  const name = `e2e ${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const { createDataset } = await gql<{ createDataset: { id: string } }>(
    request,
    'mutation ($name: String!) { createDataset(name: $name) { id } }',
    { name },
    origin,
  );
  const datasetId = createDataset.id;
  const ids: Record<string, string> = {};
  for (const model of models) {
    const { createModel } = await gql<{ createModel: { id: string } }>(
      request,
      `mutation ($d: ID!, $n: String!, $p: Boolean, $t: Boolean, $c: [ModelTrainClassInput!], $m: JSONObject) {
        createModel(datasetId: $d, name: $n, baselineModel: "yolov8s", trainingSliceIds: [], validationSliceIds: [],
          isPinned: $p, isTrained: $t, trainingClasses: $c, meta: $m) { id }
      }`,
      {
        d: datasetId,
        n: model.name,
        p: model.pinned ?? false,
        t: model.trained ?? model.aps !== undefined,
        c: Object.entries(model.aps ?? {}).map(([name, ap]) => ({ class: name, annotationType: 'box', ap })),
        m: model.meta ?? null,
      },
      origin,
    );
    ids[model.name] = createModel.id;
  }
  const remove = () => gql(request, 'mutation ($d: ID!) { deleteDataset(datasetId: $d) }', { d: datasetId }, origin);
  return { datasetId, ids, remove };
}

export interface DemoDataset {
  /** `/datasets/<id>`: the dataset's pages start with it. */
  base: string;
  /** Its models' ids, newest first. */
  ids: string[];
}

/** The demo data's "Traffic cameras" dataset (the config's server seeds it, or `origin`'s) and its models. */
export async function demoDataset(request: APIRequestContext, origin = ''): Promise<DemoDataset> {
  const { datasets } = await gql<{ datasets: { datasets: Array<{ id: string; name: string }> } }>(
    request,
    'query { datasets(length: 50) { datasets { id name } } }',
    {},
    origin,
  );
  const dataset = datasets.datasets.find((d) => d.name === 'Traffic cameras');
  if (!dataset) throw new Error('The demo dataset "Traffic cameras" is missing');
  const { models } = await gql<{ models: { models: Array<{ id: string }> } }>(
    request,
    'query ($d: ID!) { models(datasetId: $d, length: 50) { models { id } } }',
    { d: dataset.id },
    origin,
  );
  return { base: `/datasets/${dataset.id}`, ids: models.models.map((m) => m.id) };
}

export interface DemoEvaluation {
  id: string;
  name: string;
  modelId: string | null;
  scoreValue: number | null;
}

/** The demo's evaluations (diagnoses) of a dataset, newest first (README "Evaluations"). */
export async function demoEvaluations(
  request: APIRequestContext,
  base: string,
  origin = '',
): Promise<DemoEvaluation[]> {
  const { diagnoses } = await gql<{ diagnoses: { diagnoses: DemoEvaluation[] } }>(
    request,
    'query ($d: ID!) { diagnoses(datasetId: $d, length: 50) { diagnoses { id name modelId scoreValue } } }',
    { d: base.replace('/datasets/', '') },
    origin,
  );
  return diagnoses.diagnoses;
}

/** Serious and critical axe violations (WCAG 2.1 A/AA and best practice) on the page, or inside `include`. */
export async function blockingAxeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
