import { Suspense, useId, useState } from 'react';
import { Link } from 'react-router';
import { ChartFigure } from '../../components/chart-figure';
import { ChartLegend, ColorMarker } from '../../components/chart-legend';
import {
  ANNOTATION_CHART_LAYOUT,
  AP_CHART_LAYOUT,
  BAND_COLORS,
  bandCounts,
  barChartHeight,
  CLASS_SORT_LABELS,
  SERIES_COLORS,
  sortClassRows,
  type ClassRow,
  type ClassSort,
} from '../../components/class-chart-data';
import { useHostRecords } from '../../api/capabilities';
import { fileStem } from '../../components/download';
import { NO_PER_CLASS_AP } from '../../components/host-limits';
import { formatCount } from '../../components/format';
import { AUDIT_THRESHOLDS, formatAp } from '../../components/model-metrics';
import styles from './model-page.module.css';
import { lazyPart } from '../../components/chunk-load';
import { loadAnnotationChart } from './annotation-chart-chunk';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';

// recharts is ~130 kB gzipped: the charts are their own chunks, loaded only when drawn.
const ApChart = lazyPart(() => import('./ap-chart').then((m) => m.ApChart));
const AnnotationChart = lazyPart(() => loadAnnotationChart().then((m) => m.AnnotationChart));
const ApScatterChart = lazyPart(() => import('./ap-scatter-chart').then((m) => m.ApScatterChart));

/**
 * Starts loading the code of the chart drawn first (AP, or annotations where there is none), so it is
 * drawn as soon as the model arrives rather than after it. The scatter is drawn after the first paint
 * and only for some models: its code (with recharts' scatter modules) loads when it is drawn.
 */
export function preloadClassCharts() {
  for (const chart of [ApChart, AnnotationChart]) chart.preload();
}

const AP_CHART_TITLE = 'Average precision (AP) per class';
/** Charts taller than this scroll inside their frame. */
const MAX_CHART_HEIGHT = 560;
const SCATTER_HEIGHT = 300;
/** Fewer dots than this say nothing a table would not. */
const MIN_SCATTER_POINTS = 3;

const ChartPlaceholder = ({ height }: { height: number }) => (
  <div className={styles.chartPlaceholder} style={{ height: Math.min(height, MAX_CHART_HEIGHT) }} aria-busy="true">
    Loading chart…
  </div>
);

