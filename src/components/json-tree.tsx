import { useState } from 'react';
import { Button } from './button';
import styles from './json-tree.module.css';
import { toast } from './toast';

/** Children drawn before a "Show more" button, so a huge array stays fast. */
const CHILD_PAGE = 100;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `meta.a`, `meta.list[0]`, `meta["odd key"]`: a path that pastes into JS or jq-like tools. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

type Composite =
  { kind: 'array'; entries: Array<[number, unknown]> } | { kind: 'object'; entries: Array<[string, unknown]> };

function asComposite(value: unknown): Composite | null {
  if (Array.isArray(value)) return { kind: 'array', entries: value.map((v, i) => [i, v]) };
  if (value !== null && typeof value === 'object') return { kind: 'object', entries: Object.entries(value) };
  return null;
}

/** Text copied by "Copy value": strings as they are, everything else as JSON. */
const copyText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text);
    toast.success(`Copied ${what}`);
  } catch {
    toast.error('Could not copy: the browser blocked clipboard access.');
  }
}

function Leaf({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span className={styles.string}>&quot;{value}&quot;</span>;
  if (typeof value === 'number') return <span className={styles.number}>{String(value)}</span>;
  if (typeof value === 'boolean') return <span className={styles.boolean}>{String(value)}</span>;
  return <span className={styles.null}>null</span>;
}

function summary(composite: Composite): string {
  const n = composite.entries.length;
  return composite.kind === 'array' ? `[${n} ${n === 1 ? 'item' : 'items'}]` : `{${n} ${n === 1 ? 'key' : 'keys'}}`;
}

interface NodeProps {
  name: string | number;
  value: unknown;
  path: string;
  depth: number;
  expandDepth: number;
}

function JsonNode({ name, value, path, depth, expandDepth }: NodeProps) {
  const composite = asComposite(value);
  const [open, setOpen] = useState(depth < expandDepth);
  const [limit, setLimit] = useState(CHILD_PAGE);
  const label = typeof name === 'number' ? `[${name}]` : name;

  const actions = (
    <span className={styles.actions}>
      <button
        type="button"
        className={styles.action}
        aria-label={`Copy value of ${path}`}
        onClick={() => void copy(copyText(value), 'value')}
      >
        Copy value
      </button>
      <button
        type="button"
        className={styles.action}
        aria-label={`Copy path ${path}`}
        onClick={() => void copy(path, 'path')}
      >
        Copy path
      </button>
    </span>
  );

  if (!composite) {
    return (
      <li className={styles.node}>
        <div className={styles.row}>
          <span className={styles.key}>{label}</span>
          <span className={styles.colon}>:</span>
          <Leaf value={value} />
          {actions}
        </div>
      </li>
    );
  }

  const hidden = composite.entries.length - limit;
  return (
    <li className={styles.node}>
      <div className={styles.row}>
        <button type="button" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
          <span className={styles.chevron} aria-hidden="true">
            ▸
          </span>
          <span className={styles.key}>{label}</span>
          <span className={styles.summary}>{summary(composite)}</span>
        </button>
        {actions}
      </div>
      {open && composite.entries.length > 0 && (
        <ul className={styles.children}>
          {composite.entries.slice(0, limit).map(([key, child]) => (
            <JsonNode
              key={key}
              name={key}
              value={child}
              path={childPath(path, key)}
              depth={depth + 1}
              expandDepth={expandDepth}
            />
          ))}
          {hidden > 0 && (
            <li className={styles.node}>
              <Button size="sm" variant="ghost" onClick={() => setLimit(limit + CHILD_PAGE)}>
                Show {Math.min(hidden, CHILD_PAGE)} more of {hidden}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

interface JsonTreeProps {
  value: unknown;
  /** Name of the root, first segment of every copied path (e.g. `meta`). */
  rootName: string;
  /** Levels open at first; Infinity opens everything. */
  expandDepth?: number;
}

/** A collapsible view of any JSON value; every string is rendered as text. */
export function JsonTree({ value, rootName, expandDepth = 2 }: JsonTreeProps) {
  return (
    <ul className={styles.tree}>
      <JsonNode name={rootName} value={value} path={rootName} depth={0} expandDepth={expandDepth} />
    </ul>
  );
}

/** JsonTree with a raw-JSON toggle, expand/collapse all and a copy of the whole document. */
export function JsonViewer({ value, rootName }: { value: unknown; rootName: string }) {
  const [view, setView] = useState<'tree' | 'raw'>('tree');
  // Expand/collapse all remount the tree with a new starting depth.
  const [expansion, setExpansion] = useState({ depth: 2, revision: 0 });
  const json = JSON.stringify(value, null, 2);
  const expandTo = (depth: number) => setExpansion((e) => ({ depth, revision: e.revision + 1 }));

  return (
    <div className={styles.viewer}>
      <div className={styles.toolbar}>
        <span className={styles.segmented}>
          <Button
            size="sm"
            variant={view === 'tree' ? 'primary' : 'secondary'}
            aria-pressed={view === 'tree'}
            onClick={() => setView('tree')}
          >
            Tree
          </Button>
          <Button
            size="sm"
            variant={view === 'raw' ? 'primary' : 'secondary'}
            aria-pressed={view === 'raw'}
            onClick={() => setView('raw')}
          >
            Raw JSON
          </Button>
        </span>
        {view === 'tree' && (
          <>
            <Button size="sm" variant="ghost" onClick={() => expandTo(Infinity)}>
              Expand all
            </Button>
            <Button size="sm" variant="ghost" onClick={() => expandTo(1)}>
              Collapse all
            </Button>
          </>
        )}
        <Button size="sm" variant="ghost" onClick={() => void copy(json, 'JSON')}>
          Copy JSON
        </Button>
      </div>
      {view === 'tree' ? (
        <div className={styles.frame}>
          <JsonTree key={expansion.revision} value={value} rootName={rootName} expandDepth={expansion.depth} />
        </div>
      ) : (
        <pre className={`${styles.frame} ${styles.raw}`} aria-label={`${rootName} as raw JSON`} tabIndex={0}>
          {json}
        </pre>
      )}
    </div>
  );
}
