// The columns a write sets from its arguments: an argument left out (undefined) leaves its column as it
// is, null clears it. Used by the newer API's model writes and by diagnosis writes.

/** The entries whose value was passed. */
export function passedColumns<T extends object>(values: { [K in keyof T]: T[K] | undefined }): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A JSON argument as column text; undefined (not passed) and null (clear) stay as they are. */
export const jsonColumn = (value: unknown): string | null | undefined =>
  value === undefined || value === null ? value : JSON.stringify(value);
