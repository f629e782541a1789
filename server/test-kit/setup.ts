// Test helpers: a fresh app on either engine and a GraphQL caller that speaks the wire protocol.
import { createServer, request, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, inject } from 'vitest';
import type { AccessKeyPair } from '../auth/access';
import { createHttpApp, type HttpApp } from '../http/app';
import { post, postOk, type Answer } from './graphql';
import { createDatabase } from './postgres';
import { createProxy, type ProxyOptions } from '../proxy/proxy';
import { createHostApiDetector, type HostApiOptions } from '../proxy/host-api';
import { createIssuedFiles } from '../proxy/issued-files';
import { createSessions } from '../auth/sessions';
import { createApp, type AppOptions } from '../graphql/yoga';
import { bumpCatalogVersion } from '../storage/catalog-version';
import { openStorage, type Storage } from '../storage/db';

export type Engine = Storage['dialect'];

/** Admin URL of the test cluster started by test-kit/postgres.ts; null without PostgreSQL. */
const postgresUrl = inject('postgresUrl');

/** Engines the storage- and API-level suites run on: `describe.each(engines)`. */
export const engines: Engine[] = postgresUrl === null ? ['sqlite'] : ['sqlite', 'postgres'];

/** Creates an empty database on the test cluster and returns its URL. */
export function createPostgresDatabase(): Promise<string> {
  if (postgresUrl === null) throw new Error('No PostgreSQL test cluster: test-kit/postgres.ts found no binaries');
  return createDatabase(postgresUrl);
}

let fileDatabase: Promise<string> | undefined;

/** URL of a PostgreSQL database of this test file's own, created on first use. */
export function postgresDatabaseUrl(): Promise<string> {
  fileDatabase ??= createPostgresDatabase();
  return fileDatabase;
}

let fileStorage: Promise<Storage> | undefined;
// The file's shared PostgreSQL connection pool closes once its tests are done.
afterAll(async () => {
  await (await fileStorage)?.close();
});

/**
 * Empty storage: a new `:memory:` SQLite, or this file's PostgreSQL database with its data deleted,
 * on a connection pool shared by the file's tests (its close() does nothing), or on a pool of its
 * own with `ownPool` (a second server process, say).
 */
export async function openTestStorage(engine: Engine, { ownPool = false } = {}): Promise<Storage> {
  if (engine === 'sqlite') return openStorage(':memory:');
  let storage: Storage;
  if (ownPool) {
    storage = await openStorage(await postgresDatabaseUrl());
  } else {
    fileStorage ??= postgresDatabaseUrl().then(openStorage);
    storage = { ...(await fileStorage), close: () => Promise.resolve() };
  }
  // Every other table's rows hang off a model or a dataset (cascades); the cursor secret stays.
  // Models first: slices still linked to a model cannot go (README §11).
  await storage.db.deleteFrom('models').execute();
  await storage.db.deleteFrom('datasets').execute();
  // Like any catalog write: no server on this database may answer from before the reset.
  await bumpCatalogVersion(storage.db);
  return storage;
}

export type { WireError } from './graphql';
export type WireResult<T = Record<string, unknown>> = Answer<T>;

/** An app on `storage`, in process, with the two ways tests post GraphQL to it. */
export function inProcess(storage: Storage, options: Omit<AppOptions, 'storage'> = {}) {
  const app = createApp({ storage, ...options });

  /** POSTs { query, variables } the way the SDK does, in process, and parses the JSON answer. */
  const gql = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { path = '/graphql/', headers = {} }: { path?: string; headers?: Record<string, string> } = {},
  ) => post<T>(`http://localhost${path}`, query, variables, { headers, fetch: app.fetch });

  /** Like gql, but fails the test unless the answer has data and no errors. */
  const ok = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => postOk<T>('http://localhost/graphql/', query, variables, { headers, fetch: app.fetch });

  return { app, gql, ok };
}

export async function setup({
  engine = 'sqlite',
  ownPool = false,
  ...options
}: Omit<AppOptions, 'storage'> & { engine?: Engine; ownPool?: boolean } = {}) {
  const storage = await openTestStorage(engine, { ownPool });
  return { storage, ...inProcess(storage, options), close: () => storage.close() };
}

export type TestApi = Awaited<ReturnType<typeof setup>>;

