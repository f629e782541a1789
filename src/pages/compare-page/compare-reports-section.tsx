import { useQuery } from '@tanstack/react-query';
import { reportQueries } from '../../api/reports';
import { ErrorState } from '../../components/status';
import type { CompareColumn } from './comparison';
import { sharedItems } from './report-overlays';
import { SharedReports } from './shared-reports';
import styles from './compare-page.module.css';
import own from './compare-reports.module.css';

/** "Training reports" of the comparison (./compare-reports shows it once some compared model has a report). */
export function CompareReportsSection({ datasetId, models }: { datasetId: string; models: readonly CompareColumn[] }) {
  const items = useQuery(
    reportQueries.itemsOf(
      datasetId,
      models.map((m) => m.id),
    ),
  );
  const shared = items.data ? sharedItems(models, items.data) : [];
  return (
    <section className={`${styles.panel} ${own.reports}`} aria-labelledby="compare-reports-title">
      <div className={styles.panelHead}>
        <h2 id="compare-reports-title">Training reports</h2>
      </div>
      {items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : shared.length === 0 ? (
        <p className={styles.empty}>No report item name is shared by two of the compared models.</p>
      ) : (
        <SharedReports groups={shared} sameWhat="the same name" />
      )}
    </section>
  );
}
