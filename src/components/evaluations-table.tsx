import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Diagnosis } from '../api/diagnoses';
import { sliceQueries } from '../api/slices';
import { EvaluatedModel, ScoreText } from './evaluation-parts';
import { discriminatorSummary, evaluationPath } from './evaluations';
import { formatDateTime, formatRelative } from './format';
import { StatusBadge } from './model-status';
import { useModelNames } from './use-model-names';
import styles from './evaluations-table.module.css';

interface EvaluationsTableProps {
  label: string;
  datasetId: string;
  diagnoses: readonly Diagnosis[];
  /** The dataset's list names each evaluation's model; a model's own page does not. */
  showModel?: boolean;
}

/** Evaluations as rows (README "Evaluations"): each name links to its page; the score comes early, in view on a phone. */
export function EvaluationsTable({ label, datasetId, diagnoses, showModel = false }: EvaluationsTableProps) {
  const slices = useQuery({
    ...sliceQueries.list(datasetId),
    select: (list) => new Map(list.map((s) => [s.id, s.name])),
  }).data;
  const modelNames = useModelNames(
    datasetId,
    showModel ? diagnoses.flatMap((d) => (d.modelId ? [d.modelId] : [])) : [],
  );
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {showModel && <th scope="col">Model</th>}
            <th scope="col" className={styles.numeric}>
              Score
            </th>
            <th scope="col">Status</th>
            <th scope="col">Target slice</th>
            <th scope="col">Discriminator values</th>
            <th scope="col">Completed</th>
          </tr>
        </thead>
        <tbody>
          {diagnoses.map((d) => (
            <tr key={d.id}>
              <th scope="row" className={styles.name}>
                <Link to={evaluationPath(datasetId, d.id)}>{d.name}</Link>
              </th>
              {showModel && (
                <td>
                  <EvaluatedModel
                    datasetId={datasetId}
                    modelId={d.modelId}
                    name={d.modelId ? modelNames?.get(d.modelId) : undefined}
                  />
                </td>
              )}
              <td className={styles.numeric}>
                <ScoreText score={d} />
              </td>
              <td>
                <StatusBadge status={d.status} />
              </td>
              <td>{d.targetSliceId ? (slices?.get(d.targetSliceId) ?? <code>{d.targetSliceId}</code>) : '—'}</td>
              <td>{discriminatorSummary(d) ?? '—'}</td>
              <td className={styles.time}>
                {d.completedAt ? (
                  <time dateTime={d.completedAt} title={formatDateTime(d.completedAt)}>
                    {formatRelative(d.completedAt)}
                  </time>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
