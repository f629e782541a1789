import { useQueries, useQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import type { ReportData } from '../../api/report-shapes';
import { reportQueries } from '../../api/reports';
import { ChartFigure } from '../../components/chart-figure';
import { ChartLegend, ColorMarker } from '../../components/chart-legend';
import { lazyPart } from '../../components/chunk-load';
import { fileStem } from '../../components/download';
import { DataTable } from '../../components/report-charts/data-table';
import type { ReportCell } from '../../components/report-charts/report-rows';
import { lineLegend } from '../../components/report-charts/line-legend';
import { ChartLoading, CsvButton, ReportFigure } from '../../components/report-charts/report-figure';
import { ErrorState, PageSkeleton } from '../../components/status';
import type { CompareColumn } from './comparison';
import { OVERLAID, overlayBars, overlayLines, sharedItems, type Loaded, type SharedItem } from './report-overlays';
import styles from './compare-page.module.css';
import own from './compare-reports.module.css';

const CategoryBarChart = lazyPart(() =>
  import('../../components/report-charts/category-bar-chart').then((m) => m.CategoryBarChart),
);
const LineReportChart = lazyPart(() =>
  import('../../components/report-charts/line-report-chart').then((m) => m.LineReportChart),
);

type BarLoaded = Loaded<Extract<ReportData, { type: 'VERTICAL_BAR' | 'HORIZONTAL_BAR' | 'HISTOGRAM' }>>;
type LineLoaded = Loaded<Extract<ReportData, { type: 'LINE_CHART' }>>;

interface OverlayFigureProps {
  title: string;
  description: ReactNode;
  legend: ReactNode;
  /** The chart's values, for the CSV and the data table. */
  header: string[];
  cells: ReportCell[][];
  children: ReactNode;
}

/** One chart of every model's values, with the exports and data table of any report chart. */
function OverlayFigure({ title, description, legend, header, cells, children }: OverlayFigureProps) {
  const exportName = `compare-${fileStem(title)}`;
  return (
    <ChartFigure
      title={title}
      description={description}
      exportName={exportName}
      controls={<CsvButton title={title} fileName={exportName} table={{ header, rows: cells }} />}
      legend={legend}
      dataTable={<DataTable header={header} rows={cells} />}
    >
      <Suspense fallback={<ChartLoading />}>{children}</Suspense>
    </ChartFigure>
  );
}

function BarOverlay({ title, loaded, note }: { title: string; loaded: BarLoaded[]; note: ReactNode }) {
  const { rows, series, categoryName, valueName, orientation, contiguous } = overlayBars(loaded);
  const legendItems = series.map((s) => ({ key: s.key, label: s.name, marker: <ColorMarker color={s.color} /> }));
  return (
    <OverlayFigure
      title={title}
      description={<>One bar per model. {note}</>}
      legend={<ChartLegend label="Models" items={legendItems} />}
      header={[categoryName, ...series.map((s) => s.name)]}
      cells={rows.map((row) => [row.category, ...series.map((s) => row[s.key] ?? null)])}
    >
      <CategoryBarChart
        rows={rows}
        series={series}
        orientation={orientation}
        categoryName={categoryName}
        valueName={valueName}
        contiguous={contiguous}
      />
    </OverlayFigure>
  );
}

function LineOverlay({ title, loaded, note }: { title: string; loaded: LineLoaded[]; note: ReactNode }) {
  const { lines, xName, yName } = overlayLines(loaded);
  return (
    <OverlayFigure
      title={title}
      description={<>One line per model. {note}</>}
      legend={lineLegend(lines)}
      header={['line', xName, yName]}
      cells={lines.flatMap((line) => line.points.map((p) => [line.name, p.x, p.y]))}
    >
      <LineReportChart lines={lines} xName={xName} yName={yName} />
    </OverlayFigure>
  );
}

/** One shared item: each model's reports.json, then one overlaid chart or the charts side by side. */
export function SharedReport({ group }: { group: SharedItem }) {
  const files = useQueries({
    queries: group.entries.map(({ item }) => reportQueries.file(item.contentId, item.type)),
  });
  if (files.some((f) => f.isPending)) {
    return (
      <ChartFigure title={group.name}>
        <ChartLoading />
      </ChartFigure>
    );
  }
  const loaded: Loaded[] = group.entries.flatMap(({ model }, i) => {
    const data = files[i]?.data;
    return data ? [{ model, data }] : [];
  });
  const failed = group.entries.filter((_, i) => files[i]?.isError).map(({ model }) => model.name);
  const note = failed.length > 0 ? `Not drawn for ${failed.join(', ')}: its file could not be read.` : null;

  if (OVERLAID.has(group.type) && loaded.length > 0) {
    return group.type === 'LINE_CHART' ? (
      <LineOverlay title={group.name} loaded={loaded as LineLoaded[]} note={note} />
    ) : (
      <BarOverlay title={group.name} loaded={loaded as BarLoaded[]} note={note} />
    );
  }
  return (
    <section className={own.sideBySide} aria-label={group.name}>
      <h3 className={own.sideTitle}>{group.name}</h3>
      {note && <p className={own.hint}>{note}</p>}
      <div className={own.sideGrid}>
        {loaded.map(({ model, data }) => (
          <ReportFigure
            key={model.id}
            title={`${group.name} · ${model.name}`}
            data={data}
            exportName={`${fileStem(model.name)}-${fileStem(group.name)}`}
          />
        ))}
      </div>
    </section>
  );
}

/** "Training reports" of the comparison; nothing at all when no compared model has a report. */
export function CompareReportsSection({ datasetId, models }: { datasetId: string; models: readonly CompareColumn[] }) {
  const items = useQuery(
    reportQueries.itemsOf(
      datasetId,
      models.map((m) => m.id),
    ),
  );
  if (items.isSuccess && !Object.values(items.data).some((list) => list.length > 0)) return null;
  const shared = items.data ? sharedItems(models, items.data) : [];
  return (
    <section className={`${styles.panel} ${own.reports}`} aria-labelledby="compare-reports-title">
      <div className={styles.panelHead}>
        <h2 id="compare-reports-title">Training reports</h2>
      </div>
      {items.isPending ? (
        <PageSkeleton rows={3} />
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : shared.length === 0 ? (
        <p className={styles.empty}>No report item name is shared by two of the compared models.</p>
      ) : (
        <>
          <p className={own.hint}>
            Items with the same name in two or more models: bars and lines in one chart, the other types side by side.
          </p>
          {shared.map((group) => (
            <SharedReport key={group.key} group={group} />
          ))}
        </>
      )}
    </section>
  );
}
