import { Suspense } from 'react';
import { useCapabilities } from '../../api/capabilities';
import { lazyPart } from '../../components/chunk-load';
import type { CompareColumn } from './comparison';

// Below the fold and only for servers that record training reports: a chunk of its own.
const CompareReportsSection = lazyPart(() => import('./compare-reports-section').then((m) => m.CompareReportsSection));

/** The compared models' training report items that share a name, overlaid (bars, lines) or side by side. */
export function CompareReports(props: { datasetId: string; models: readonly CompareColumn[] }) {
  const capabilities = useCapabilities();
  if (!capabilities?.trainingReports) return null;
  return (
    <Suspense fallback={null}>
      <CompareReportsSection {...props} />
    </Suspense>
  );
}
