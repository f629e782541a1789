import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useCapabilities } from '../../api/capabilities';
import { reportQueries } from '../../api/reports';
import { lazyPart } from '../../components/chunk-load';
import type { CompareColumn } from './comparison';

// Below the fold and only for servers that record training reports: a chunk of its own, loaded once the compared
// models turn out to have report items (README "Performance").
const CompareReportsSection = lazyPart(() => import('./compare-reports-section').then((m) => m.CompareReportsSection));

/** The compared models' training report items that share a name, overlaid (bars, lines) or side by side. */
export function CompareReports(props: { datasetId: string; models: readonly CompareColumn[] }) {
  const capabilities = useCapabilities();
  const enabled = Boolean(capabilities?.trainingReports);
  const items = useQuery({
    ...reportQueries.itemsOf(
      props.datasetId,
      props.models.map((m) => m.id),
    ),
    enabled,
  });
  // Nothing at all when no compared model has a report; the section shows the items (same query) or the error.
  if (!enabled || items.isPending) return null;
  if (items.isSuccess && !Object.values(items.data).some((list) => list.length > 0)) return null;
  return (
    <Suspense fallback={null}>
      <CompareReportsSection {...props} />
    </Suspense>
  );
}
