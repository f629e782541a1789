import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { reportQueries } from '../../../api/reports';
import { lazyPart } from '../../../components/chunk-load';
import { ErrorState, PageSkeleton } from '../../../components/status';
import type { TrainingReportProps } from './training-report';
import cardStyles from '../../../components/report-charts/report-card.module.css';
import styles from './training-report.module.css';

// The cards (and the report charts' shared code) load only for a model that has report items (README "Performance").
const ReportCard = lazyPart(() => import('../../../components/report-charts/report-card').then((m) => m.ReportCard));

/** Every item of the model's training report, each card loading its own reports.json. */
export function ReportSection({ datasetId, modelId, modelName }: TrainingReportProps) {
  const items = useQuery(reportQueries.items(datasetId, modelId));
  if (items.isPending) return <PageSkeleton rows={3} />;
  if (items.isError) return <ErrorState error={items.error} onRetry={() => void items.refetch()} />;
  if (items.data.length === 0) {
    return (
      <p className={styles.muted}>
        This model has no training report yet: report items appear here once training adds them (for example through the
        SDK&apos;s <code>create_training_report_item</code>).
      </p>
    );
  }
  return (
    <Suspense fallback={<PageSkeleton rows={3} />}>
      <div className={cardStyles.cards}>
        {items.data.map((item) => (
          <ReportCard key={item.id} item={item} ownerName={modelName} />
        ))}
      </div>
    </Suspense>
  );
}
