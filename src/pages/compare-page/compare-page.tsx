import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, useHref, useLocation, useParams } from 'react-router';
import type { ModelListItem } from '../../api/models';
import { modelQueries } from '../../api/models.queries';
import { Button } from '../../components/button';
import { PageTitle } from '../../components/page-title';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';
import { toast } from '../../components/toast';
import { lazyPart } from '../../components/chunk-load';
import { AddModelButton } from './add-model-button';
import { loadCompareChart, loadedCompareChart } from './compare-chart-chunk';
import { MAX_COMPARED } from './compare-view';
import { ComparedChips } from './compared-chips';
import { Comparison } from './comparison-view';
import { useCompareView } from './use-compare-view';
import styles from './compare-page.module.css';

// Drawn only when fewer than two models are compared or "+ Add model" opens: not part of a comparison's first paint.
const ModelPicker = lazyPart(() => import('../../components/model-picker').then((m) => m.ModelPicker));

function Notice({ tone = 'info', children }: { tone?: 'info' | 'warning'; children: ReactNode }) {
  return (
    <div role={tone === 'warning' ? 'alert' : 'status'} className={`${styles.notice} ${styles[tone]}`}>
      {children}
    </div>
  );
}

/** /datasets/:datasetId/compare?ids=a,b&baseline=a — per-class AP of several models against a baseline. */
export function ComparePage() {
  const { datasetId = '' } = useParams();
  const [view, update] = useCompareView();
  const location = useLocation();
  const href = useHref(location);
  // While a newly added model loads, the comparison that was already there stays (placeholder data).
  const compared = useQuery(modelQueries.byIds(datasetId, view.ids));
  const current = compared.data;

  const models = current?.models ?? [];
  const baseline = models.find((m) => m.id === view.baseline) ?? models.find((m) => m.isPinned) ?? models[0] ?? null;
  const baselineIndex = baseline ? models.indexOf(baseline) : 0;
  const full = view.ids.length >= MAX_COMPARED;
  // The chart's code loads beside the models (the route's loader starts both); the comparison waits
  // for it, so chart and table are drawn in one frame. A failed load falls back to the lazy chart,
  // which retries and then says it could not be loaded.
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
      <Suspense fallback={<PageSkeleton rows={2} />}>
        <EmptyState title="Choose models to compare">
          <p>Pick two to {MAX_COMPARED} models of this dataset to see their per-class AP side by side.</p>
          <div className={styles.inlinePicker}>{picker(true)}</div>
        </EmptyState>
      </Suspense>
    );
  } else if (compared.isError && !current) {
    body = null; // the error above says it all (e.g. the server is down)
  } else if (!current || (models.length >= 2 && !chartLoaded)) {
    body = <PageSkeleton rows={8} />;
  } else if (models.length < 2) {
    body = (
      <Suspense fallback={<PageSkeleton rows={2} />}>
        <EmptyState title={models.length === 1 ? 'Add another model' : 'No models to compare'}>
          <p>
            {models.length === 1
              ? `Add at least one more model to compare with ${models[0]?.name}.`
              : 'None of the requested models could be loaded. Pick models to compare.'}
          </p>
          <div className={styles.inlinePicker}>{picker(false)}</div>
        </EmptyState>
      </Suspense>
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
        <ComparedChips
          datasetId={datasetId}
          models={models}
          baseline={baseline}
          loading={compared.isPlaceholderData}
          onRemove={removeModels}
        />
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
      {compared.isError && !current && <ErrorState error={compared.error} onRetry={() => void compared.refetch()} />}

      {body}
    </div>
  );
}
