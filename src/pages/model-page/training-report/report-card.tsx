import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../../api/client';
import { reportQueries, REPORTS_FILE, type TrainingReportItem } from '../../../api/reports';
import { Button } from '../../../components/button';
import { ChartFigure } from '../../../components/chart-figure';
import { fileStem } from '../../../components/download';
import { ChartLoading, needsWideCard, ReportFigure } from '../../../components/report-charts/report-figure';
import styles from './training-report.module.css';

/** A card that has no chart to show, saying why; the figure keeps the item's name. */
function ReportNote({ item, children }: { item: TrainingReportItem; children: ReactNode }) {
  return (
    <ChartFigure title={item.name} description={item.description ?? undefined}>
      <div className={styles.note}>{children}</div>
    </ChartFigure>
  );
}

/** Failures that another try may fix (network, refused link); a missing or malformed file stays so. */
const retryable = (error: Error) => !(error instanceof ApiError) || !['BAD_REPORT', 'NOT_FOUND'].includes(error.code);

function LoadedCard({
  item,
  contentId,
  modelName,
}: {
  item: TrainingReportItem;
  contentId: string;
  modelName: string;
}) {
  const file = useQuery(reportQueries.file(contentId, item.type));
  if (file.isPending) {
    return (
      <ChartFigure title={item.name} description={item.description ?? undefined}>
        <ChartLoading />
      </ChartFigure>
    );
  }
  if (file.isError) {
    return (
      <ReportNote item={item}>
        <p>This chart cannot be drawn. {file.error.message}</p>
        {retryable(file.error) && (
          <Button size="sm" onClick={() => void file.refetch()}>
            Retry
          </Button>
        )}
      </ReportNote>
    );
  }
  return (
    <div className={needsWideCard(file.data) ? styles.wide : styles.card}>
      <ReportFigure
        title={item.name}
        description={item.description}
        data={file.data}
        exportName={`${fileStem(modelName)}-${fileStem(item.name)}`}
      />
    </div>
  );
}

/** One report item: its chart once its own reports.json has loaded, or a sentence saying why not. */
export function ReportCard({ item, modelName }: { item: TrainingReportItem; modelName: string }) {
  if (!item.contentId) {
    return (
      <ReportNote item={item}>
        <p>This item has no content yet, so there is no {REPORTS_FILE} to draw.</p>
      </ReportNote>
    );
  }
  return <LoadedCard item={item} contentId={item.contentId} modelName={modelName} />;
}
