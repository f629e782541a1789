import { useState } from 'react';
import {
  bandColor,
  sortByColumn,
  type ClassRow,
  type SortDirection,
  type TableColumn,
} from '../../components/class-chart-data';
import styles from './class-table.module.css';
import { formatCount } from '../../components/format';
import { formatAp } from '../../components/model-metrics';

const COLUMNS: ReadonlyArray<{ id: TableColumn; label: string; numeric?: boolean }> = [
  { id: 'name', label: 'Class' },
  { id: 'annotationType', label: 'Annotation type' },
  { id: 'ap', label: 'AP', numeric: true },
  { id: 'training', label: 'Training annotations', numeric: true },
  { id: 'validation', label: 'Validation annotations', numeric: true },
];

interface ClassTableProps {
  rows: readonly ClassRow[];
  /** Accessible name of the table. */
  label: string;
}

/** Per-class metrics; each header sorts (ascending first, then descending). Missing values sort last. */
export function ClassTable({ rows, label }: ClassTableProps) {
  const [sort, setSort] = useState<{ column: TableColumn; direction: SortDirection } | null>(null);
  const shown = sort ? sortByColumn(rows, sort.column, sort.direction) : rows;

  const toggle = (column: TableColumn) =>
    setSort((current) => ({
      column,
      direction: current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const direction = sort?.column === column.id ? sort.direction : undefined;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={direction ?? 'none'}
                  className={column.numeric ? styles.numeric : undefined}
                >
                  <button type="button" className={styles.sort} onClick={() => toggle(column.id)}>
                    {column.label}
                    <span aria-hidden="true" className={styles.arrow}>
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={styles.name}>
                {row.name}
              </th>
              <td>{row.annotationType ?? '—'}</td>
              <td className={styles.numeric}>
                <span className={styles.ap}>
                  <span className={styles.dot} style={{ background: bandColor(row.band) }} aria-hidden="true" />
                  {formatAp(row.ap)}
                </span>
              </td>
              <td className={styles.numeric}>{formatCount(row.training)}</td>
              <td className={styles.numeric}>{formatCount(row.validation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
