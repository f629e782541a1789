import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { reportQueries, REPORTS_FILE, type TrainingReportItem } from '../../api/reports';
import { Button } from '../button';
import { ChartFigure } from '../chart-figure';
import { fileStem } from '../download';
import { ChartLoading, needsWideCard, ReportFigure } from './report-figure';
import styles from './report-card.module.css';

/** What a card needs of a report item: training reports and diagnoses (README "Diagnoses") share it. */
export type ReportItem = Pick<TrainingReportItem, 'name' | 'type' | 'contentId' | 'description'>;

/** The grid the cards sit in. */
export const reportCardsClass = styles.cards;

/** A card that has no chart to show, saying why; the figure keeps the item's name. */
function ReportNote({ item, children }: { item: ReportItem; children: ReactNode }) {
  return (
    <ChartFigure title={item.name} description={item.description ?? undefined}>
      <div className={styles.note}>{children}</div>
    </ChartFigure>
  );
}

/** Failures that another try may fix (network, refused link); a missing or malformed file stays so. */
const retryable = (error: Error) => !(error instanceof ApiError) || !['BAD_REPORT', 'NOT_FOUND'].includes(error.code);

function LoadedCard({ item, contentId, ownerName }: { item: ReportItem; contentId: string; ownerName: string }) {
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
        exportName={`${fileStem(ownerName)}-${fileStem(item.name)}`}
      />
    </div>
  );
}

/** One report item (of a model or a diagnosis, named `ownerName` in exports): its chart once its own reports.json has loaded, or a sentence saying why not. */
export function ReportCard({ item, ownerName }: { item: ReportItem; ownerName: string }) {
  if (!item.contentId) {
    return (
      <ReportNote item={item}>
        <p>This item has no content yet, so there is no {REPORTS_FILE} to draw.</p>
      </ReportNote>
    );
  }
  return <LoadedCard item={item} contentId={item.contentId} ownerName={ownerName} />;
}
