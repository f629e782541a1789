// Keyset page assembly shared by the list queries.
import { encodeCursor, type CursorPosition } from './cursor';

export interface Page<T> {
  items: T[];
  next: string | null;
}

/** `rows` were fetched with limit length + 1; the extra row only says whether another page exists. */
export function toPage<R extends { created_at: string; id: string }, T>(
  rows: R[],
  length: number,
  map: (row: R) => T,
  cursor: { secret: Buffer; scope: string },
): Page<T> {
  const pageRows = rows.slice(0, length);
  const last = pageRows.at(-1);
  const next =
    rows.length > length && last !== undefined
      ? encodeCursor(cursor.secret, cursor.scope, { createdAt: last.created_at, id: last.id } satisfies CursorPosition)
      : null;
  return { items: pageRows.map(map), next };
}