export const MODEL_FIELDS = `id datasetId baselineModel name description
  trainingClasses { class annotationType ap trainingAnnotationsCount validationAnnotationsCount }
  trainingDataCount validationDataCount isPinned isTrained trainedAt modelContent { id downloadURL }
  createdBy createdAt updatedBy updatedAt meta
  trainingSlices { id name dataCount } validationSlices { id name dataCount }`;

/** A model as the list tests select it. */
export interface ListRow {
  id: string;
  name: string;
  isPinned: boolean;
  isTrained: boolean;
  createdAt: string;
}

/** The answer of a `models` query: one page of `Row`s. */
export interface ModelsPage<Row = ListRow> {
  models: { models: Row[]; next: string | null; totalCount: number };
}

/** Pin, unpin and update of a model `$id` of dataset `$d`, answering its id (concurrent-writer suites). */
export const PIN = 'mutation($d: ID!, $id: ID!){ pinModel(datasetId: $d, id: $id) { id } }';
export const UNPIN = 'mutation($d: ID!, $id: ID!){ unpinModel(datasetId: $d, id: $id) { id } }';
export const UPDATE = `mutation($d: ID!, $id: ID!, $description: String, $isTrained: Boolean, $meta: JSONObject) {
  updateModel(datasetId: $d, id: $id, description: $description, isTrained: $isTrained, meta: $meta) { id }
}`;

/** Creates a dataset and returns its id. */
export async function createDataset(api: TestApi, name = 'ds'): Promise<string> {
  const data = await api.ok<{ createDataset: { id: string } }>(
    'mutation($name: String!){ createDataset(name: $name) { id } }',
    { name },
  );
  return data.createDataset.id;
}

export async function createSlice(
  api: TestApi,
  datasetId: string,
  name: string,
  dataCount?: number | null,
): Promise<string> {
  const data = await api.ok<{ createSlice: { id: string } }>(
    'mutation($datasetId: String!, $name: String!, $dataCount: Int){ createSlice(datasetId: $datasetId, name: $name, dataCount: $dataCount) { id } }',
    { datasetId, name, ...(dataCount !== undefined && { dataCount }) },
  );
  return data.createSlice.id;
}

export async function createModel(
  api: TestApi,
  datasetId: string,
  variables: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const data = await api.ok<{ createModel: { id: string } }>(
    `mutation($datasetId: ID!, $name: String!, $baselineModel: String!, $trainingSliceIds: [ID!]!, $validationSliceIds: [ID!]!,
      $isPinned: Boolean, $isTrained: Boolean, $trainingClasses: [ModelTrainClassInput!]) {
      createModel(datasetId: $datasetId, name: $name, baselineModel: $baselineModel, trainingSliceIds: $trainingSliceIds,
        validationSliceIds: $validationSliceIds, isPinned: $isPinned, isTrained: $isTrained, trainingClasses: $trainingClasses) { id }
    }`,
    { datasetId, name: 'model', baselineModel: 'yolov8n', trainingSliceIds: [], validationSliceIds: [], ...variables },
  );
  return data.createModel;
}

/** Serves an HTTP app (or a plain Node request handler) on a free loopback port. */
export async function listen(app: HttpApp | RequestListener): Promise<{ base: string; server: Server }> {
  const server = createServer(typeof app === 'function' ? app : app.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export const closeServer = (server: Server) => new Promise((resolve) => server.close(resolve));

/** A proxy-mode server (README "Dashboard for a Superb AI host") in front of `options.host`, as main.ts wires it. */
export async function startProxy({
  accessKeys = [],
  log = () => undefined,
  ...options
}: ProxyOptions & Pick<HostApiOptions, 'log'> & { accessKeys?: AccessKeyPair[] }) {
  const sessions = createSessions(accessKeys, { failureDelayMs: 0 });
  const hostApi = createHostApiDetector({ ...options, log });
  const issuedFiles = createIssuedFiles(options);
  const api = createProxy({ ...options, hostApi, issuedFiles });
  return listen(
    createHttpApp({
      api,
      capabilities: hostApi.capabilities,
      upstreamFile: issuedFiles.fetchFile,
      accessKeys,
      sessions,
    }),
  );
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as text; `bytes` as sent (compressed bodies stay compressed). */
  body: string;
  bytes: Buffer;
}

/** One request through node:http, so any Host, Origin or encoding is sent and seen as is (fetch would hide them). */
export function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
