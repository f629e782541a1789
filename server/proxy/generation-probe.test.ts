import { describe, expect, it } from 'vitest';
import { classifyHost, isRejected, readProbe, type ProbeReading } from './generation-probe';

const validation = (message: string, extra: Record<string, unknown> = {}) => ({ errors: [{ message, ...extra }] });

describe('readProbe (docs/api/newer-api.md §6.3)', () => {
  it.each([401, 403])('HTTP %i is AUTH_FAILED, whatever the body', (status) => {
    expect(readProbe(status, { data: { models: null } })).toBe('AUTH_FAILED');
    expect(readProbe(status, 'Forbidden')).toBe('AUTH_FAILED');
  });

  it.each([
    ['top-level code UNAUTHENTICATED', { errors: [{ message: 'no', code: 'UNAUTHENTICATED' }] }],
    ['extensions.code FORBIDDEN', { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }], data: null }],
  ])('an error with %s is AUTH_FAILED even with HTTP 200', (_name, body) => {
    expect(readProbe(200, body)).toBe('AUTH_FAILED');
  });

  it.each([
    ['no JSON', undefined],
    ['a JSON array', [1]],
    ['a JSON string', 'hello'],
    ['an object without data or errors', { message: 'Not found' }],
  ])('%s is NOT_GRAPHQL', (_name, body) => {
    expect(readProbe(200, body)).toBe('NOT_GRAPHQL');
    expect(readProbe(502, body)).toBe('NOT_GRAPHQL');
  });

  it.each([
    ['a "Cannot query field" message', validation(`Cannot query field "status" on type "Model".`)],
    ['an "Unknown argument" message', validation(`Unknown argument "orderBy" on field "Query.models".`)],
    ['an "Unknown type" message', validation(`Unknown type "ModelOrderBy".`)],
    ['a missing required argument', validation('Argument "id" of type "ID!" is required, but it was not provided.')],
    [
      'a variable in the wrong position',
      validation('Variable "$x" of type "String" used in position expecting "ID!".'),
    ],
    ['the code GRAPHQL_VALIDATION_FAILED', validation('Something', { code: 'GRAPHQL_VALIDATION_FAILED' })],
    [
      'extensions.code GRAPHQL_VALIDATION_FAILED',
      validation('Else', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ],
    ['data null', { ...validation('Cannot query field "x" on type "Model".'), data: null }],
  ])('a pathless error with %s is rejected, as HTTP 200 or 400', (_name, body) => {
    expect(readProbe(200, body)).toBe('rejected');
    expect(readProbe(400, body)).toBe('rejected');
    expect(isRejected(body)).toBe(true);
  });

  it.each([
    ['data', { data: { models: { models: [], next: null, totalCount: 0 } } }],
    [
      'an execution error (it has a path)',
      { errors: [{ message: 'Dataset not found', code: 'NOT_FOUND', path: ['models'] }], data: null },
    ],
    [
      'a validation message beside data',
      { ...validation('Cannot query field "x" on type "Model".'), data: { models: null } },
    ],
    ['a pathless error that is no validation error', validation('Internal server error', { code: 'INTERNAL' })],
    [
      'one pathless validation error beside an execution error',
      {
        errors: [{ message: 'Cannot query field "x" on type "Model".' }, { message: 'boom', path: ['models'] }],
      },
    ],
    ['an empty errors list', { errors: [], data: null }],
  ])('%s is accepted', (_name, body) => {
    expect(readProbe(200, body)).toBe('accepted');
  });
});

describe('classifyHost (§6.3)', () => {
  const cases: Array<[ProbeReading, ProbeReading, string]> = [
    ['accepted', 'rejected', 'NEW'],
    ['rejected', 'accepted', 'OLD'],
    ['accepted', 'accepted', 'HYBRID'],
    ['rejected', 'rejected', 'UNKNOWN'],
    ['AUTH_FAILED', 'accepted', 'AUTH_FAILED'],
    ['accepted', 'AUTH_FAILED', 'AUTH_FAILED'],
    ['NOT_GRAPHQL', 'AUTH_FAILED', 'AUTH_FAILED'],
    ['NOT_GRAPHQL', 'accepted', 'NOT_GRAPHQL'],
    ['rejected', 'NOT_GRAPHQL', 'NOT_GRAPHQL'],
  ];
  it.each(cases)('NEW probe %s, OLD probe %s → %s', (newer, older, verdict) => {
    expect(classifyHost(newer, older)).toBe(verdict);
  });
});
