import { Suspense } from 'react';
import { useCapabilities } from '../../api/capabilities';
import { lazyPart } from '../../components/chunk-load';
import type { CompareColumn } from './comparison';

// Below the fold and only for servers that record diagnoses: a chunk of its own.
const CompareEvaluationsSection = lazyPart(() =>
  import('./compare-evaluations-section').then((m) => m.CompareEvaluationsSection),
);

/** Compare by evaluation (README "Evaluations"): hidden where the server records no diagnoses. */
export function CompareEvaluations(props: { datasetId: string; models: readonly CompareColumn[] }) {
  const capabilities = useCapabilities();
  if (!capabilities?.diagnoses) return null;
  return (
    <Suspense fallback={null}>
      <CompareEvaluationsSection {...props} />
    </Suspense>
  );
}
