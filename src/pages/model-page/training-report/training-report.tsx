import { Suspense } from 'react';
import { useCapabilities } from '../../../api/capabilities';
import { NO_TRAINING_REPORTS } from '../../../components/host-limits';
import { lazyPart } from '../../../components/chunk-load';
import { PageSkeleton } from '../../../components/status';
import styles from './training-report.module.css';

// The section and its charts are chunks of their own, fetched after the page's first paint (README "Dashboard").
const ReportSection = lazyPart(() => import('./report-section').then((m) => m.ReportSection));

export interface TrainingReportProps {
  datasetId: string;
  modelId: string;
  modelName: string;
}

/**
 * The model page's "Training report" section, shown when the server records training reports; a host of the newer
 * API whose report items have no chart type (v1.4.0 era) gets a sentence instead.
 */
export function TrainingReport(props: TrainingReportProps) {
  const capabilities = useCapabilities();
  if (!capabilities?.trainingReports && !capabilities?.newerGeneration) return null;
  return (
    <section className={styles.section} aria-labelledby="section-training-report">
      <h2 id="section-training-report" className={styles.title}>
        Training report
      </h2>
      {capabilities.trainingReports ? (
        <Suspense fallback={<PageSkeleton rows={3} />}>
          <ReportSection {...props} />
        </Suspense>
      ) : (
        <p className={styles.muted}>{NO_TRAINING_REPORTS}</p>
      )}
    </section>
  );
}
