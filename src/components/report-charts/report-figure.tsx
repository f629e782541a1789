import { Suspense, useId, useState, type ReactNode } from 'react';
import type { ReportData, ReportShape } from '../../api/report-shapes';
import { Button } from '../button';
import { ChartFigure } from '../chart-figure';
import { ChartLegend, ColorMarker, ShapeMarker } from '../chart-legend';
import { lazyPart } from '../chunk-load';
import { downloadText, toCsv } from '../download';
import { DataTable } from './data-table';
import { lineLegend } from './line-legend';
import { MatrixGrid, formatShare } from './matrix-grid';
import { MatrixTable } from './matrix-table';
import { rowNormalised, toMatrix, type Matrix } from './matrix';
import { MetricTiles } from './metric-tiles';
import { formatReportNumber, reportColor } from './report-colors';
import { reportRows, type ReportRows } from './report-rows';
import { tableSvg } from './table-svg';
import styles from './report-charts.module.css';

// recharts is ~130 kB gzipped: each kind of chart is its own chunk, loaded when a report draws one.
const CategoryBarChart = lazyPart(() => import('./category-bar-chart').then((m) => m.CategoryBarChart));
const LineReportChart = lazyPart(() => import('./line-report-chart').then((m) => m.LineReportChart));
const ScatterReportChart = lazyPart(() => import('./scatter-report-chart').then((m) => m.ScatterReportChart));
const PieReportChart = lazyPart(() => import('./pie-report-chart').then((m) => m.PieReportChart));

const SCATTER_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'cross', 'wye'] as const;

export function ChartLoading({ height = 240 }: { height?: number }) {
  return (
    <div className={styles.placeholder} style={{ height }} aria-busy="true">
      Loading chart…
    </div>
  );
}

/** A figure's CSV download: the rows behind it, built when clicked. */
export function CsvButton({ title, fileName, table }: { title: string; fileName: string; table: ReportRows }) {
  const download = () => downloadText(`${fileName}.csv`, toCsv(table.header, table.rows));
  return (
    <Button size="sm" aria-label={`Download ${title} as CSV`} onClick={download}>
      CSV
    </Button>
  );
}

export interface ReportFigureProps {
  /** The item's name: caption and accessible name of the figure. */
  title: string;
  description?: string | null;
  data: ReportData;
  /** File name stem of the PNG/SVG/CSV downloads. */
  exportName: string;
}

interface Drawn {
  body: ReactNode;
  legend?: ReactNode;
  /** The content is an SVG (exported as it is); tables and tiles export a drawn table instead. */
  drawn: boolean;
  /** The content is already a table: no "Show data table" alternative. */
  isTable?: boolean;
  height?: number;
}

function categoryRows(data: ReadonlyArray<{ category: string; value: number }>) {
  return data.map((d) => ({ category: d.category, value: d.value }));
}

const single = (name: string) => [{ key: 'value', name, color: reportColor(0) }];

function scatterGroups(report: ReportShape<'SCATTER_PLOT'>) {
  const names = [...new Set(report.data.map((d) => d.category ?? report.y_name))];
  return names.map((name, i) => ({
    name,
    color: reportColor(i),
    shape: SCATTER_SHAPES[i % SCATTER_SHAPES.length] ?? 'circle',
    points: report.data.filter((d) => (d.category ?? report.y_name) === name),
  }));
}

/** A line chart's points grouped into lines by series, each sorted along x. */
export function lineSeries(report: ReportShape<'LINE_CHART'>) {
  const names = [...new Set(report.data.map((d) => d.series))];
  return names.map((name, i) => ({
    key: name,
    name,
    color: reportColor(i),
    points: report.data.filter((d) => d.series === name).sort((a, b) => a.x - b.x),
  }));
}

