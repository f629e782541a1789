import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { Link, useHref, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { modelQueries, type ModelDetail, type ModelListItem } from '../../api/models';
import { Button } from '../../components/button';
import { ChartFigure } from '../../components/chart-figure';
import {
  ChartLegend,
  ColorMarker,
  NoApMarker,
  NotTrainedMarker,
  RingMarker,
  ShapeMarker,
  type LegendItem,
} from '../../components/chart-legend';
import { CompareTable } from './compare-table';
import {
  buildComparisonRows,
  comparisonCsv,
  filterBySpread,
  isDescending,
  SORT_FIELDS,
  sortComparisonRows,
  sortField,
  summarizeModels,
  type CompareColumn,
  type ComparisonSort,
} from './comparison';
import { downloadText, fileStem, toCsv } from '../../components/download';
import { MetaDiff } from './meta-diff';
import { ModelPicker } from '../../components/model-picker';
import { modelColor, modelShape } from './model-palette';
import { PageTitle } from '../../components/page-title';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';
import { timelinePoints } from './timeline-points';
import { toast } from '../../components/toast';
import {
  MAX_COMPARED,
  readCompareView,
  writeCompareView,
  type CompareView,
  type CompareViewPatch,
} from './compare-view';
import { loadCompareChart, loadedCompareChart } from './compare-chart-chunk';
import styles from './compare-page.module.css';

const LazyCompareChart = lazy(() => loadCompareChart().then((chart) => ({ default: chart })));
// The timeline (recharts' scatter chart) sits below the fold: its code loads once the comparison is drawn.
const loadMapTimeline = () => import('./map-timeline');
const MapTimeline = lazy(loadMapTimeline);
// The popover (Radix and floating-ui) loads with the first click on "+ Add model".
const AddModelPopover = lazy(() => import('./add-model-popover').then((m) => ({ default: m.AddModelPopover })));

interface LoadedModels {
  models: ModelDetail[];
  notFound: string[];
  failed: Array<{ id: string; error: Error; retry: () => void }>;
  pending: boolean;
}

/** Splits the detail queries into loaded models, unknown ids and other failures. */
function combineModels(results: Array<UseQueryResult<ModelDetail | null>>, ids: readonly string[]): LoadedModels {
  const loaded: LoadedModels = { models: [], notFound: [], failed: [], pending: false };
  results.forEach((result, i) => {
    const id = ids[i] ?? '';
    if (result.data) loaded.models.push(result.data);
    else if (result.isPending) loaded.pending = true;
    else if (result.error instanceof ApiError && result.error.code === 'NOT_FOUND') loaded.notFound.push(id);
    else if (result.error) loaded.failed.push({ id, error: result.error, retry: () => void result.refetch() });
    else loaded.notFound.push(id);
  });
  return loaded;
}

/** The view's URL setter: keeps commas readable in `ids=a,b,c`. */
function useCompareView(): [CompareView, (patch: CompareViewPatch, options?: { push?: boolean }) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const update = (patch: CompareViewPatch, { push = false } = {}) =>
    void navigate({ search: `?${writeCompareView(params, patch)}` }, { replace: !push });
  return [readCompareView(params), update];
}

function ThresholdInput({ value, onChange }: { value: number | null; onChange: (value: number | null) => void }) {
  const id = useId();
  const format = (number: number | null) => (number == null ? '' : String(number));
  // While focused it shows what was typed ("0.", "0.0"): `value` comes back through the URL a render
  // later, and showing it meanwhile dropped keys typed in between. Otherwise it shows the URL's value.
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <span className={styles.control}>
      <label htmlFor={id}>Only classes where models differ by more than</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={1}
        step={0.01}
        placeholder="0.00"
        className={styles.number}
        value={typed ?? format(value)}
        onFocus={() => setTyped(format(value))}
        onBlur={() => setTyped(null)}
        onChange={(event) => {
          setTyped(event.target.value);
          const number = event.target.value.trim() === '' ? null : Number(event.target.value);
          if (number == null || (Number.isFinite(number) && number >= 0)) onChange(number);
        }}
      />
      <span className={styles.unit}>AP</span>
    </span>
  );
}

