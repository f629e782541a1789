// Flattens several models' `meta` objects into one row per JSON path (a tree, parents first),
// so the metadata diff can show a column per model and mark the paths where they disagree.

/** A model whose meta lacks the path (different from an explicit `null`). */
export const ABSENT = Symbol('absent');

export type MetaValue = unknown;

export interface MetaDiffRow {
  /** JSON path, e.g. `train.lr`, `tags[0]`, `["a.b"]`. */
  path: string;
  /** The last path segment as shown in the tree. */
  key: string;
  depth: number;
  /** Whether any model holds an object or array here (its children follow as rows). */
  isBranch: boolean;
  /** Each model's value here, or ABSENT. */
  values: MetaValue[];
  differs: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBranch = (v: unknown) => Array.isArray(v) || isObject(v);

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Child keys of every value at this path, in first-seen order (arrays by index). */
function childKeys(values: ReadonlyArray<unknown>): Array<string | number> {
  const keys: Array<string | number> = [];
  const seen = new Set<string | number>();
  for (const value of values) {
    const own: Array<string | number> = Array.isArray(value)
      ? value.map((_, i) => i)
      : isObject(value)
        ? Object.keys(value)
        : [];
    for (const key of own) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  return keys;
}

function childValue(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) && key < value.length ? value[key] : ABSENT;
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : ABSENT;
}

/** Leaf equality: same JSON scalar (an empty object equals an empty object). */
const sameLeaf = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function walk(path: string, key: string, depth: number, values: unknown[], rows: MetaDiffRow[]): boolean {
  const row: MetaDiffRow = { path, key, depth, isBranch: values.some(isBranch), values, differs: false };
  if (depth >= 0) rows.push(row);
  const keys = row.isBranch ? childKeys(values) : [];
  if (keys.length === 0) {
    row.differs = values.some((v) => !sameLeaf(v, values[0]));
    return row.differs;
  }
  // A branch differs when its kinds differ (object vs array vs scalar) or any child differs.
  const kinds = new Set(values.map((v) => (v === ABSENT ? 'absent' : Array.isArray(v) ? 'array' : typeof v)));
  let differs = kinds.size > 1;
  for (const child of keys) {
    const childDiffers = walk(
      childPath(path, child),
      typeof child === 'number' ? `[${child}]` : child,
      depth + 1,
      values.map((v) => childValue(v, child)),
      rows,
    );
    differs ||= childDiffers;
  }
  row.differs = differs;
  return differs;
}

/** One row per JSON path over all metas (null meta counts as an empty object). */
export function metaDiffRows(metas: ReadonlyArray<Record<string, unknown> | null>): MetaDiffRow[] {
  const rows: MetaDiffRow[] = [];
  walk(
    '',
    '',
    -1,
    metas.map((m) => m ?? {}),
    rows,
  );
  return rows;
}

/** A short description of a branch value ("{3 keys}", "[2 items]") or the JSON of a leaf. */
export function describeMetaValue(value: MetaValue): string {
  if (value === ABSENT) return '';
  if (Array.isArray(value)) return `[${value.length} ${value.length === 1 ? 'item' : 'items'}]`;
  if (isObject(value)) {
    const count = Object.keys(value).length;
    return `{${count} ${count === 1 ? 'key' : 'keys'}}`;
  }
  return JSON.stringify(value);
}
