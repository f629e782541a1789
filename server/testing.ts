// Test helpers: a fresh in-memory app and a GraphQL caller that speaks the wire protocol.
import { createApp, type AppOptions } from './yoga';
import { openStorage, type Storage } from './storage/db';

export interface WireError {
  message: string;
  code: string;
  path?: (string | number)[];
  extensions: { code: string; field?: string };
}

export interface WireResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: WireError[];
  body: Record<string, unknown>;
}

export async function setup(options: Omit<AppOptions, 'storage'> = {}) {
  const storage: Storage = await openStorage(':memory:');
  const app = createApp({ storage, ...options });

  /** POSTs { query, variables } the way the SDK does and parses the JSON answer. */
  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { path = '/graphql/', headers = {} }: { path?: string; headers?: Record<string, string> } = {},
  ): Promise<WireResult<T>> {
    const response = await app.fetch(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    return {
      status: response.status,
      body,
      data: body['data'] as T | null | undefined,
      errors: body['errors'] as WireError[] | undefined,
    };
  }

  /** Like gql, but fails the test unless the answer has data and no errors. */
  async function ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ): Promise<T> {
    const result = await gql<T>(query, variables, { headers: headers ?? {} });
    if (result.errors !== undefined || result.status !== 200 || result.data == null) {
      throw new Error(`Expected success, got ${result.status}: ${JSON.stringify(result.body)}`);
    }
    return result.data;
  }

  return { storage, app, gql, ok, close: () => storage.close() };
}

export type TestApi = Awaited<ReturnType<typeof setup>>;

export const MODEL_FIELDS = `id datasetId baselineModel name description
  trainingClasses { class annotationType ap trainingAnnotationsCount validationAnnotationsCount }
  trainingDataCount validationDataCount isPinned isTrained trainedAt modelContent { id downloadURL }
  createdBy createdAt updatedBy updatedAt meta
  trainingSlices { id name dataCount } validationSlices { id name dataCount }`;

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
