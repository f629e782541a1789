// createApp: the GraphQL API as a yoga instance. Use it as a Node request listener (main.ts) or call
// `app.fetch(request)` in tests; it answers POST /graphql, /graphql/ and /system/graphql/.
import { readFileSync } from 'node:fs';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { useContentEncoding } from '@whatwg-node/server';
import { createSchema, createYoga } from 'graphql-yoga';
import { useAccessRules, type AccessKeyPair, type Authenticate } from './access';
import type { Context } from './context';
import { useDocumentLimits } from './document-limits';
import { getOperationAST, getVariableValues, type DocumentNode } from './graphql';
import { maskError, useErrorFormat } from './error-format';
import type { Resolvers } from './generated/resolvers';
import { createLoaders } from './resolvers/loaders';
import { datasetMutations, datasetQueries } from './resolvers/datasets';
import { Model, modelMutations, modelQueries } from './resolvers/models';
import { useResponseCache } from './response-cache';
import { sliceMutations, sliceQueries } from './resolvers/slices';
import { DateTime, JSONObject } from './scalars';
import type { Storage } from './storage/db';

export type { AccessKeyPair, Authenticate } from './access';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

const resolvers: Resolvers = {
  DateTime,
  JSONObject,
  Query: { ...modelQueries, ...sliceQueries, ...datasetQueries },
  Mutation: { ...modelMutations, ...sliceMutations, ...datasetMutations },
  Model,
};

export const schema = createSchema<Context>({ typeDefs, resolvers });

/**
 * Executes queries as JavaScript compiled once per document (graphql-jit): a 50-model page
 * resolves ~1,700 fields, which graphql-js walks one by one (README "Performance"). The rest
 * (mutations, few and small; subscriptions; variables that graphql-js refuses; a document's first
 * run) is left to graphql-js, so those answers keep its wording and codes.
 */
function useCompiledExecution() {
  // Compiling costs more than running a document once: only documents run before are compiled,
  // so a client sending ever-new documents cannot make the server compile for each of them.
  const runs = new WeakMap<DocumentNode, number>();
  return useGraphQlJit(
    {},
    {
      enableIf: ({ document, operationName, variableValues }) => {
        const operation = getOperationAST(document, operationName);
        if (operation?.operation !== 'query') return false;
        const run = (runs.get(document) ?? 0) + 1;
        runs.set(document, run);
        if (run < 2) return false;
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {});
        return coerced.errors === undefined;
      },
    },
  );
}

export interface AppOptions {
  storage: Storage;
  /** With keys set, every request needs Basic auth with one of them and /system/graphql/ is refused. */
  accessKeys?: readonly AccessKeyPair[] | undefined;
  /** Accepts requests that carry no valid Basic header, e.g. by session cookie; return the caller or null. */
  authenticate?: Authenticate | undefined;
  /** GraphiQL and introspection. */
  dev?: boolean | undefined;
}

export function createApp({ storage, accessKeys = [], authenticate, dev = false }: AppOptions) {
  const callers = new WeakMap<Request, string>();
  return createYoga<object, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) => ({
      storage,
      caller: callers.get(request) ?? 'local',
      loaders: createLoaders(storage.db),
    }),
    plugins: [
      useAccessRules({ accessKeys, authenticate }, callers),
      useDocumentLimits({ dev }),
      useErrorFormat(),
      // Repeated queries answer from memory while the catalog version in the database is unchanged.
      useResponseCache(storage.db),
      useCompiledExecution(),
      // Compressed answers when the client accepts them (the browser does; autocannon and the SDK may not).
      useContentEncoding(),
    ],
    maskedErrors: { maskError },
    maxRequestBodySize: MAX_BODY_BYTES,
    batching: false,
    multipart: false,
    cors: false,
    graphiql: dev,
    landingPage: false,
    logging: false,
  });
}

export type App = ReturnType<typeof createApp>;
