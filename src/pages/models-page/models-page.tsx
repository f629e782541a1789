import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { datasetQueries } from '../../api/datasets';
import { modelKeys, type ModelListItem } from '../../api/models';
import { allLoadedModels, modelQueries } from '../../api/models.queries';
import { useAllPages } from '../../components/use-all-pages';
import { AuditLegend } from '../../components/audit-badge';
import { BulkBar } from './bulk-bar';
import { Button, buttonClass } from '../../components/button';
import { ColumnMenu } from './column-menu';
import { downloadText, fileStem } from '../../components/download';
import { PageTitle } from '../../components/page-title';
import { FilterChips } from '../../components/filter-chips';
import { formatCount } from '../../components/format';
import { LoadAllProgress } from './load-all-progress';
import { columnOptions, modelColumns } from './model-columns';
import { capabilitiesQueryOptions } from '../../api/capabilities';
import { sharedScore } from '../../components/model-score';
import { useHostRecords } from '../../api/capabilities';
import { FIRST_GENERATION_ONLY } from './model-columns';
import { ModelsTable } from './models-table';
import { Pagination } from '../../components/pagination';
import { EmptyState, ErrorState } from '../../components/status';
import { modelsCsv } from './models-csv';
import { loadModels } from './selected-models';
import { useLoadedFirstPage } from './local-filter';
import { toast } from '../../components/toast';
import styles from './models-page.module.css';
import { PAGE_SIZES, pageOf, toFilter, useModelsView, type ModelsView, type SortEntry } from './url-state';
import { useBulkDelete } from './use-bulk-delete';
import { useHiddenColumns } from './use-hidden-columns';
import { lazyPart } from '../../components/chunk-load';
import { evaluationsPath } from '../../components/evaluations';

// The dialog (and Radix with it) loads on first use, keeping the list route's JS small.
const BulkDeleteDialog = lazyPart(() => import('./bulk-delete-dialog').then((m) => m.BulkDeleteDialog));

/** The compare page shows at most this many models side by side. */
const MAX_COMPARE = 12;