/** The chart of every type but the matrices (those have a toggle of their own: MatrixFigure). */
function draw(title: string, { type, report }: Exclude<ReportData, { type: 'HEATMAP' | 'CONFUSION_MATRIX' }>): Drawn {
  switch (type) {
    case 'VERTICAL_BAR':
    case 'HORIZONTAL_BAR': {
      const columns = type === 'VERTICAL_BAR';
      return {
        drawn: true,
        body: (
          <CategoryBarChart
            rows={categoryRows(report.data)}
            series={single(columns ? report.y_axis_name : report.x_axis_name)}
            orientation={columns ? 'columns' : 'bars'}
            categoryName={columns ? report.x_axis_name : report.y_axis_name}
            valueName={columns ? report.y_axis_name : report.x_axis_name}
          />
        ),
      };
    }
    case 'HISTOGRAM':
      return {
        drawn: true,
        body: (
          <CategoryBarChart
            rows={report.data.map((d) => ({ category: d.bin, value: d.frequency }))}
            series={single(report.frequency_name)}
            orientation="columns"
            categoryName={report.bin_name}
            valueName={report.frequency_name}
            contiguous
          />
        ),
      };
    case 'PIE':
      return {
        drawn: true,
        body: <PieReportChart data={report.data} />,
        legend: (
          <ChartLegend
            label={report.category_name}
            items={report.data.map((d, i) => ({
              key: d.category,
              marker: <ColorMarker color={reportColor(i)} />,
              label: `${d.category}: ${formatReportNumber(d.value)}`,
            }))}
          />
        ),
      };
    case 'LINE_CHART': {
      const lines = lineSeries(report);
      return {
        drawn: true,
        body: <LineReportChart lines={lines} xName={report.x_name} yName={report.y_name} />,
        legend: lineLegend(lines),
      };
    }
    case 'SCATTER_PLOT': {
      const groups = scatterGroups(report);
      return {
        drawn: true,
        body: <ScatterReportChart groups={groups} xName={report.x_name} yName={report.y_name} />,
        legend:
          groups.length > 1 ? (
            <ChartLegend
              label="Categories"
              items={groups.map((g) => ({
                key: g.name,
                label: g.name,
                marker: <ShapeMarker shape={g.shape} color={g.color} />,
              }))}
            />
          ) : undefined,
      };
    }
    case 'TABLE':
      return {
        drawn: false,
        isTable: true,
        body: (
          <div className={styles.tableFrame}>
            <DataTable {...reportRows({ type, report })} label={title} />
          </div>
        ),
      };
    case 'METRICS':
      return { drawn: false, isTable: true, body: <MetricTiles data={report.data} /> };
  }
}

/** The grid of a HEATMAP or CONFUSION_MATRIX report. */
export function reportMatrix(data: Extract<ReportData, { type: 'HEATMAP' | 'CONFUSION_MATRIX' }>): Matrix {
  if (data.type === 'HEATMAP') {
    const { report } = data;
    const cells = report.data.map((d) => ({ row: d.y_category, column: d.x_category, value: d.value }));
    return toMatrix(report.y_axis_name, report.x_axis_name, cells);
  }
  const { report } = data;
  const cells = report.data.map((d) => ({ row: d.true_class, column: d.predicted_class, value: d.count }));
  return toMatrix(report.true_axis_name, report.predicted_axis_name, cells);
}

interface MatrixFigureProps extends Omit<ReportFigureProps, 'data'> {
  data: Extract<ReportData, { type: 'HEATMAP' | 'CONFUSION_MATRIX' }>;
}

/** A heatmap or confusion matrix: the SVG grid with counts, a row-normalised toggle, and its table view. */
export function MatrixFigure({ title, description, data, exportName }: MatrixFigureProps) {
  const [normalised, setNormalised] = useState(false);
  const toggleId = useId();
  const counts = reportMatrix(data);
  const matrix = normalised ? rowNormalised(counts) : counts;
  const format = normalised ? formatShare : formatReportNumber;
  const rows = reportRows(data);
  return (
    <ChartFigure
      title={title}
      description={description ?? undefined}
      exportName={exportName}
      controls={
        <>
          <label className={styles.toggle} htmlFor={toggleId}>
            <input
              id={toggleId}
              type="checkbox"
              checked={normalised}
              onChange={(e) => setNormalised(e.target.checked)}
            />
            Row-normalised
          </label>
          <CsvButton title={title} fileName={exportName} table={rows} />
        </>
      }
      dataTable={<MatrixTable matrix={matrix} format={format} />}
    >
      <MatrixGrid
        matrix={matrix}
        label={normalised ? `${title} (row-normalised)` : title}
        format={format}
        boldDiagonal={data.type === 'CONFUSION_MATRIX'}
      />
    </ChartFigure>
  );
}

/** Matrices and tables that need more than half a wide screen: their cards take a whole row. */
export function needsWideCard(data: ReportData): boolean {
  if (data.type === 'TABLE') return data.report.data.headers.length > 4;
  if (data.type === 'HEATMAP' || data.type === 'CONFUSION_MATRIX') return reportMatrix(data).columns.length > 5;
  return false;
}

/** One report item drawn by its type, with PNG/SVG/CSV exports and (charts) a data table. */
export function ReportFigure(props: ReportFigureProps) {
  const { title, description, data, exportName } = props;
  if (data.type === 'HEATMAP' || data.type === 'CONFUSION_MATRIX') return <MatrixFigure {...props} data={data} />;
  const { body, legend, drawn, isTable } = draw(title, data);
  const rows = reportRows(data);
  return (
    <ChartFigure
      title={title}
      description={description ?? undefined}
      exportName={exportName}
      exportImage={drawn ? undefined : () => tableSvg(rows)}
      controls={<CsvButton title={title} fileName={exportName} table={rows} />}
      legend={legend}
      dataTable={isTable ? undefined : <DataTable {...rows} />}
    >
      {drawn ? <Suspense fallback={<ChartLoading />}>{body}</Suspense> : body}
    </ChartFigure>
  );
}
