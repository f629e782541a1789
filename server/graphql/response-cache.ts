// Response cache for GraphQL queries: a repeated read skips execution and serialisation.
// An entry is keyed by query text, operation name and variables, and remembers the catalog version
// (storage/catalog-version.ts) it was computed at; it is served only while the database still holds
// that version. Every catalog write bumps the version in its own transaction, so no process on the
// database can serve a result older than the last committed write. Query results depend on nothing
// but the document, its variables and the stored data (auth runs before this, on every request).
// An answer is stored the second time its key is asked for: one-off queries (a new filter, the next
// page) do not push repeated ones out, hold no memory and skip the version reads.
import { createHash } from 'node:crypto';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { getOperationAST, OperationTypeNode, type ExecutionArgs } from './graphql';
import { bodyOf, resultOfBody } from './serialised-results';
import { readCatalogVersion } from '../storage/catalog-version';
import type { Db } from '../storage/db';

export interface ResponseCacheOptions {
  maxEntries?: number;
  /** Bound on the bodies and keys held, in characters (≈ bytes: the JSON is mostly ASCII). */
  maxChars?: number;
}

interface Entry {
  version: string;
  /** The response body, serialised once. */
  body: string;
}

/** Keys longer than this (huge variables) are not cached: one such request could crowd out the rest. */
const MAX_KEY_CHARS = 16_384;

/** Query text, operation name and variables as one string; null when not worth (or not possible) to cache. */
function cacheKey(query: string | undefined, operationName: unknown, variables: unknown): string | null {
  let key: string;
  try {
    key = JSON.stringify([query, operationName ?? null, variables ?? null]);
  } catch {
    return null; // variables nested too deep to serialise (the query itself may still run)
  }
  return key.length > MAX_KEY_CHARS ? null : key;
}

/** Needs useSerialisedResults, which writes the bodies it answers with. */
export function useResponseCache(
  db: Db,
  { maxEntries = 1_000, maxChars = 8 * 1024 * 1024 }: ResponseCacheOptions = {},
): Plugin<YogaInitialContext> {
  const cache = new LRUCache<string, Entry>({
    max: maxEntries,
    maxSize: maxChars,
    sizeCalculation: (entry, key) => entry.body.length + key.length,
  });
  // Digests of the keys asked for once (neither key nor body is kept); a key asked for again is stored.
  const seen = new LRUCache<string, true>({ max: maxEntries * 4 });
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      // envelop types `args` loosely; these are graphql's execution arguments.
      const { document, operationName } = args as ExecutionArgs;
      if (getOperationAST(document, operationName)?.operation !== OperationTypeNode.QUERY) return;
      const key = cacheKey(args.contextValue.params.query, operationName, args.variableValues);
      if (key === null) return;
      const hit = cache.get(key);
      if (hit === undefined) {
        const digest = createHash('sha1').update(key).digest('base64');
        if (!seen.has(digest)) {
          seen.set(digest, true);
          return { onExecuteDone: ({ result }) => void bodyOf(result) };
        }
      }
      const version = await readCatalogVersion(db);
      if (hit?.version === version) {
        setResultAndStopExecution(resultOfBody(hit.body));
        return;
      }
      return {
        async onExecuteDone({ result }) {
          const body = bodyOf(result);
          // A write committed while this ran may be half in the result: store only if none did.
          if (body !== undefined && (await readCatalogVersion(db)) === version) cache.set(key, { version, body });
        },
      };
    },
  };
}
