import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Diagnosis } from '../../api/diagnoses';
import { sliceQueries } from '../../api/slices';
import { EvaluatedModel, EvaluationScore } from '../../components/evaluation-parts';
import { formatCount, formatDateTime, formatRelative } from '../../components/format';
import { StatusBadge } from '../../components/model-status';
import { useModelNames } from '../../components/use-model-names';
import styles from './evaluation-page.module.css';

const none = <span className={styles.none}>—</span>;

function Time({ at }: { at: string | null }) {
  return at ? (
    <time dateTime={at} title={formatRelative(at)}>
      {formatDateTime(at)}
    </time>
  ) : (
    none
  );
}

/** A slice by its name (the id on hover), or its id when the dataset's slices do not name it. */
function SliceName({ id, names }: { id: string | null; names: Map<string, string> | undefined }) {
  if (id == null) return none;
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
  const facts: Array<[string, ReactNode]> = [
    ['Status', <StatusBadge key="status" status={diagnosis.status} />],
    ['Score', <EvaluationScore key="score" diagnosis={diagnosis} />],
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
        none
      ),
    ],
    ['Completed', <Time key="completed" at={diagnosis.completedAt} />],
    ['Evaluation ID', <code key="id">{diagnosis.id}</code>],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([label, value]) => (
        <div key={label} className={styles.fact}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
