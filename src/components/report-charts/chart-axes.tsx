// Axis settings shared by the report charts: numbers formatted alike, axis names written along the axes.
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { AXIS_TEXT, GRID_STROKE } from '../chart-parts';
import { formatReportNumber } from './report-colors';

/** Tick, label and tooltip text: numbers formatted, text as it is, nothing for a missing value. */
export const numberLabel = (value: unknown) =>
  typeof value === 'number' ? formatReportNumber(value) : typeof value === 'string' ? value : '';

/** A numeric x axis named `name` under it. */
export const numberXAxis = (name: string) =>
  ({
    type: 'number',
    tick: AXIS_TEXT,
    stroke: GRID_STROKE,
    tickFormatter: numberLabel,
    height: 40,
    label: { value: name, position: 'insideBottom', offset: -4, fill: 'currentColor' },
  }) as const;

/** A numeric y axis named `name` beside it. */
export const numberYAxis = (name: string) =>
  ({
    type: 'number',
    tick: AXIS_TEXT,
    stroke: GRID_STROKE,
    tickFormatter: numberLabel,
    width: 56,
    label: { value: name, angle: -90, position: 'insideLeft', fill: 'currentColor' },
  }) as const;

/** The chart at a fixed width (tests, exports), or filling its container's width. */
export function sized(chart: ReactElement, height: number, width?: number) {
  if (width) return chart;
  // initialDimension lets the chart draw before the first measurement (and in jsdom, which never measures).
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {chart}
    </ResponsiveContainer>
  );
}
