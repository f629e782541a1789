import { useInfiniteQuery } from '@tanstack/react-query';
import { startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import type { ModelDetail } from '../../api/models';
import { allLoadedModels, modelQueries } from '../../api/models.queries';
import { Button } from '../../components/button';
import { ChartFigure } from '../../components/chart-figure';
import { lazyPart } from '../../components/chunk-load';
import {
  ChartLegend,
  ColorMarker,
  NoApMarker,
  NotTrainedMarker,
  RingMarker,
  ShapeMarker,
  type LegendItem,
} from '../../components/chart-legend';
import { downloadText, fileStem, toCsv } from '../../components/download';
import { ErrorState, PageSkeleton } from '../../components/status';
import { useAllPages } from '../../components/use-all-pages';
import { loadCompareChart, loadedCompareChart } from './compare-chart-chunk';
import { SortControls, ThresholdInput } from './compare-controls';
import { CompareEvaluations } from './compare-evaluations';
import { CompareReports } from './compare-reports';
import { CompareTable } from './compare-table';
import { useHostRecords } from '../../api/capabilities';
import { NO_PER_CLASS_AP } from '../../components/host-limits';
import type { CompareView, CompareViewPatch } from './compare-view';
import {
  buildComparisonRows,
  comparisonCsv,
  filterBySpread,
  sortComparisonRows,
  summarizeModels,
  type CompareColumn,
} from './comparison';
import { MetaDiff } from './meta-diff';
import { modelColor, modelShape } from './model-palette';
import { timelinePoints } from './timeline-points';
import { summarizeTraining } from './score-summary';
import { useCapabilities } from '../../api/capabilities';
import { isTrainingRecord } from '../../components/model-status';
import styles from './compare-page.module.css';

const LazyCompareChart = lazyPart(loadCompareChart);
// The timeline (recharts' scatter chart) sits below the fold: its code loads once the comparison is drawn.
const loadMapTimeline = () => import('./map-timeline');
const MapTimeline = lazyPart(() => loadMapTimeline().then((m) => m.default));
const TRAINED = { must: { isTrained: true } };

interface ComparisonProps {
  datasetId: string;
  models: ModelDetail[];
  baselineIndex: number;
  view: CompareView;
  update: (patch: CompareViewPatch) => void;
}

/** Chart, table, timeline and metadata diff for two or more loaded models. */
export function Comparison({ datasetId, models, baselineIndex, view, update }: ComparisonProps) {
  const columns = useMemo<CompareColumn[]>(
    () => models.map((m, i) => ({ id: m.id, name: m.name, color: modelColor(i) })),
    [models],
  );
  const allRows = useMemo(() => buildComparisonRows(models, baselineIndex), [models, baselineIndex]);
  const summaries = useMemo(() => summarizeModels(models, allRows, baselineIndex), [models, allRows, baselineIndex]);
  const newer = useCapabilities()?.newerGeneration ?? false;
  // Status, task type and score rows once a compared model is a training record or has a score.
  const training = useMemo(
    () =>
      newer && models.some((m) => isTrainingRecord(m) || m.scoreValue != null)
        ? summarizeTraining(models, baselineIndex)
        : undefined,
    [newer, models, baselineIndex],
  );
  const rows = useMemo(
    () => sortComparisonRows(filterBySpread(allRows, view.threshold), view.sort),
    [allRows, view.threshold, view.sort],
  );
  // The timeline and metadata sit below the fold: draw them after chart and table are on screen.
  const [showBelowFold, setShowBelowFold] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      void loadMapTimeline();
      startTransition(() => setShowBelowFold(true));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  // A host that speaks only the newer API records no per-class AP: nothing to chart or place by mAP.
  const apRecorded = useHostRecords().firstGeneration;
  // Every trained model of the dataset: fetched once the comparison is drawn, not competing with it.
  const timeline = useInfiniteQuery({
    ...modelQueries.allPages(datasetId, TRAINED),
    enabled: showBelowFold && apRecorded,
    select: allLoadedModels,
  });
  useAllPages(timeline, showBelowFold);
  const trained = timeline.hasNextPage ? undefined : timeline.data?.models;
  // The charts are the expensive part of a render: redraw them only when their data changes.
  const chart = useMemo(() => {
    const Chart = loadedCompareChart() ?? LazyCompareChart;
    // Not created here: both are module-level components; the loaded one skips suspending once.
    // eslint-disable-next-line react-hooks/static-components
    return <Chart models={columns} rows={rows} baselineIndex={baselineIndex} />;
  }, [columns, rows, baselineIndex]);
  const timelineChart = useMemo(
    () => trained && <MapTimeline models={trained} compared={columns} />,
    [trained, columns],
  );
  const placed = useMemo(() => trained && new Set(timelinePoints(trained).map((p) => p.id)), [trained]);
  const hidden = allRows.length - rows.length;
  const table = useMemo(
    () => (
      <CompareTable
        models={columns}
        rows={rows}
        summaries={summaries}
        baselineIndex={baselineIndex}
        hiddenCount={hidden}
        training={training}
      />
    ),
    [columns, rows, summaries, baselineIndex, hidden, training],
  );
  const metaDiff = useMemo(
    () => <MetaDiff models={columns.map((c, i) => ({ ...c, meta: models[i]?.meta ?? null }))} />,
    [columns, models],
  );
  const exportStem = fileStem(`compare-${models.map((m) => m.name).join('-')}`).slice(0, 80);
  const downloadCsv = () => {
    const csv = comparisonCsv(models, rows, summaries);
    downloadText(`${exportStem}.csv`, toCsv(csv.header, csv.rows));
  };

  const modelLegend: LegendItem[] = columns.map((c, i) => ({
    key: c.id,
    label: i === baselineIndex ? `${c.name} (baseline)` : c.name,
    marker: <ColorMarker color={c.color} />,
  }));
  const hasGaps = rows.some((row) => row.cells.includes(null));
  const hasNoAp = rows.some((row) => row.cells.some((c) => c != null && c.ap == null));

  return (
    <>
      {/* The class controls stay in view only over what they sort and filter: the AP chart and the table. */}
      <div className={styles.classViews}>
        <div className={styles.viewBar} role="group" aria-label="Classes">
          <SortControls sort={view.sort} onChange={(sort) => update({ sort })} />
          <ThresholdInput value={view.threshold} onChange={(threshold) => update({ threshold })} />
          <span className={styles.count}>
            {rows.length} of {allRows.length} classes
          </span>
        </div>

        {/* No scroll box of its own: the page is the one scrolling area, and the tooltip is never clipped. */}
        <ChartFigure
          title="AP per class"
          description="One bar per model; hover a class for exact values and deltas."
          exportName={`${exportStem}-ap`}
          legend={
            <ChartLegend
              label="Models"
              items={[
                ...modelLegend,
                ...(hasGaps ? [{ key: 'gap', label: 'not trained on the class', marker: <NotTrainedMarker /> }] : []),
                ...(hasNoAp ? [{ key: 'no-ap', label: 'trained, no AP recorded', marker: <NoApMarker /> }] : []),
              ]}
            />
          }
        >
          {!apRecorded ? (
            <p className={styles.empty}>{NO_PER_CLASS_AP}</p>
          ) : rows.length === 0 ? (
            <p className={styles.empty}>No classes differ by more than {view.threshold} AP.</p>
          ) : (
            <Suspense fallback={<PageSkeleton rows={4} />}>{chart}</Suspense>
          )}
        </ChartFigure>

        <section className={`${styles.panel} ${styles.belowFold}`} aria-labelledby="compare-table-title">
          <div className={styles.panelHead}>
            <h2 id="compare-table-title">Comparison table</h2>
            <Button size="sm" onClick={downloadCsv}>
              Download CSV
            </Button>
          </div>
          {table}
        </section>
      </div>

      <ChartFigure
        title="mAP over time"
        description="Every trained model of this dataset: its mAP by training date. Hover a point for the model's name."
        exportName={`${exportStem}-map-timeline`}
        legend={
          <ChartLegend
            label="Timeline markers"
            items={[
              ...columns.map((c, i) => ({
                key: c.id,
                label: placed && !placed.has(c.id) ? `${c.name} (not placed: untrained or no date)` : c.name,
                marker: <ShapeMarker shape={modelShape(i)} color={c.color} />,
              })),
              { key: 'others', label: 'Other models', marker: <ShapeMarker shape="circle" color="#8C8C8C" /> },
              { key: 'pinned', label: 'Pinned', marker: <RingMarker color="#b88700" /> },
            ]}
          />
        }
      >
        {!apRecorded ? (
          <p className={styles.empty}>{NO_PER_CLASS_AP}</p>
        ) : timeline.isError ? (
          <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : !trained || !showBelowFold ? (
          <PageSkeleton rows={4} />
        ) : (
          <Suspense fallback={<PageSkeleton rows={4} />}>{timelineChart}</Suspense>
        )}
      </ChartFigure>

      {showBelowFold && <CompareReports datasetId={datasetId} models={columns} />}
      {showBelowFold && <CompareEvaluations datasetId={datasetId} models={columns} />}

      <section className={styles.panel} aria-labelledby="compare-meta-title">
        <div className={styles.panelHead}>
          <h2 id="compare-meta-title">Metadata</h2>
        </div>
        {showBelowFold ? metaDiff : <PageSkeleton rows={3} />}
      </section>
    </>
  );
}
