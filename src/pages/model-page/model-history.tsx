import { useInfiniteQuery } from '@tanstack/react-query';
import { historyQueryOptions } from '../../api/history';
import { HistoryList } from '../../components/history-list';
import { ErrorState } from '../../components/status';
import styles from './model-page.module.css';

/** The model's writes, newest first (README "Model history"). */
export function ModelHistory({
  datasetId,
  modelId,
  modelName,
}: {
  datasetId: string;
  modelId: string;
  modelName: string;
}) {
  const history = useInfiniteQuery(historyQueryOptions(datasetId, modelId));
  // A failure after some pages loaded (Show older, a refetch) keeps them: the banner says the server is away.
  if (history.data === undefined) {
    return history.isError ? (
      <ErrorState error={history.error} onRetry={() => void history.refetch()} />
    ) : (
      <p className={styles.muted}>Loading history…</p>
    );
  }
  const events = history.data.pages.flatMap((page) => page.events);
  if (events.length === 0) return <p className={styles.muted}>No changes recorded yet.</p>;
  return (
    <HistoryList
      label={`History of ${modelName}`}
      events={events}
      hasOlder={history.hasNextPage}
      loadingOlder={history.isFetchingNextPage}
      onShowOlder={() => void history.fetchNextPage()}
    />
  );
}
