import { describe, expect, it } from 'vitest';
import { AppError } from '../graphql/errors';
import { decodeCursor, encodeCursor } from './cursor';

const secret = Buffer.alloc(32, 7);
const position = { createdAt: '2025-01-01T00:00:00.000Z', id: 'abc' };

function refused(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('cursor', () => {
  it('round-trips for the scope it was issued for', () => {
    const cursor = encodeCursor(secret, 'models\nd1\nf', position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(decodeCursor(secret, 'models\nd1\nf', cursor)).toEqual(position);
  });

  it('refuses another scope, another secret, tampering and garbage with BAD_REQUEST', () => {
    const cursor = encodeCursor(secret, 'models\nd1\nf', position);
    const [payload, mac] = cursor.split('.') as [string, string];
    const forgedPayload = Buffer.from(JSON.stringify(['2099-01-01T00:00:00.000Z', 'zzz'])).toString('base64url');
    for (const attempt of [
      () => decodeCursor(secret, 'models\nd2\nf', cursor),
      () => decodeCursor(secret, 'models\nd1\ng', cursor),
      () => decodeCursor(Buffer.alloc(32, 8), 'models\nd1\nf', cursor),
      () => decodeCursor(secret, 'models\nd1\nf', `${forgedPayload}.${mac}`),
      () => decodeCursor(secret, 'models\nd1\nf', `${payload}.${mac.slice(0, -2)}AA`),
      () => decodeCursor(secret, 'models\nd1\nf', payload),
      () => decodeCursor(secret, 'models\nd1\nf', 'not a cursor'),
      () => decodeCursor(secret, 'models\nd1\nf', ''),
    ]) {
      const error = refused(attempt);
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.field).toBe('cursor');
    }
  });
});