/** The keys of a JSON object field over the listed models, sorted (meta: Group by; training parameters: columns). */
function keysOf(models: readonly ModelListItem[] | undefined, field: (m: ModelListItem) => object | null | undefined) {
  const keys = new Set<string>();
  for (const m of models ?? []) for (const key of Object.keys(field(m) ?? {})) keys.add(key);
  return [...keys].sort();
}

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
  // What the list asks for depends on what the server speaks; until that is known, nothing is asked
  // (a server that cannot say is treated as first generation).
  const capabilities = useQuery(capabilitiesQueryOptions());
  const known = capabilities.data !== undefined || capabilities.isError;
  const newer = capabilities.data?.newerGeneration ?? false;
  const pageParams = pageOf(view, newer);
  const { filter } = pageParams;
  const orderBy = pageParams.orderBy ?? null;
  const filtered = filter !== null;
  const modelsPath = `/datasets/${encodeURIComponent(datasetId)}/models`;
  // The dataset's activity feed exists only on a local catalog (README "Model history").
  const hasHistory = capabilities.data?.history === true;
  // Evaluations only where the server records diagnoses (README "Evaluations").
  const hasEvaluations = capabilities.data?.diagnoses === true;

  // The search texts as typed. Until they settle into the URL's filter, a "Load all" list already in the browser
  // answers them at once (./local-filter); the settled filter's page then stands in until the server's arrives.
  const [typed, setTyped] = useState<Partial<Pick<ModelsView, 'search' | 'exclude'>>>({});
  const onTyping = useCallback(
    (patch: Partial<Pick<ModelsView, 'search' | 'exclude'>>) => setTyped((current) => ({ ...current, ...patch })),
    [],
  );
  // A new filter in the URL (settled, Back, Clear filters) starts from what it says.
  const committedText = JSON.stringify([view.search, view.exclude]);
  const [typedFor, setTypedFor] = useState(committedText);
  if (typedFor !== committedText) {
    setTypedFor(committedText);
    setTyped({});
  }
  const typedFilter = toFilter({ ...view, ...typed }, newer);
  const typing = JSON.stringify(typedFilter) !== JSON.stringify(filter);
  const loaded = useLoadedFirstPage(datasetId, typedFilter, orderBy, view.size);
  const typedPage = typing ? loaded : undefined;

  const page = useQuery({
    ...modelQueries.list(datasetId, pageParams),
    enabled: known,
    placeholderData: (previous) => (!typing && view.cursors.length === 0 && loaded) || previous,
  });
  // The next page is asked for as soon as this one is shown, so "Next page" finds it in the cache.
  const nextCursor = page.isPlaceholderData ? null : page.data?.next;
  useQuery({
    ...modelQueries.list(datasetId, { ...pageParams, cursor: nextCursor ?? null }),
    enabled: Boolean(nextCursor) && !view.all,
    notifyOnChangeProps: [],
  });
  const everything = useInfiniteQuery({
    ...modelQueries.allPages(datasetId, filter, orderBy),
    enabled: view.all && known,
    select: allLoadedModels,
  });
  useAllPages(everything, view.all);
  const datasetName = useQuery({
    ...datasetQueries.list(),
    select: (datasets) => datasets.find((d) => d.id === datasetId)?.name,
  }).data;

  // Pages stay on screen until every model is in.
  const showingAll = !typedPage && view.all && everything.data !== undefined && !everything.hasNextPage;
  const pageData = typedPage ?? page.data;
  // Rows from the browser's own filtering are not faded as stale: they are what the server is expected to say.
  const pageStale = page.isPlaceholderData && page.data !== loaded;
  const list = showingAll ? everything.data : pageData;
  const models = list?.models;
  const shownFiltered = (typedPage ? typedFilter : filter) !== null;

  const metaKeys = useMemo(() => keysOf(models, (m) => m.meta), [models]);
  const paramKeys = useMemo(() => keysOf(models, (m) => m.trainingParameters), [models]);
  const score = useMemo(() => sharedScore(models ?? []), [models]);
  const columns = useMemo(() => modelColumns({ newer, score, paramKeys }), [newer, score, paramKeys]);
  // A host that speaks only the newer API records no baseline and no per-class AP: no such columns.
  const { firstGeneration } = useHostRecords();
  const options = useMemo(() => {
    const all = columnOptions(columns);
    return firstGeneration ? all : all.filter((c) => !FIRST_GENERATION_ONLY.has(c.id));
  }, [columns, firstGeneration]);
  const [chosenHidden, toggleColumn] = useHiddenColumns(options, view.columns, (shown) => update({ columns: shown }));
  const hidden = useMemo(
    () => (firstGeneration ? chosenHidden : new Set([...chosenHidden, ...FIRST_GENERATION_ONLY])),
    [firstGeneration, chosenHidden],
  );
  const sorting = view.sort.filter((s) => s.id === 'name' || options.some((c) => c.id === s.id));

  // Ids only: what is shown or exported for them is the newest copy (./selected-models).
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [compareMessage, setCompareMessage] = useState<string | null>(null);
  const select = (chosen: readonly { id: string }[], selected: boolean) => {
    const next = new Set(selection);
    for (const { id } of chosen) {
      if (selected) next.add(id);
      else next.delete(id);
    }
    setSelection(next);
    setCompareMessage(null);
  };

  const compare = () => {
    const ids = [...selection];
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

  const exportCsv = async () => {
    try {
      const rows = selection.size > 0 ? await loadModels(queryClient, datasetId, [...selection]) : (models ?? []);
      downloadText(`${fileStem(datasetName ?? datasetId)}-models.csv`, modelsCsv(rows, newer));
    } catch (error) {
      toast.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const [deleting, setDeleting] = useState<Array<{ id: string; name: string; isPinned: boolean }> | null>(null);
  const bulkDelete = useBulkDelete(datasetId, (deleted) => {
    setSelection((current) => new Set([...current].filter((id) => !deleted.has(id))));
  });

  const loadAll = () => update({ all: true, cursors: [] });
  const cancelLoadAll = () => {
    void queryClient.cancelQueries({ queryKey: modelKeys.allPages(datasetId, filter, orderBy) });
    update({ all: false });
  };
  const clearFilters = () => update({ search: '', exclude: '', pinned: 'any', trained: 'any', status: {}, task: {} });

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
  const totalCount = pageData?.totalCount;
  const walking = view.all && !everything.isError && (everything.isFetching || everything.hasNextPage);
  const walkProgress = walking && (
    <LoadAllProgress
      loaded={everything.data?.models.length ?? 0}
      total={everything.data?.totalCount ?? totalCount ?? null}
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
                {[formatCount(totalCount), shownFiltered && 'matching', totalCount === 1 ? 'model' : 'models']
                  .filter(Boolean)
                  .join(' ')}
              </span>
            )}
          </p>
        </div>
        <div className={styles.headActions}>
          <Link to={`${modelsPath}/new`} className={buttonClass('primary')}>
            <span aria-hidden="true">+</span> New model
          </Link>
          {hasHistory && (
            <Link to={`/datasets/${encodeURIComponent(datasetId)}/activity`} className={buttonClass('ghost')}>
              Activity
            </Link>
          )}
          {hasEvaluations && (
            <Link to={evaluationsPath(datasetId)} className={buttonClass('ghost')}>
              Evaluations
            </Link>
          )}
        </div>
      </header>

      <FilterChips
        search={view.search}
        exclude={view.exclude}
        pinned={view.pinned}
        trained={view.trained}
        pinnedFilter={firstGeneration}
        newer={newer ? { status: view.status, task: view.task } : undefined}
        onChange={update}
        onTyping={onTyping}
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
        <ColumnMenu columns={options} hidden={chosenHidden} onToggle={toggleColumn} />
      </FilterChips>

      {view.all && everything.isError && !walking && (
        <div role="alert" className={styles.banner}>
          Loading all models failed: {everything.error.message}
          <Button size="sm" onClick={() => void (everything.data ? everything.fetchNextPage() : everything.refetch())}>
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
        onExport={() => void exportCsv()}
        onDelete={() => {
          bulkDelete.reset();
          // The dialog names pinned models apart, so models no cached list holds any more are fetched first.
          loadModels(queryClient, datasetId, [...selection]).then(
            (rows) => setDeleting(rows.map(({ id, name, isPinned }) => ({ id, name, isPinned }))),
            (error: Error) => toast.error(`Could not load the selected models: ${error.message}`),
          );
        }}
        onClear={() => setSelection(new Set())}
      />

      {page.isError && !list ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : empty ? (
        shownFiltered ? (
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
          columns={columns}
          sorting={sorting}
          sortedByServer={orderBy !== null}
          onSortingChange={(next) => update({ sort: next.map(({ id, desc }): SortEntry => ({ id, desc })) })}
          hiddenColumns={hidden}
          groupBy={view.group}
          selected={selection}
          onSelect={select}
          stale={!showingAll && !typedPage && pageStale}
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
            pageData && (
              <div className={styles.paging}>
                <Pagination
                  pageIndex={typedPage ? 0 : view.cursors.length}
                  pageSize={view.size}
                  pageSizes={PAGE_SIZES}
                  rowCount={pageData.models.length}
                  totalCount={pageData.totalCount}
                  hasNext={Boolean(pageData.next)}
                  onPrevious={() => update({ cursors: view.cursors.slice(0, -1) })}
                  onNext={() => page.data?.next && update({ cursors: [...view.cursors, page.data.next] })}
                  onPageSizeChange={(size) => update({ size: PAGE_SIZES.find((s) => s === size) ?? view.size })}
                  disabled={page.isPlaceholderData || typedPage !== undefined}
                />
                {walkProgress ||
                  ((pageData.next || view.cursors.length > 0) && !view.all && (
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
