// Timestamps are ISO-8601 UTC text with milliseconds, so they sort as text on every dialect.
let last = 0;

/** Current time; strictly increasing within this process so creation order survives same-millisecond writes. */
export function now(): string {
  const t = Math.max(Date.now(), last + 1);
  last = t;
  return new Date(t).toISOString();
}

export const newId = (): string => crypto.randomUUID();
