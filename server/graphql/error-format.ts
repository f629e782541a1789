// Every error leaves as { message, code, locations?, path?, extensions: { code, field? } } (README §3):
// the SDK reads the top-level `code`. Expected errors answer HTTP 200, crashes 500 (INTERNAL, masked).
import { GraphQLError, type ExecutionResult } from './graphql';
import type { Plugin } from 'graphql-yoga';
import { AppError, ERROR_CODES, type ErrorCode } from './errors';
import { wireError } from '../http/error-response';

/** Deepest cause of an error: graphql-js wraps resolver errors in located GraphQLErrors. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError != null) current = current.originalError;
  return current;
}

/**
 * PostgreSQL refusing text it cannot store (22021: NUL), e.g. in an id or a lookup name that no input rule
 * checks; SQLite just finds nothing. Bad input, so BAD_REQUEST rather than a crash the SDK would retry.
 */
const isUnstorableText = (error: unknown) => (error as { code?: unknown } | null)?.code === '22021';

/**
 * A new error at the place of `located`. graphql-js errors carry the document nodes they came from;
 * those of compiled execution (graphql-jit, see yoga.ts) carry only their line and column.
 */
function errorAt(located: GraphQLError | undefined, message: string, extensions: Record<string, unknown>) {
  const error = new GraphQLError(message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions,
  });
  if (error.locations === undefined && located?.locations !== undefined)
    (error as { locations: GraphQLError['locations'] }).locations = located.locations;
  return error;
}

/** yoga `maskedErrors.maskError`: AppErrors keep their code and message; anything unexpected is hidden. */
export function maskError(error: unknown): Error {
  const cause = rootCause(error);
  const located = error instanceof GraphQLError ? error : undefined;
  if (cause instanceof AppError)
    return errorAt(located, cause.message, {
      code: cause.code,
      ...(cause.field !== undefined && { field: cause.field }),
    });
  if (located !== undefined && cause instanceof GraphQLError) return located; // parse/validation/coercion
  if (isUnstorableText(cause))
    return errorAt(located, 'Text arguments must not contain NUL characters', {
      code: 'BAD_REQUEST' satisfies ErrorCode,
    });
  console.error('Unexpected error while handling a GraphQL request:', error);
  return errorAt(located, 'Unexpected error.', { code: 'INTERNAL' satisfies ErrorCode });
}

const httpOf = (error: GraphQLError) => error.extensions['http'];

/** HTTP status yoga gave a failure outside GraphQL proper (413, 400 bad JSON, 405 mutation by GET). */
function transportStatus(error: GraphQLError): number | undefined {
  const status = httpOf(error)?.status;
  return status !== undefined && status >= 400 ? status : undefined;
}

function toWire(error: GraphQLError) {
  const raw = error.extensions['code'];
  const code: ErrorCode = typeof raw === 'string' && ERROR_CODES.has(raw) ? (raw as ErrorCode) : 'BAD_REQUEST';
  const field = error.extensions['field'];
  return wireError(code, error.message, {
    locations: error.locations,
    path: error.path,
    field: typeof field === 'string' ? field : undefined,
  });
}

export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * The media type to answer with: application/graphql-response+json when the client's Accept lists it
 * before application/json (GraphQL over HTTP); otherwise application/json, which every older client reads.
 */
export function responseMediaType(request: Request): string {
  for (const part of (request.headers.get('accept') ?? '').split(',')) {
    const type = part.split(';')[0]?.trim().toLowerCase();
    if (type === GRAPHQL_RESPONSE_TYPE) return GRAPHQL_RESPONSE_TYPE;
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return 'application/json';
  }
  return 'application/json';
}

/**
 * application/json: parse, validation, variable and resolver errors answer 200 (README §3); crashes
 * 500. application/graphql-response+json: a request that never reached execution (no `data`) is 400.
 */
function statusOf(
  errors: readonly GraphQLError[],
  reachedGraphQL: boolean,
  hasData: boolean,
  mediaType: string,
): number {
  const codes = new Set(errors.map((e) => e.extensions['code']));
  if (codes.has('INTERNAL')) return 500;
  if (codes.has('UNAUTHENTICATED')) return 401;
  const transport = errors.map(transportStatus).find((s) => s !== undefined);
  // A mutation sent by GET is refused after parsing: 405, not a GraphQL error.
  if (transport === 405 || (!reachedGraphQL && transport !== undefined)) return transport;
  if (errors.length === 0) return 200;
  if (!reachedGraphQL) return 400;
  return mediaType === GRAPHQL_RESPONSE_TYPE && !hasData ? 400 : 200;
}

function respond(
  result: ExecutionResult,
  reachedGraphQL: boolean,
  mediaType: string,
  fetchAPI: { Response: typeof Response },
): Response {
  const errors = result.errors ?? [];
  const body: Record<string, unknown> = {};
  if (errors.length > 0) body['errors'] = errors.map(toWire);
  if ('data' in result) body['data'] = result.data;
  const status = statusOf(errors, reachedGraphQL, 'data' in result, mediaType);
  const text = JSON.stringify(body);
  return new fetchAPI.Response(text, {
    status,
    headers: {
      'Content-Type': `${mediaType}; charset=utf-8`,
      'Content-Length': String(Buffer.byteLength(text)),
      ...errors.map((e) => httpOf(e)?.headers).find((h) => h !== undefined),
    },
  });
}

/** Replaces yoga's result processor: one JSON shape and status policy for every answer. */
export function useErrorFormat(): Plugin {
  // Requests whose document reached the parser; anything failing earlier is an HTTP-level failure.
  const reachedGraphQL = new WeakSet<Request>();
  return {
    onParse({ context }) {
      const { request } = context as { request?: Request };
      if (request !== undefined) reachedGraphQL.add(request);
    },
    onResultProcess(payload) {
      const { request, result } = payload;
      if (Array.isArray(result) || Symbol.asyncIterator in result) return; // no batching or streams here
      const graphql = reachedGraphQL.has(request);
      const mediaType = responseMediaType(request);
      payload.setResultProcessor(
        (r, fetchAPI) => respond(r as ExecutionResult, graphql, mediaType, fetchAPI),
        mediaType,
      );
    },
  };
}
