import { useId } from 'react';
import { labelAxisWidth, truncateLabel } from '../class-chart-data';
import { formatReportNumber } from './report-colors';
import { scaleColor, textOn, valueRange, type Matrix } from './matrix';
import styles from './report-charts.module.css';

const CELL = 52;
const HEADER_FONT = 12;

export interface MatrixGridProps {
  matrix: Matrix;
  /** Accessible name of the grid. */
  label: string;
  /** Cell text: counts as they are, shares as percentages. */
  format?: (value: number) => string;
  /** Confusion matrices: the diagonal (correct predictions) in bold. */
  boldDiagonal?: boolean;
}

export const formatShare = (value: number) => `${Math.round(value * 100)}%`;

/**
 * The matrix as an SVG table: each cell a coloured square with its number written on it, rows and columns
 * named by header cells, so a screen reader walks it like a table and colour is never the only cue.
 */
export function MatrixGrid({ matrix, label, format = formatReportNumber, boldDiagonal = false }: MatrixGridProps) {
  const titleId = useId();
  const { min, max } = valueRange(matrix);
  const rowLabelWidth = labelAxisWidth([...matrix.rows, matrix.rowName], 40, 140);
  const columnLabelWidth = labelAxisWidth(matrix.columns, 40, 120);
  // Column labels are turned 40°: they rise by sin 40° and reach right by cos 40° of their length.
  const top = 24 + columnLabelWidth * 0.65;
  const left = rowLabelWidth;
  const width = left + (matrix.columns.length - 0.5) * CELL + Math.max(CELL / 2, columnLabelWidth * 0.77);
  const height = top + matrix.rows.length * CELL + 4;
  const shade = (value: number) => scaleColor(max === min ? 0.5 : (value - min) / (max - min));

  return (
    <div className={styles.matrixFrame}>
      <svg
        role="table"
        aria-labelledby={titleId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className={styles.matrix}
        fontSize={HEADER_FONT}
      >
        <title id={titleId}>{label}</title>
        <text
          x={left + (matrix.columns.length * CELL) / 2}
          y={14}
          textAnchor="middle"
          fill="currentColor"
          fontWeight={600}
          aria-hidden="true"
        >
          {matrix.columnName}
        </text>
        <g role="row">
          {/* The corner names the row axis, above the row labels. */}
          <text role="columnheader" x={left - 6} y={top - 6} textAnchor="end" fill="currentColor" fontWeight={600}>
            {truncateLabel(matrix.rowName, rowLabelWidth)}
          </text>
          {matrix.columns.map((column, c) => (
            <text
              key={column}
              role="columnheader"
              aria-label={column}
              transform={`translate(${left + c * CELL + CELL / 2} ${top - 6}) rotate(-40)`}
              fill="currentColor"
            >
              <title>{column}</title>
              {truncateLabel(column, columnLabelWidth)}
            </text>
          ))}
        </g>
        {matrix.rows.map((row, r) => (
          <g role="row" key={row}>
            <text
              role="rowheader"
              aria-label={row}
              x={left - 6}
              y={top + r * CELL + CELL / 2}
              dy="0.32em"
              textAnchor="end"
              fill="currentColor"
            >
              <title>{row}</title>
              {truncateLabel(row, rowLabelWidth)}
            </text>
            {matrix.columns.map((column, c) => {
              const value = matrix.values[r]?.[c] ?? null;
              const fill = value == null ? 'none' : shade(value);
              return (
                <g role="cell" key={column}>
                  <rect
                    x={left + c * CELL}
                    y={top + r * CELL}
                    width={CELL - 2}
                    height={CELL - 2}
                    rx={3}
                    fill={fill}
                    stroke={value == null ? 'currentColor' : 'none'}
                    strokeDasharray={value == null ? '3 3' : undefined}
                  />
                  <text
                    x={left + c * CELL + (CELL - 2) / 2}
                    y={top + r * CELL + (CELL - 2) / 2}
                    dy="0.32em"
                    textAnchor="middle"
                    fill={value == null ? 'currentColor' : textOn(fill)}
                    fontSize={12}
                    fontWeight={boldDiagonal && r === c ? 700 : 400}
                  >
                    {value == null ? '–' : format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
