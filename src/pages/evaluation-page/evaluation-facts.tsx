import { useQuery } from '@tanstack/react-query';
import type { Diagnosis } from '../../api/diagnoses';
import { sliceQueries } from '../../api/slices';
import { EvaluatedModel, ScoreText } from '../../components/evaluation-parts';
import { FactList, FactTime, noValue, type Fact } from '../../components/fact-list';
import { formatCount } from '../../components/format';
import { StatusBadge } from '../../components/model-status';
import { useModelNames } from '../../components/use-model-names';

/** A slice by its name (the id on hover), or its id when the dataset's slices do not name it. */
function SliceName({ id, names }: { id: string | null; names: Map<string, string> | undefined }) {
  if (id == null) return noValue;
  const name = names?.get(id);
  return name ? <span title={id}>{name}</span> : <code>{id}</code>;
}

/** Every scalar field of a diagnosis (README "Evaluations"); parameters and contents are trees below. */
export function EvaluationFacts({ diagnosis }: { diagnosis: Diagnosis }) {
  const { datasetId } = diagnosis;
  const slices = useQuery({
    ...sliceQueries.list(datasetId),
    select: (list) => new Map(list.map((s) => [s.id, s.name])),
  }).data;
  const modelNames = useModelNames(datasetId, diagnosis.modelId ? [diagnosis.modelId] : []);
  const facts: Fact[] = [
    ['Status', <StatusBadge key="status" status={diagnosis.status} />],
    ['Score', <ScoreText key="score" score={diagnosis} />],
    [
      'Model',
      <EvaluatedModel
        key="model"
        datasetId={datasetId}
        modelId={diagnosis.modelId}
        name={diagnosis.modelId ? modelNames?.get(diagnosis.modelId) : undefined}
      />,
    ],
    ['Source slice', <SliceName key="source" id={diagnosis.sourceSliceId} names={slices} />],
    ['Target slice', <SliceName key="target" id={diagnosis.targetSliceId} names={slices} />],
    ['Source data', formatCount(diagnosis.sourceDataCount)],
    ['Target data', formatCount(diagnosis.targetDataCount)],
    ['Diagnosis data', formatCount(diagnosis.diagnosisDataCount)],
    [
      'Discriminator',
      diagnosis.discriminatorKey ? (
        <>
          <code>{diagnosis.discriminatorKey}</code> {(diagnosis.discriminatorValues ?? []).join(' / ')}
        </>
      ) : (
        noValue
      ),
    ],
    ['Completed', <FactTime key="completed" at={diagnosis.completedAt} />],
    ['Evaluation ID', <code key="id">{diagnosis.id}</code>],
  ];
  return <FactList facts={facts} />;
}
