// The GraphQL API: a yoga instance (createGraphQL) mounted in the HTTP app behind the access rules.
// createApp is that app without web files, for tests and in-process callers: `app.fetch(url, init)`
// answers GET and POST on /graphql, /graphql/ and /system/graphql/.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga } from 'graphql-yoga';
import { LOCAL_CALLER, type AccessKeyPair, type Authenticate } from '../auth/access';
import type { Context } from './context';
import { useDocumentLimits } from './document-limits';
import { compileGate } from './compile-gate';
import { maskError, useErrorFormat } from './error-format';
import { createLoaders } from './resolvers/loaders';
import { useResponseCache } from './response-cache';
import { useQueryWorker, type QueryWorker } from './query-worker/query-worker';
import { useSerialisedResults } from './serialised-results';
import { schema } from './executable-schema';
import { createContentFiles } from '../contents/file-routes';
import { createContentUrls, requestOrigin, type ContentUrls } from '../contents/signed-urls';
import type { Storage } from '../storage/db';
import { createHttpApp, type ApiHandler } from '../http/app';

export type { AccessKeyPair, Authenticate } from '../auth/access';
export { MAX_BODY_BYTES } from '../http/app';

/**
 * Executes queries as JavaScript compiled once per document (graphql-jit): a 50-model page
 * resolves ~1,700 fields, which graphql-js walks one by one (README "Performance"). The rest
 * (compileGate) is left to graphql-js, so those answers keep its wording and codes.
 */
const useCompiledExecution = () => useGraphQlJit({}, { enableIf: compileGate() });

export interface GraphQLOptions {
  storage: Storage;
  /** GraphiQL and introspection. */
  dev?: boolean | undefined;
  /** Signs the content file URLs the content mutations answer with; by default with the database's secret. */
  contentUrls?: ContentUrls | undefined;
  /** Runs executed queries on a second thread (README "Performance"); without it they run on this one. */
  queryWorker?: QueryWorker | undefined;
}

/** What the HTTP app hands yoga besides the request: the caller its access rules admitted. */
interface ServerContext {
  caller?: string;
}

export function createGraphQL({
  storage,
  dev = false,
  contentUrls = createContentUrls(storage.contentUrlSecret),
  queryWorker,
}: GraphQLOptions) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ caller, request }) => ({
      storage,
      caller: caller ?? LOCAL_CALLER,
      loaders: createLoaders(storage.db),
      contentUrls,
      origin: requestOrigin(request),
    }),
    plugins: [
      useDocumentLimits({ dev }),
      useErrorFormat(),
      useSerialisedResults(),
      // Repeated queries answer from memory while the catalog version in the database is unchanged.
      useResponseCache(storage.db),
      ...(queryWorker === undefined ? [] : [useQueryWorker(queryWorker)]),
      useCompiledExecution(),
    ],
    maskedErrors: { maskError },
    batching: false,
    multipart: false,
    // The HTTP app limits request bodies before yoga sees them (http/app.ts); yoga's own limit would
    // pipe every body through web streams.
    maxRequestBodySize: false,
    cors: false,
    graphiql: dev,
    landingPage: false,
    logging: false,
  });
}

/** The yoga instance as the HTTP app's API. */
export function graphqlApi(options: GraphQLOptions): ApiHandler {
  const yoga = createGraphQL(options);
  // yoga answers with its own Response class, which the Node adapter can only stream chunk by chunk
  // (a buffer copy and a pass through web streams per request); as a plain string it goes out in one write.
  // Results the response cache serialised come as the platform's Response already.
  // handleRequest, not fetch: fetch races each answer against the request's abort signal (an
  // AbortController and a listener per request), which kept every answer reachable to the
  // young-generation collector until the next full collection, so each ~40 kB page was promoted to
  // the old generation (README "Performance"). A client that goes away just never reads its answer.
  return async (request, caller) => {
    const answer = await yoga.handleRequest(request, { caller });
    if (!(answer instanceof yoga.fetchAPI.Response)) return answer;
    return new Response(await answer.text(), {
      status: answer.status,
      statusText: answer.statusText,
      headers: new Headers(answer.headers),
    });
  };
}

export interface AppOptions extends GraphQLOptions {
  /** With keys set, every request needs Basic auth with one of them and /system/graphql/ is refused. */
  accessKeys?: readonly AccessKeyPair[] | undefined;
  /** Accepts requests that carry no valid Basic header, e.g. by session cookie; return the caller or null. */
  authenticate?: Authenticate | undefined;
  /** Largest file the content file routes store (--max-file-mb). */
  maxFileBytes?: number | undefined;
  /** Milliseconds since the epoch, for the content file URLs' expiry (tests move it). */
  clock?: (() => number) | undefined;
}

export function createApp({ storage, accessKeys, authenticate, dev, maxFileBytes, clock, queryWorker }: AppOptions) {
  const files = createContentFiles(storage, { maxFileBytes, clock });
  return createHttpApp({
    api: graphqlApi({ storage, dev, contentUrls: files.urls, queryWorker }),
    contentFiles: files.routes,
    accessKeys,
    authenticate,
    dev,
  });
}

export type App = ReturnType<typeof createApp>;
