// DateTime, JSONObject and JSON scalars. Input rules come from src/api/schemas.ts (parseDateTime).
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from './graphql';
import { parseDateTime } from '../../src/api/schemas';

const invalid = (message: string, node?: ValueNode) =>
  new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_REQUEST' } });

function parseDateTimeInput(value: unknown, node?: ValueNode): string {
  const parsed = typeof value === 'string' ? parseDateTime(value) : null;
  if (parsed === null) {
    throw invalid(
      'DateTime must be an ISO 8601 date-time string, e.g. 2025-11-04T09:07:46Z (no offset means UTC)',
      node,
    );
  }
  return parsed;
}

// The stored form: RFC 3339 UTC with milliseconds. Output skips re-parsing values already in it.
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => (typeof value === 'string' && CANONICAL.test(value) ? value : parseDateTimeInput(value)),
  parseValue: (value) => parseDateTimeInput(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('DateTime must be a string', ast);
    return parseDateTimeInput(ast.value, ast);
  },
});

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function literalToJson(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.ENUM:
      return ast.value;
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value] ?? null;
  }
}

export const JSONObject = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  serialize: (value) => {
    if (!isPlainObject(value)) throw new GraphQLError('JSONObject cannot represent a non-object value');
    return value;
  },
  parseValue: (value) => {
    if (!isPlainObject(value)) throw invalid('JSONObject must be a JSON object (not an array, string, number or null)');
    return value;
  },
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) throw invalid('JSONObject must be a JSON object', ast);
    return literalToJson(ast, variables) as Record<string, unknown>;
  },
});

/** Any JSON value (history's before/after values): output only, as stored. */
export const JSONValue = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});
