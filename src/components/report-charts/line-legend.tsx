import { ChartLegend } from '../chart-legend';
import { lineDash } from './report-colors';

/** A legend of lines, each marker drawn with its line's colour and dash pattern. */
export function lineLegend(lines: ReadonlyArray<{ key: string; name: string; color: string }>) {
  if (lines.length < 2) return undefined;
  return (
    <ChartLegend
      label="Series"
      items={lines.map((line, i) => ({
        key: line.key,
        label: line.name,
        marker: (
          <svg width={22} height={10} viewBox="0 0 22 10" aria-hidden="true">
            <line x1={1} y1={5} x2={21} y2={5} stroke={line.color} strokeWidth={2.5} strokeDasharray={lineDash(i)} />
          </svg>
        ),
      }))}
    />
  );
}
