import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useCapabilities } from '../../api/capabilities';
import { diagnosisQueries } from '../../api/diagnoses';
import { Button } from '../../components/button';
import { EvaluationsUnavailable } from '../../components/evaluation-parts';
import { EvaluationsTable } from '../../components/evaluations-table';
import { formatCount } from '../../components/format';
import { PageTitle } from '../../components/page-title';
import { Pagination } from '../../components/pagination';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';
import { DebouncedInput, ValueChipGroup } from '../../components/filter-chips';
import {
  DIAGNOSIS_STATUS_LABELS,
  evaluationsPage,
  PAGE_SIZES,
  useEvaluationsView,
  type EvaluationsSort,
} from './evaluations-view';
import styles from './evaluations-page.module.css';

const SORTS: Array<{ value: string; label: string }> = [
  { value: '', label: 'Newest first' },
  { value: '-score', label: 'Score, highest first' },
  { value: 'score', label: 'Score, lowest first' },
];

/** `/datasets/:datasetId/evaluations`: the dataset's diagnoses, filtered and sorted by the server (README "Evaluations"). */
export function EvaluationsPage() {
  const { datasetId = '' } = useParams();
  const capabilities = useCapabilities();
  const [view, update] = useEvaluationsView();
  const page = useQuery({
    ...diagnosisQueries.list(datasetId, evaluationsPage(view)),
    enabled: capabilities?.diagnoses === true,
  });
  const commitSearch = useCallback((search: string) => update({ search }), [update]);
  const filtered = view.search.trim() !== '' || Object.keys(view.status).length > 0;
  const modelsPath = `/datasets/${encodeURIComponent(datasetId)}/models`;

  let body;
  if (capabilities?.diagnoses === false) {
    body = <EvaluationsUnavailable />;
  } else if (!page.data) {
    body = page.isError ? (
      <ErrorState error={page.error} onRetry={() => void page.refetch()} />
    ) : (
      <PageSkeleton rows={6} />
    );
  } else if (page.data.diagnoses.length === 0) {
    body = filtered ? (
      <EmptyState title="No evaluations match">
        <p>No evaluation of this dataset matches these filters.</p>
        <Button size="sm" onClick={() => update({ search: '', status: {} })}>
          Clear filters
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title="No evaluations yet">
        <p>
          Diagnoses recorded through the SDK (<code>create_diagnosis</code>) show up here.
        </p>
      </EmptyState>
    );
  } else {
    const { diagnoses, next, totalCount } = page.data;
    body = (
      <>
        <EvaluationsTable label="Evaluations" datasetId={datasetId} diagnoses={diagnoses} showModel />
        <Pagination
          pageIndex={view.cursors.length}
          pageSize={view.size}
          pageSizes={PAGE_SIZES}
          rowCount={diagnoses.length}
          totalCount={totalCount}
          hasNext={!!next}
          disabled={page.isPlaceholderData}
          onPrevious={() => update({ cursors: view.cursors.slice(0, -1) })}
          onNext={() => next && update({ cursors: [...view.cursors, next] })}
          onPageSizeChange={(size) => update({ size })}
        />
      </>
    );
  }

  const total = page.data?.totalCount;
  return (
    <section className={styles.page} aria-labelledby="evaluations-heading">
      <PageTitle page="Evaluations" datasetId={datasetId} />
      <header className={styles.head}>
        <div>
          <h1 id="evaluations-heading" tabIndex={-1}>
            Evaluations
          </h1>
          {total !== undefined && capabilities?.diagnoses && (
            <p className={styles.subtitle}>
              {[formatCount(total), filtered && 'matching', total === 1 ? 'evaluation' : 'evaluations']
                .filter(Boolean)
                .join(' ')}
            </p>
          )}
        </div>
        <Link to={modelsPath}>Back to models</Link>
      </header>
      {capabilities?.diagnoses && (
        <div className={styles.bar} role="search" aria-label="Filter evaluations">
          <DebouncedInput
            type="search"
            aria-label="Name contains"
            placeholder="Name contains…"
            className={styles.search}
            value={view.search}
            onCommit={commitSearch}
          />
          <ValueChipGroup
            label="Status"
            labels={DIAGNOSIS_STATUS_LABELS}
            chips={view.status}
            onChange={(status) => update({ status })}
          />
          <label className={styles.sort}>
            Sort
            <select
              value={view.sort ?? ''}
              onChange={(event) => update({ sort: (event.target.value || null) as EvaluationsSort })}
            >
              {SORTS.map((sort) => (
                <option key={sort.value} value={sort.value}>
                  {sort.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {body}
    </section>
  );
}
