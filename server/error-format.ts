// Every error leaves as { message, code, locations?, path?, extensions: { code, field? } } (README §3):
// the SDK reads the top-level `code`. Expected errors answer HTTP 200, crashes 500 (INTERNAL, masked).
import { GraphQLError, type ExecutionResult } from './graphql';
import type { Plugin } from 'graphql-yoga';
import { AppError, ERROR_CODES, type ErrorCode } from './errors';

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

interface HttpExtension {
  status?: number;
}

/** HTTP status yoga gave a failure before GraphQL started (413 body too large, 400 bad JSON or batching). */
function transportStatus(error: GraphQLError): number {
  const status = (error.extensions['http'] as HttpExtension | undefined)?.status;
  return status !== undefined && status >= 400 ? status : 400;
}

function wireError(error: GraphQLError) {
  const raw = error.extensions['code'];
  const code: ErrorCode = typeof raw === 'string' && ERROR_CODES.has(raw) ? (raw as ErrorCode) : 'BAD_REQUEST';
  const field = error.extensions['field'];
  return {
    message: error.message,
    code,
    ...(error.locations !== undefined && { locations: error.locations }),
    ...(error.path !== undefined && { path: error.path }),
    extensions: { code, ...(typeof field === 'string' && { field }) },
  };
}

/** Parse, validation, variable and resolver errors answer 200 (README §3); crashes 500. */
function statusOf(errors: readonly GraphQLError[], reachedGraphQL: boolean): number {
  const codes = new Set(errors.map((e) => e.extensions['code']));
  if (codes.has('INTERNAL')) return 500;
  if (codes.has('UNAUTHENTICATED')) return 401;
  if (reachedGraphQL || errors.length === 0) return 200;
  return Math.max(...errors.map(transportStatus));
}

function respond(result: ExecutionResult, reachedGraphQL: boolean, fetchAPI: { Response: typeof Response }): Response {
  const errors = result.errors ?? [];
  const body: Record<string, unknown> = {};
  if (errors.length > 0) body['errors'] = errors.map(wireError);
  if ('data' in result) body['data'] = result.data;
  const status = statusOf(errors, reachedGraphQL);
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      // A refused oversized body is not read to its end: the connection cannot carry another request.
      ...(status === 413 && { Connection: 'close' }),
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
    onResultProcess({ request, result, setResultProcessor }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return; // no batching or streams here
      const graphql = reachedGraphQL.has(request);
      setResultProcessor((r, fetchAPI) => respond(r as ExecutionResult, graphql, fetchAPI), 'application/json');
    },
  };
}
