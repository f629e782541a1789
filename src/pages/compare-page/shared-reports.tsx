import { Suspense } from 'react';
import { lazyPart } from '../../components/chunk-load';
import { PageSkeleton } from '../../components/status';
import type { SharedItem } from './report-overlays';
import own from './compare-reports.module.css';

// The charts' code loads only when two compared models share a report item (README "Performance").
const SharedReport = lazyPart(() => import('./shared-report').then((m) => m.SharedReport));

/** The report items two or more compared models share, each drawn once for all of them. `sameWhat` says what they share. */
export function SharedReports({ groups, sameWhat }: { groups: readonly SharedItem[]; sameWhat: string }) {
  return (
    <>
      <p className={own.hint}>
        Items with {sameWhat} in two or more models: bars and lines in one chart, the other types side by side.
      </p>
      <Suspense fallback={<PageSkeleton rows={3} />}>
        {groups.map((group) => (
          <SharedReport key={group.key} group={group} />
        ))}
      </Suspense>
    </>
  );
}
