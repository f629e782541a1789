import { formatReportNumber } from './report-colors';
import type { Matrix } from './matrix';
import styles from './report-charts.module.css';

/** The matrix as an HTML table: the "table view" of a heatmap or confusion matrix. */
export function MatrixTable({
  matrix,
  format = formatReportNumber,
}: {
  matrix: Matrix;
  format?: (value: number) => string;
}) {
  return (
    <table className={`${styles.dataTable} ${styles.matrixTable}`}>
      <thead>
        <tr>
          <th scope="col">
            {matrix.rowName} \ {matrix.columnName}
          </th>
          {matrix.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row, r) => (
          <tr key={row}>
            <th scope="row">{row}</th>
            {matrix.columns.map((column, c) => {
              const value = matrix.values[r]?.[c];
              return <td key={column}>{value == null ? '–' : format(value)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