function SortControls({ sort, onChange }: { sort: ComparisonSort; onChange: (sort: ComparisonSort) => void }) {
  const sortId = useId();
  const orderId = useId();
  const field = sortField(sort);
  return (
    <>
      <span className={styles.control}>
        <label htmlFor={sortId}>Sort classes by</label>
        <select
          id={sortId}
          className={styles.select}
          value={field}
          onChange={(event) => onChange(SORT_FIELDS.find((f) => f.field === event.target.value)?.defaultSort ?? 'name')}
        >
          {SORT_FIELDS.map((f) => (
            <option key={f.field} value={f.field}>
              {f.label}
            </option>
          ))}
        </select>
      </span>
      <span className={styles.control}>
        <label htmlFor={orderId}>Order</label>
        <select
          id={orderId}
          className={styles.select}
          value={isDescending(sort) ? 'descending' : 'ascending'}
          onChange={(event) => onChange(event.target.value === 'descending' ? `-${field}` : field)}
        >
          <option value="ascending">Ascending</option>
          <option value="descending">Descending</option>
        </select>
      </span>
    </>
  );
}

function AddModelButton({ children }: { children: ReactNode }) {
  const [clicked, setClicked] = useState(false);
  const button = (
    <Button aria-haspopup="dialog" onClick={() => setClicked(true)}>
      + Add model
    </Button>
  );
  if (!clicked) return button;
  return (
    <Suspense fallback={button}>
      <AddModelPopover>{children}</AddModelPopover>
    </Suspense>
  );
}

/** One message for every model that failed to load: usually they failed for the same reason. */
function loadFailure(failed: LoadedModels['failed']): Error {
  const first = failed[0];
  if (failed.length === 1 && first) return new Error(`Model ${first.id}: ${first.error.message}`);
  return new Error(`${failed.length} models could not be loaded: ${first?.error.message ?? ''}`);
}

function Notice({ tone = 'info', children }: { tone?: 'info' | 'warning'; children: ReactNode }) {
  return (
    <div role={tone === 'warning' ? 'alert' : 'status'} className={`${styles.notice} ${styles[tone]}`}>
      {children}
    </div>
  );
}

interface ComparisonProps {
  datasetId: string;
  models: ModelDetail[];
  baselineIndex: number;
  view: CompareView;
  update: (patch: CompareViewPatch) => void;
}