function ApDataTable({ rows }: { rows: readonly ClassRow[] }) {
  return (
    <table className={styles.dataTable}>
      <thead>
        <tr>
          <th scope="col">Class</th>
          <th scope="col">AP</th>
          <th scope="col">Training annotations</th>
          <th scope="col">Validation annotations</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td>{formatAp(row.ap)}</td>
            <td>{formatCount(row.training)}</td>
            <td>{formatCount(row.validation)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Why the AP chart has no bars: an axis of class names without bars reads as a rendering fault. */
function NoApNote({
  isTrained,
  trainingRecord,
  editPath,
}: {
  isTrained: boolean;
  trainingRecord: boolean;
  editPath: string;
}) {
  if (trainingRecord) {
    return (
      <div className={styles.chartNote}>
        <p>This training record has a model-level score, not per-class AP (see Training run).</p>
      </div>
    );
  }
  return (
    <div className={styles.chartNote}>
      <p>
        {isTrained
          ? 'No class has an AP value recorded yet, so there is nothing to plot.'
          : 'This model is not trained yet: AP is measured after training, so there is nothing to plot.'}
      </p>
      <Link to={editPath}>{isTrained ? 'Record AP values' : 'Record training results'}</Link>
    </div>
  );
}

interface ClassChartsProps {
  rows: readonly ClassRow[];
  modelName: string;
  isTrained: boolean;
  /** Recorded through the newer API, which keeps a model-level score instead of per-class AP. */
  trainingRecord?: boolean;
  /** The model's edit page, where AP values are recorded. */
  editPath: string;
}

/** AP per class, annotation counts per class and AP against annotations, in one shared class order. */
export function ClassCharts({ rows, modelName, isTrained, trainingRecord = false, editPath }: ClassChartsProps) {
  const [sort, setSort] = useState<ClassSort>('ap-desc');
  const sortId = useId();
  const sorted = sortClassRows(rows, sort);
  const counts = bandCounts(rows);
  const stem = fileStem(modelName);
  const apHeight = barChartHeight(rows.length, AP_CHART_LAYOUT);
  const annotationHeight = barChartHeight(rows.length, ANNOTATION_CHART_LAYOUT);
  const apRecorded = useHostRecords().firstGeneration;
  const hasAp = counts.none < rows.length;
  const showScatter = apRecorded && rows.filter((r) => r.ap != null && r.training != null).length >= MIN_SCATTER_POINTS;
  // The AP chart comes first; the two below it are drawn in the next task, so the first one is on screen sooner.
  const drawBelow = useAfterFirstPaint();

  const bandLegend = [
    { key: 'low', label: `Low (AP < ${AUDIT_THRESHOLDS.low})`, color: BAND_COLORS.low, count: counts.low },
    {
      key: 'normal',
      label: `Normal (${AUDIT_THRESHOLDS.low}–${AUDIT_THRESHOLDS.high})`,
      color: BAND_COLORS.normal,
      count: counts.normal,
    },
    { key: 'high', label: `High (AP > ${AUDIT_THRESHOLDS.high})`, color: BAND_COLORS.high, count: counts.high },
    ...(counts.none > 0 ? [{ key: 'none', label: 'No AP', color: BAND_COLORS.none, count: counts.none }] : []),
  ].map(({ key, label, color, count }) => ({
    key,
    marker: <ColorMarker color={color} />,
    label: (
      <>
        {label} <span className={styles.legendCount}>{count}</span>
      </>
    ),
  }));

  return (
    <div className={styles.charts}>
      <div className={styles.sortBar}>
        <label htmlFor={sortId}>Sort classes by</label>
        <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as ClassSort)}>
          {Object.entries(CLASS_SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <span className={styles.hint}>Applies to both bar charts. Hover a bar for its counts.</span>
      </div>

      {!apRecorded ? (
        <ChartFigure title={AP_CHART_TITLE}>
          <p className={styles.chartNote}>{NO_PER_CLASS_AP}</p>
        </ChartFigure>
      ) : hasAp ? (
        <ChartFigure
          title={AP_CHART_TITLE}
          description={`${formatCount(rows.length)} ${rows.length === 1 ? 'class' : 'classes'}, AP from 0 to 1, coloured by audit band.`}
          legend={<ChartLegend items={bandLegend} label="Audit bands" />}
          exportName={`${stem}-ap-per-class`}
          dataTable={<ApDataTable rows={sorted} />}
          maxHeight={MAX_CHART_HEIGHT}
        >
          <Suspense fallback={<ChartPlaceholder height={apHeight} />}>
            <ApChart rows={sorted} />
          </Suspense>
        </ChartFigure>
      ) : (
        <ChartFigure title={AP_CHART_TITLE}>
          <NoApNote isTrained={isTrained} trainingRecord={trainingRecord} editPath={editPath} />
        </ChartFigure>
      )}

      <div className={showScatter ? styles.chartPair : undefined}>
        <ChartFigure
          title="Training and validation annotations per class"
          description="Read a low AP against the number of labels behind it."
          legend={
            <ChartLegend
              items={[
                { key: 'training', label: 'Training', marker: <ColorMarker color={SERIES_COLORS.training} /> },
                { key: 'validation', label: 'Validation', marker: <ColorMarker color={SERIES_COLORS.validation} /> },
              ]}
              label="Series"
            />
          }
          exportName={`${stem}-annotations-per-class`}
          maxHeight={MAX_CHART_HEIGHT}
        >
          <Suspense fallback={<ChartPlaceholder height={annotationHeight} />}>
            {drawBelow ? <AnnotationChart rows={sorted} /> : <ChartPlaceholder height={annotationHeight} />}
          </Suspense>
        </ChartFigure>
        {showScatter && (
          <ChartFigure
            title="AP per class against training annotations"
            description="Each dot is a class: AP (up) by training annotations (right). Dashed lines mark the audit bands."
            exportName={`${stem}-ap-vs-annotations`}
          >
            <Suspense fallback={<ChartPlaceholder height={SCATTER_HEIGHT} />}>
              {drawBelow ? <ApScatterChart rows={sorted} /> : <ChartPlaceholder height={SCATTER_HEIGHT} />}
            </Suspense>
          </ChartFigure>
        )}
      </div>
    </div>
  );
}
