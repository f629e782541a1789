import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { datasetQueries } from '../../api/datasets';
import { modelKeys, modelQueries, type ModelListItem } from '../../api/models';
import { AuditLegend } from '../../components/audit-badge';
import { BulkBar } from './bulk-bar';
import { Button, buttonClass } from '../../components/button';
import { ColumnMenu } from './column-menu';
import { downloadText, fileStem } from '../../components/download';
import { PageTitle } from '../../components/page-title';
import { FilterChips } from './filter-chips';
import { formatCount } from '../../components/format';
import { LoadAllProgress } from './load-all-progress';
import { HIDEABLE_COLUMNS, MODEL_COLUMNS, ModelsTable } from './models-table';
import { Pagination } from './pagination';
import { EmptyState, ErrorState } from '../../components/status';
import { modelsCsv } from './models-csv';
import styles from './models-page.module.css';
import { PAGE_SIZES, pageOf, toFilter, useModelsView, type SortEntry } from './url-state';
import { useBulkDelete } from './use-bulk-delete';
import { useHiddenColumns } from './use-hidden-columns';

// The dialog (and Radix with it) loads on first use, keeping the list route's JS small.
const BulkDeleteDialog = lazy(() => import('./bulk-delete-dialog').then((m) => ({ default: m.BulkDeleteDialog })));

/** The compare page shows at most this many models side by side. */
const MAX_COMPARE = 12;

const COLUMN_IDS = new Set(MODEL_COLUMNS.map((c) => c.id));