/** Chart, table, timeline and metadata diff for two or more loaded models. */
function Comparison({ datasetId, models, baselineIndex, view, update }: ComparisonProps) {
  const columns = useMemo<CompareColumn[]>(
    () => models.map((m, i) => ({ id: m.id, name: m.name, color: modelColor(i) })),
    [models],
  );
  const allRows = useMemo(() => buildComparisonRows(models, baselineIndex), [models, baselineIndex]);
  const summaries = useMemo(() => summarizeModels(models, allRows, baselineIndex), [models, allRows, baselineIndex]);
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
  // Every trained model of the dataset: fetched once the comparison is drawn, not competing with it.
  const timeline = useQuery({
    ...modelQueries.everything(datasetId, { must: { isTrained: true } }),
    enabled: showBelowFold,
  });
  // The charts are the expensive part of a render: redraw them only when their data changes.
  const chart = useMemo(() => {
    const Chart = loadedCompareChart() ?? LazyCompareChart;
    // Not created here: both are module-level components; the loaded one skips suspending once.
    // eslint-disable-next-line react-hooks/static-components
    return <Chart models={columns} rows={rows} baselineIndex={baselineIndex} />;
  }, [columns, rows, baselineIndex]);
  const timelineChart = useMemo(
    () => timeline.data && <MapTimeline models={timeline.data.models} compared={columns} />,
    [timeline.data, columns],
  );
  const placed = useMemo(
    () => timeline.data && new Set(timelinePoints(timeline.data.models).map((p) => p.id)),
    [timeline.data],
  );
  const hidden = allRows.length - rows.length;
  const table = useMemo(
    () => (
      <CompareTable
        models={columns}
        rows={rows}
        summaries={summaries}
        baselineIndex={baselineIndex}
        hiddenCount={hidden}
      />
    ),
    [columns, rows, summaries, baselineIndex, hidden],
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
      <div className={styles.viewBar} role="group" aria-label="Classes">
        <SortControls sort={view.sort} onChange={(sort) => update({ sort })} />
        <ThresholdInput value={view.threshold} onChange={(threshold) => update({ threshold })} />
        <span className={styles.count}>
          {rows.length} of {allRows.length} classes
        </span>
      </div>

      <ChartFigure
        title="AP per class"
        description="One bar per model; hover a class for exact values and deltas."
        exportName={`${exportStem}-ap`}
        maxHeight={640}
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
        {rows.length === 0 ? (
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

      <ChartFigure
        title="mAP over time"
        description="Every trained model of this dataset by training date."
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
        {timeline.isPending || !showBelowFold ? (
          <PageSkeleton rows={4} />
        ) : timeline.isError ? (
          <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : (
          <Suspense fallback={<PageSkeleton rows={4} />}>{timelineChart}</Suspense>
        )}
      </ChartFigure>

      <section className={styles.panel} aria-labelledby="compare-meta-title">
        <div className={styles.panelHead}>
          <h2 id="compare-meta-title">Metadata</h2>
        </div>
        {showBelowFold ? metaDiff : <PageSkeleton rows={3} />}
      </section>
    </>
  );
}

/** /datasets/:datasetId/compare?ids=a,b&baseline=a — per-class AP of several models against a baseline. */
export function ComparePage() {
  const { datasetId = '' } = useParams();
  const [view, update] = useCompareView();
  const location = useLocation();
  const href = useHref(location);
  const idsKey = view.ids.join(',');
  // A stable combine lets useQueries return the same object until a result changes.
  const combine = useCallback(
    (results: Array<UseQueryResult<ModelDetail | null>>) => combineModels(results, idsKey.split(',')),
    [idsKey],
  );
  const loaded = useQueries({ queries: view.ids.map((id) => modelQueries.detail(datasetId, id)), combine });
  // While a newly added model loads, keep showing the comparison that was already there.
  const [settled, setSettled] = useState<LoadedModels | null>(null);
  if (!loaded.pending && settled !== loaded) setSettled(loaded);
  const current = loaded.pending ? settled : loaded;

  const models = current?.models ?? [];
  const baseline = models.find((m) => m.id === view.baseline) ?? models.find((m) => m.isPinned) ?? models[0] ?? null;
  const baselineIndex = baseline ? models.indexOf(baseline) : 0;
  const full = view.ids.length >= MAX_COMPARED;
  // The chart's code loads beside the models (the route's loader starts both); the comparison waits
  // for it, so chart and table are drawn in one frame. A failed load falls back to the lazy chart,
  // whose error the route shows.
  const willCompare = view.ids.length >= 2;
  const [chartLoaded, setChartLoaded] = useState(() => loadedCompareChart() !== undefined);
  useEffect(() => {
    if (!willCompare || chartLoaded) return;
    const done = () => setChartLoaded(true);
    void loadCompareChart().then(done, done);
  }, [willCompare, chartLoaded]);

  const addModel = (model: ModelListItem) => update({ requestedIds: [...view.requestedIds, model.id] }, { push: true });
  const removeModels = (ids: readonly string[]) =>
    update(
      {
        requestedIds: view.requestedIds.filter((id) => !ids.includes(id)),
        ...(view.baseline && ids.includes(view.baseline) ? { baseline: null } : {}),
      },
      { push: true },
    );
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
      toast.success('Link copied');
    } catch {
      toast.error('Could not copy the link. Copy it from the address bar instead.');
    }
  };
  const picker = (autoFocus: boolean) => (
    <ModelPicker
      datasetId={datasetId}
      searchLabel="Search models"
      pickedIds={view.ids}
      onPick={addModel}
      full={full}
      fullNote={`The comparison is full (${MAX_COMPARED} models): remove one to add another.`}
      autoFocus={autoFocus}
    />
  );

  let body: ReactNode;
  if (view.requestedIds.length === 0) {
    body = (
      <EmptyState title="Choose models to compare">
        <p>Pick two to {MAX_COMPARED} models of this dataset to see their per-class AP side by side.</p>
        <div className={styles.inlinePicker}>{picker(true)}</div>
      </EmptyState>
    );
  } else if (!current || (models.length >= 2 && !chartLoaded)) {
    body = <PageSkeleton rows={8} />;
  } else if (models.length === 0 && current.failed.length > 0) {
    body = null; // the error above says it all (e.g. the server is down)
  } else if (models.length < 2) {
    body = (
      <EmptyState title={models.length === 1 ? 'Add another model' : 'No models to compare'}>
        <p>
          {models.length === 1
            ? `Add at least one more model to compare with ${models[0]?.name}.`
            : 'None of the requested models could be loaded. Pick models to compare.'}
        </p>
        <div className={styles.inlinePicker}>{picker(false)}</div>
      </EmptyState>
    );
  } else {
    body = (
      <Comparison datasetId={datasetId} models={models} baselineIndex={baselineIndex} view={view} update={update} />
    );
  }

  const extra = view.requestedIds.slice(MAX_COMPARED);
  return (
    <div className={styles.page}>
      <PageTitle page="Compare" datasetId={datasetId} />
      <header className={styles.header}>
        <div>
          <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
            <Link to={`/datasets/${encodeURIComponent(datasetId)}/models`}>Models</Link>
            <span aria-hidden="true"> / </span>
            <span>Compare</span>
          </nav>
          <h1 tabIndex={-1}>Compare models</h1>
          {models.length >= 2 && baseline && (
            <p className={styles.subtitle}>
              {models.length} models, per-class AP against the baseline <strong>{baseline.name}</strong>
            </p>
          )}
        </div>
        {models.length >= 1 && (
          <div className={styles.actions}>
            {models.length >= 2 && baseline && (
              <span className={styles.control}>
                <label htmlFor="compare-baseline">Baseline</label>
                <select
                  id="compare-baseline"
                  className={styles.select}
                  value={baseline.id}
                  onChange={(event) => update({ baseline: event.target.value })}
                >
                  {models.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                      {m.isPinned ? ' (pinned)' : ''}
                    </option>
                  ))}
                </select>
              </span>
            )}
            {models.length >= 2 && <AddModelButton>{picker(true)}</AddModelButton>}
            <Button onClick={() => void copyLink()}>Copy link</Button>
          </div>
        )}
      </header>

      {models.length >= 1 && (
        <ul className={styles.chips} aria-label="Compared models">
          {models.map((m, i) => (
            <li key={m.id} className={styles.chip}>
              <span className={styles.chipSwatch} style={{ background: modelColor(i) }} aria-hidden="true" />
              <Link to={`/datasets/${encodeURIComponent(datasetId)}/models/${encodeURIComponent(m.id)}`}>{m.name}</Link>
              {m.isPinned && <span className={styles.pinnedTag}>Pinned</span>}
              {m === baseline && models.length >= 2 && <span className={styles.baselineTag}>Baseline</span>}
              <button
                type="button"
                className={styles.remove}
                aria-label={`Remove ${m.name}`}
                title="Remove from the comparison"
                onClick={() => removeModels([m.id])}
              >
                ×
              </button>
            </li>
          ))}
          {loaded.pending && current && <li className={styles.loadingChip}>Loading…</li>}
        </ul>
      )}

      {extra.length > 0 && (
        <Notice tone="warning">
          A comparison holds at most {MAX_COMPARED} models; {view.requestedIds.length} were requested, so the last{' '}
          {extra.length} {extra.length === 1 ? 'is' : 'are'} left out. Remove models to make room, or{' '}
          <Button size="sm" onClick={() => removeModels(extra)}>
            Drop the other {extra.length}
          </Button>
        </Notice>
      )}
      {current && current.notFound.length > 0 && (
        <Notice tone="warning">
          {current.notFound.length === 1 ? 'This model was' : 'These models were'} not found in this dataset:{' '}
          <span className={styles.ids}>{current.notFound.join(', ')}</span>. They may have been deleted.{' '}
          <Button size="sm" onClick={() => removeModels(current.notFound)}>
            Remove from comparison
          </Button>
        </Notice>
      )}
      {current && current.failed.length > 0 && (
        <ErrorState error={loadFailure(current.failed)} onRetry={() => current.failed.forEach((f) => f.retry())} />
      )}

      {body}
    </div>
  );
}
