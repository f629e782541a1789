import { useId, useState, type CSSProperties } from 'react';
import type { CompareColumn } from './comparison';
import styles from './meta-diff.module.css';
import { ABSENT, describeMetaValue, metaDiffRows, type MetaValue } from './meta-diff-rows';

interface MetaDiffProps {
  models: ReadonlyArray<CompareColumn & { meta: Record<string, unknown> | null }>;
}

function valueKind(value: MetaValue): string {
  if (value === ABSENT) return 'absent';
  if (value === null) return 'null';
  if (Array.isArray(value) || typeof value === 'object') return 'branch';
  return typeof value;
}

/** The models' `meta` as one JSON tree: a row per path, a column per model, differing rows marked. */
export function MetaDiff({ models }: MetaDiffProps) {
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const toggleId = useId();
  const all = metaDiffRows(models.map((m) => m.meta));
  const rows = differencesOnly ? all.filter((row) => row.differs) : all;
  const differing = all.filter((row) => !row.isBranch && row.differs).length;

  if (all.length === 0) return <p className={styles.note}>None of these models has metadata.</p>;

  return (
    <div>
      <div className={styles.toolbar}>
        <label htmlFor={toggleId} className={styles.toggle}>
          <input
            id={toggleId}
            type="checkbox"
            checked={differencesOnly}
            onChange={(event) => setDifferencesOnly(event.target.checked)}
          />
          Differences only
        </label>
        <span className={styles.note}>
          {differing === 0
            ? 'The metadata is identical.'
            : `${differing} ${differing === 1 ? 'value differs' : 'values differ'}.`}
        </span>
      </div>
      {/* Focusable so keyboard users can scroll a wide metadata table sideways. */}
      <div className={styles.wrap} tabIndex={0} role="region" aria-label="Metadata comparison">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Path</th>
              {models.map((model) => (
                <th
                  key={model.id}
                  scope="col"
                  // Named apart from the comparison table's column of the same model.
                  aria-label={`${model.name} metadata`}
                  title={model.name}
                  className={styles.modelHead}
                  style={{ '--model-color': model.color } as CSSProperties}
                >
                  <span className={styles.swatch} aria-hidden="true" />
                  {model.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} className={row.differs ? styles.differs : undefined}>
                <th scope="row" title={row.path}>
                  <span className={styles.key} style={{ paddingLeft: `${row.depth * 16}px` }}>
                    {row.key}
                  </span>
                  {row.differs && <span className="visually-hidden"> (differs)</span>}
                </th>
                {row.values.map((value, i) => (
                  <td key={i} className={styles[valueKind(value)]}>
                    {value === ABSENT ? <span className={styles.absent}>—</span> : describeMetaValue(value)}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={models.length + 1} className={styles.note}>
                  No differences.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
