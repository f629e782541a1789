import type { ReportCell, ReportRows } from './report-rows';
import { formatReportNumber } from './report-colors';
import styles from './report-charts.module.css';

const show = (value: ReportCell) =>
  value == null ? '–' : typeof value === 'number' ? formatReportNumber(value) : String(value);

/** Rows of a report as a table with its header; numbers right-aligned. `label` names it when it is the content. */
export function DataTable({ header, rows, label }: ReportRows & { label?: string }) {
  return (
    <table className={styles.dataTable} aria-label={label}>
      <thead>
        <tr>
          {header.map((name, i) => (
            <th key={i} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, c) => (
              <td key={c} className={typeof value === 'number' ? styles.number : undefined}>
                {show(value)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
