// Results whose JSON body is already made (a response cache hit, a result the cache serialised to store
// it, an answer of the query worker): the body goes out as it is, never serialised twice.
import type { Plugin } from 'graphql-yoga';
import { responseMediaType } from './error-format';
import type { ExecutionResult } from './graphql';

const bodies = new WeakMap<object, string>();

const isExecutionResult = (result: unknown): result is ExecutionResult =>
  typeof result === 'object' && result !== null && !Array.isArray(result) && !(Symbol.asyncIterator in result);

/** A result standing for `body`, the `{ "data": … }` JSON text of a successful execution. */
export function resultOfBody(body: string): ExecutionResult {
  const result: ExecutionResult = {};
  bodies.set(result, body);
  return result;
}

/**
 * The body of a successful result, made once. Undefined for a result with errors or extensions (yoga
 * formats those) and for anything that is not a single result.
 */
export function bodyOf(result: unknown): string | undefined {
  if (!isExecutionResult(result)) return undefined;
  const made = bodies.get(result);
  if (made !== undefined) return made;
  if ((result.errors?.length ?? 0) > 0 || result.extensions !== undefined) return undefined;
  const body = JSON.stringify({ data: result.data });
  bodies.set(result, body);
  return body;
}

/** Put it after useErrorFormat: the bodies have the same `{ "data": … }` shape that plugin writes. */
export function useSerialisedResults(): Plugin {
  return {
    onResultProcess(payload) {
      const body = bodies.get(payload.result);
      if (body === undefined) return;
      const mediaType = responseMediaType(payload.request);
      // The platform's Response, not yoga's: served by the Node adapter it keeps the string as it is,
      // which goes to the socket in one write (yoga.ts graphqlApi passes it through).
      payload.setResultProcessor(
        () => new Response(body, { status: 200, headers: { 'Content-Type': `${mediaType}; charset=utf-8` } }),
        mediaType,
      );
    },
  };
}
