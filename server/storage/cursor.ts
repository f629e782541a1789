// Opaque list cursors: base64url position + HMAC over (list, dataset, normalised filter, position).
// A cursor is only accepted for the list/dataset/filter it was issued for (README §12); the secret
// lives in the database, so every server process on one database accepts the others' cursors.
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { badRequest } from '../graphql/errors';

export interface CursorPosition {
  createdAt: string;
  id: string;
}

const MAC_BYTES = 16;

// A key object per secret: made once, it spares every cursor importing the raw key again.
const keys = new WeakMap<Buffer, KeyObject>();

function mac(secret: Buffer, scope: string, payload: string): Buffer {
  let key = keys.get(secret);
  if (key === undefined) keys.set(secret, (key = createSecretKey(secret)));
  return createHmac('sha256', key).update(`${scope}\n${payload}`).digest().subarray(0, MAC_BYTES);
}

/** `scope` names what the cursor is bound to, e.g. `models\n<datasetId>\n<filter key>`. */
export function encodeCursor(secret: Buffer, scope: string, position: CursorPosition): string {
  const payload = Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
  return `${payload}.${mac(secret, scope, payload).toString('base64url')}`;
}

export function decodeCursor(secret: Buffer, scope: string, cursor: string): CursorPosition {
  const refuse = () =>
    badRequest('Invalid cursor: pass back the `next` value of a page with the same dataset and filter', 'cursor');
  const [payload, signature, extra] = cursor.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined || cursor.length > 1_000) throw refuse();
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, scope, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 2 ||
    typeof decoded[0] !== 'string' ||
    typeof decoded[1] !== 'string'
  ) {
    throw refuse();
  }
  return { createdAt: decoded[0], id: decoded[1] };
}