/** `/datasets/:datasetId/models`: the catalog's front door. */
export function ModelsPage() {
  const { datasetId = '' } = useParams();
  // A new dataset starts with a fresh selection and dialogs.
  return <ModelsCatalog key={datasetId} datasetId={datasetId} />;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function ModelsCatalog({ datasetId }: { datasetId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [view, update] = useModelsView();
  const filter = toFilter(view);
  const filtered = filter !== null;
  const modelsPath = `/datasets/${encodeURIComponent(datasetId)}/models`;

  const page = useQuery(modelQueries.list(datasetId, pageOf(view)));
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const everything = useQuery({
    ...modelQueries.everything(datasetId, filter, (loaded, total) => setProgress({ loaded, total })),
    enabled: view.all,
  });
  const datasetName = useQuery({
    ...datasetQueries.list(),
    select: (datasets) => datasets.find((d) => d.id === datasetId)?.name,
  }).data;

  const showingAll = view.all && everything.data !== undefined;
  const list = showingAll ? everything.data : page.data;
  const models = list?.models;

  const [hidden, toggleColumn] = useHiddenColumns();
  const sorting = view.sort.filter((s) => COLUMN_IDS.has(s.id));
  const metaKeys = useMemo(() => {
    const keys = new Set<string>();
    for (const m of models ?? []) for (const key of Object.keys(m.meta ?? {})) keys.add(key);
    return [...keys].sort();
  }, [models]);

  const [selection, setSelection] = useState<ReadonlyMap<string, ModelListItem>>(new Map());
  const [compareMessage, setCompareMessage] = useState<string | null>(null);
  const select = (chosen: ModelListItem[], selected: boolean) => {
    const next = new Map(selection);
    for (const m of chosen) {
      if (selected) next.set(m.id, m);
      else next.delete(m.id);
    }
    setSelection(next);
    setCompareMessage(null);
  };
  const selectedIds = useMemo(() => new Set(selection.keys()), [selection]);

  const compare = () => {
    const ids = [...selection.keys()];
    if (ids.length > MAX_COMPARE) {
      setCompareMessage(
        `Compare shows at most ${MAX_COMPARE} models side by side; ${ids.length} are selected. Deselect ${
          ids.length - MAX_COMPARE
        } to compare.`,
      );
      return;
    }
    void navigate(`/datasets/${encodeURIComponent(datasetId)}/compare?ids=${ids.map(encodeURIComponent).join(',')}`);
  };

  const exportCsv = () => {
    const rows = selection.size > 0 ? [...selection.values()] : (models ?? []);
    downloadText(`${fileStem(datasetName ?? datasetId)}-models.csv`, modelsCsv(rows));
  };

  const [deleting, setDeleting] = useState<Array<{ id: string; name: string; isPinned: boolean }> | null>(null);
  const bulkDelete = useBulkDelete(datasetId, (deleted) => {
    setSelection((current) => new Map([...current].filter(([id]) => !deleted.has(id))));
  });

  const loadAll = () => {
    setProgress(null);
    update({ all: true, cursors: [] });
  };
  const cancelLoadAll = () => {
    void queryClient.cancelQueries({ queryKey: modelKeys.everything(datasetId, filter) });
    update({ all: false });
  };
  const clearFilters = () => update({ search: '', exclude: '', pinned: 'any', trained: 'any' });

  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const focusSearch = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', focusSearch);
    return () => document.removeEventListener('keydown', focusSearch);
  }, []);

  const empty = models !== undefined && models.length === 0;
  const totalCount = page.data?.totalCount;
  const walking = view.all && everything.isFetching;
  const walkProgress = walking && (
    <LoadAllProgress
      loaded={progress?.loaded ?? 0}
      total={progress?.total ?? totalCount ?? null}
      onCancel={cancelLoadAll}
    />
  );

  return (
    <section className={styles.page} aria-labelledby="models-heading">
      <PageTitle page="Models" datasetId={datasetId} />
      <header className={styles.head}>
        <div>
          <h1 id="models-heading" tabIndex={-1}>
            Models
          </h1>
          <p className={styles.subtitle}>
            {datasetName && <span>{datasetName}</span>}
            {totalCount !== undefined && (
              <span>
                {[formatCount(totalCount), filtered && 'matching', totalCount === 1 ? 'model' : 'models']
                  .filter(Boolean)
                  .join(' ')}
              </span>
            )}
          </p>
        </div>
        <Link to={`${modelsPath}/new`} className={buttonClass('primary')}>
          <span aria-hidden="true">+</span> New model
        </Link>
      </header>

      <FilterChips
        search={view.search}
        exclude={view.exclude}
        pinned={view.pinned}
        trained={view.trained}
        onChange={update}
        onClear={filtered && !empty ? clearFilters : undefined}
        searchRef={searchRef}
      >
        <label className={styles.groupBy}>
          Group by
          <select value={view.group ?? ''} onChange={(event) => update({ group: event.target.value || null })}>
            <option value="">None</option>
            {[...new Set([...metaKeys, ...(view.group ? [view.group] : [])])].map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </label>
        <ColumnMenu columns={HIDEABLE_COLUMNS} hidden={hidden} onToggle={toggleColumn} />
      </FilterChips>

      {view.all && everything.isError && !walking && (
        <div role="alert" className={styles.banner}>
          Loading all models failed: {everything.error.message}
          <Button size="sm" onClick={() => void everything.refetch()}>
            Retry
          </Button>
          <Button size="sm" variant="ghost" onClick={() => update({ all: false })}>
            Show pages
          </Button>
        </div>
      )}
      {page.isError && page.data && !showingAll && (
        <div role="alert" className={styles.banner}>
          Could not refresh the list: {page.error.message}
          <Button size="sm" onClick={() => void page.refetch()}>
            Retry
          </Button>
        </div>
      )}

      <BulkBar
        selectedCount={selection.size}
        loadedCount={models?.length ?? 0}
        message={compareMessage}
        onCompare={compare}
        onExport={exportCsv}
        onDelete={() => {
          bulkDelete.reset();
          setDeleting([...selection.values()].map(({ id, name, isPinned }) => ({ id, name, isPinned })));
        }}
        onClear={() => select([...selection.values()], false)}
      />

      {page.isError && !list ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : empty ? (
        filtered ? (
          <EmptyState title="No matches">
            <p>No model in this dataset matches the filters.</p>
            <Button onClick={clearFilters}>Clear filters</Button>
          </EmptyState>
        ) : view.cursors.length > 0 ? (
          <EmptyState title="This page is empty">
            <p>Models were removed since the page was opened.</p>
            <Button onClick={() => update({ cursors: [] })}>First page</Button>
          </EmptyState>
        ) : (
          <EmptyState title="No models yet">
            <p>Register a trained model with the SDK, or create one here.</p>
            <Link to={`${modelsPath}/new`} className={buttonClass('primary')}>
              Create model
            </Link>
          </EmptyState>
        )
      ) : (
        <ModelsTable
          models={models}
          sorting={sorting}
          onSortingChange={(next) => update({ sort: next.map(({ id, desc }): SortEntry => ({ id, desc })) })}
          hiddenColumns={hidden}
          groupBy={view.group}
          selected={selectedIds}
          onSelect={select}
          stale={!showingAll && page.isPlaceholderData}
        />
      )}

      {!(empty && view.cursors.length === 0) && (
        <footer className={styles.foot}>
          <AuditLegend />
          {showingAll ? (
            <div className={styles.allLoaded}>
              <span>All {formatCount(models?.length ?? 0)} models loaded</span>
              {walkProgress || (
                <Button size="sm" onClick={() => update({ all: false })}>
                  Show pages
                </Button>
              )}
            </div>
          ) : (
            page.data && (
              <div className={styles.paging}>
                <Pagination
                  pageIndex={view.cursors.length}
                  pageSize={view.size}
                  pageSizes={PAGE_SIZES}
                  rowCount={page.data.models.length}
                  totalCount={page.data.totalCount}
                  hasNext={Boolean(page.data.next)}
                  onPrevious={() => update({ cursors: view.cursors.slice(0, -1) })}
                  onNext={() => page.data?.next && update({ cursors: [...view.cursors, page.data.next] })}
                  onPageSizeChange={(size) => update({ size: PAGE_SIZES.find((s) => s === size) ?? view.size })}
                  disabled={page.isPlaceholderData}
                />
                {walkProgress ||
                  ((page.data.next || view.cursors.length > 0) && !view.all && (
                    <Button
                      size="sm"
                      onClick={loadAll}
                      title="Load every page of the filtered list to sort or export it"
                    >
                      Load all
                    </Button>
                  ))}
              </div>
            )
          )}
        </footer>
      )}

      {deleting && (
        <Suspense fallback={null}>
          <BulkDeleteDialog
            open
            onOpenChange={(open) => !open && setDeleting(null)}
            models={deleting}
            results={bulkDelete.results}
            onConfirm={() => void bulkDelete.run(deleting.map((m) => m.id))}
          />
        </Suspense>
      )}
    </section>
  );
}
