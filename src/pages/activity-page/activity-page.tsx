import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useCapabilities } from '../../api/capabilities';
import { historyQueryOptions, type HistoryEvent } from '../../api/history';
import { HistoryList } from '../../components/history-list';
import { PageTitle } from '../../components/page-title';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';
import styles from './activity-page.module.css';

/** Models deleted according to the events loaded so far: newest first, so a deletion loads before its model's older events. */
const deletedIn = (events: readonly HistoryEvent[]) =>
  new Set(events.filter((e) => e.kind === 'DELETED').map((e) => e.modelId));

/** `/datasets/:datasetId/activity`: every write to the dataset's models, newest first (README "Model history"). */
export function ActivityPage() {
  const { datasetId = '' } = useParams();
  const capabilities = useCapabilities();
  const activity = useInfiniteQuery({ ...historyQueryOptions(datasetId), enabled: capabilities?.history === true });
  const modelsPath = `/datasets/${encodeURIComponent(datasetId)}/models`;

  let body;
  if (capabilities?.history === false) {
    body = (
      <EmptyState title="No activity here">
        <p>This Superb AI host keeps no history of changes; only a local catalog records it.</p>
      </EmptyState>
    );
  } else if (activity.data === undefined) {
    // A failure after some pages loaded (Show older, a refetch) keeps them: the banner says the server is away.
    body = activity.isError ? (
      <ErrorState error={activity.error} onRetry={() => void activity.refetch()} />
    ) : (
      <PageSkeleton rows={4} />
    );
  } else {
    const events = activity.data.pages.flatMap((page) => page.events);
    const deleted = deletedIn(events);
    body =
      events.length === 0 ? (
        <EmptyState title="No activity yet">
          <p>Creating, editing, pinning or deleting a model shows up here.</p>
        </EmptyState>
      ) : (
        <HistoryList
          label="Activity"
          events={events}
          subject={(event) =>
            deleted.has(event.modelId) ? (
              <span className={styles.model}>
                {event.modelName} <span className={styles.deleted}>(deleted)</span>
              </span>
            ) : (
              <Link className={styles.model} to={`${modelsPath}/${encodeURIComponent(event.modelId)}`}>
                {event.modelName}
              </Link>
            )
          }
          hasOlder={activity.hasNextPage}
          loadingOlder={activity.isFetchingNextPage}
          onShowOlder={() => void activity.fetchNextPage()}
        />
      );
  }

  return (
    <section className={styles.page} aria-labelledby="activity-heading">
      <PageTitle page="Activity" datasetId={datasetId} />
      <header className={styles.head}>
        <h1 id="activity-heading" tabIndex={-1}>
          Activity
        </h1>
        <Link to={modelsPath}>Back to models</Link>
      </header>
      {body}
    </section>
  );
}
