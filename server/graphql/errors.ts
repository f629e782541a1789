// Expected failures. Storage and resolvers throw AppError; error-format.ts turns it into a GraphQL error
// carrying `code` at the top level (the SDK reads errors[i].code) and in extensions.code.
import type * as z from 'zod';

export type ErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'UNAUTHENTICATED' | 'INTERNAL';

export const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'NOT_FOUND',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'INTERNAL',
]);

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Input path the error is about, e.g. "trainingClasses.0.ap", so forms can place it. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string, field?: string) => new AppError('NOT_FOUND', message, field);
export const badRequest = (message: string, field?: string) => new AppError('BAD_REQUEST', message, field);

/** Validates resolver arguments against a rule from src/api/schemas.ts; the first issue becomes the error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fieldPrefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...(fieldPrefix === undefined ? [] : [fieldPrefix]), ...(issue?.path ?? []).map(String)].join('.');
  throw badRequest(issue?.message ?? 'Invalid input', path === '' ? undefined : path);
}
