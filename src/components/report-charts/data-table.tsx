import type { ReportCell, ReportRows } from './report-rows';
import { formatReportNumber } from './report-colors';
import styles from './report-charts.module.css';

const show = (value: ReportCell) =>
  value == null ? '–' : typeof value === 'number' ? formatReportNumber(value) : String(value);

/** Rows of a report as a table with its header; number columns right-aligned. `label` names it when it is the content. */
export function DataTable({ header, rows, label }: ReportRows & { label?: string }) {
  const numeric = header.map(
    (_, c) =>
      rows.some((row) => typeof row[c] === 'number') &&
      rows.every((row) => row[c] == null || typeof row[c] === 'number'),
  );
  const align = (c: number) => (numeric[c] ? styles.number : undefined);
  return (
    <table className={styles.dataTable} aria-label={label}>
      <thead>
        <tr>
          {header.map((name, c) => (
            <th key={c} scope="col" className={align(c)}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, c) => (
              <td key={c} className={align(c)}>
                {show(value)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
