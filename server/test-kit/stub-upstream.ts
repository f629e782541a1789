// A stub Superb AI host of either generation (README "Dashboard for a Superb AI host (proxy)"): the contract's
// schema (./stub-schemas.ts), a few in-memory models, Basic auth, and errors as docs/api/newer-api.md §6.1 and
// §2 describe them: a document the schema does not know is a validation error without `path` and without data
// (HTTP 400, code GRAPHQL_VALIDATION_FAILED), an execution error has a path and a top-level `code`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from '../graphql/graphql';
import { createSchema } from 'graphql-yoga';
import { FIRST_GENERATION_SDL, newerApiSdl, type NewerApiRelease } from './stub-schemas';
import { firstGenerationResolvers, newerApiResolvers, seedStubCatalog, type StubCatalog } from './stub-catalog';

export type HostGeneration = 'first' | 'newer';

/** What the host runs: the first generation, or a release of the newer API (default v1.9.0). */
type HostSchema = 'first' | `newer@${NewerApiRelease}`;

// An older release's schema lacks some fields the resolvers serve (./stub-schemas.ts): those resolvers are unused.
const IGNORE_UNUSED_RESOLVERS = { requireResolversToMatchSchema: 'ignore' } as const;

const buildHostSchema = (key: HostSchema): GraphQLSchema =>
  key === 'first'
    ? createSchema({ typeDefs: FIRST_GENERATION_SDL, resolvers: firstGenerationResolvers })
    : createSchema({
        typeDefs: newerApiSdl(key.slice('newer@'.length) as NewerApiRelease),
        resolvers: newerApiResolvers,
        resolverValidationOptions: IGNORE_UNUSED_RESOLVERS,
      });

const schemaKey = (generation: HostGeneration, release: NewerApiRelease): HostSchema =>
  generation === 'first' ? 'first' : `newer@${release}`;

export interface StubUpstreamOptions {
  generation: HostGeneration;
  /** For the newer generation: the release the host runs (docs/api/newer-api.md §3.6). Default: v1.9.0. */
  release?: NewerApiRelease;
  /** The key callers must send as Basic auth. */
  accessKey: { accessKey: string; accessKeySecret: string };
  /** Default: a free port. */
  port?: number;
}

export interface StubUpstream {
  base: string;
  catalog: StubCatalog;
  /** Every document answered with validation errors so far, with their messages. */
  rejections: Array<{ query: string; messages: string[] }>;
  /** The host is upgraded (or downgraded) in place: its schema changes, its catalog stays. */
  setGeneration: (generation: HostGeneration, release?: NewerApiRelease) => void;
  close: () => Promise<void>;
}

type WireBody = { data?: unknown; errors?: unknown[] };

const wireError = (error: GraphQLError, fallbackCode: string) => {
  const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : fallbackCode;
  return { ...error.toJSON(), code, extensions: { ...error.extensions, code } };
};

function send(res: ServerResponse, status: number, body: WireBody) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startStubUpstream({
  generation,
  release = 'v1.9.0',
  accessKey,
  port = 0,
}: StubUpstreamOptions): Promise<StubUpstream> {
  const built = new Map<HostSchema, GraphQLSchema>();
  const schemaOf = (key: HostSchema) => built.get(key) ?? built.set(key, buildHostSchema(key)).get(key)!;
  let current = schemaKey(generation, release);
  const catalog = seedStubCatalog();
  const rejections: StubUpstream['rejections'] = [];
  const authorization = `Basic ${Buffer.from(`${accessKey.accessKey}:${accessKey.accessKeySecret}`).toString('base64')}`;

  async function answer(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST' || !['/graphql', '/graphql/'].includes(req.url ?? '')) {
      return send(res, 404, { errors: [{ message: 'Not found', code: 'NOT_FOUND' }] });
    }
    if (req.headers.authorization !== authorization) {
      return send(res, 401, { errors: [{ message: 'Invalid access key', code: 'UNAUTHENTICATED' }] });
    }
    let request: { query?: unknown; variables?: Record<string, unknown> | null };
    let document: DocumentNode;
    try {
      request = JSON.parse(await readBody(req)) as typeof request;
      document = parse(String(request.query));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Bad request';
      return send(res, 400, { errors: [wireError(new GraphQLError(message), 'GRAPHQL_PARSE_FAILED')] });
    }
    const schema = schemaOf(current);
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      rejections.push({ query: String(request.query), messages: invalid.map((e) => e.message) });
      return send(res, 400, { errors: invalid.map((e) => wireError(e, 'GRAPHQL_VALIDATION_FAILED')) });
    }
    const result = await execute({ schema, document, variableValues: request.variables ?? {}, contextValue: catalog });
    send(res, 200, {
      data: result.data ?? null,
      ...(result.errors && { errors: result.errors.map((e) => wireError(e, 'INTERNAL')) }),
    });
  }

  const server: Server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    catalog,
    rejections,
    setGeneration: (next, nextRelease = 'v1.9.0') => {
      current = schemaKey(next, nextRelease);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
