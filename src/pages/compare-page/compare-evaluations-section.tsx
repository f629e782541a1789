import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { diagnosisQueries, type DiagnosisReportItem } from '../../api/diagnoses';
import { ColorMarker } from '../../components/chart-legend';
import { DiscriminatorSwitcher } from '../../components/discriminator-switcher';
import { ScoreText } from '../../components/evaluation-parts';
import {
  DISCRIMINATOR_PARAM,
  discriminatorLabel,
  discriminatorValuesOf,
  evaluationPath,
  itemsForValue,
} from '../../components/evaluations';
import { formatDateTime, formatRelative } from '../../components/format';
import { StatusBadge } from '../../components/model-status';
import { ErrorState, PageSkeleton } from '../../components/status';
import { useUrlChoice } from '../../components/use-url-choice';
import { SharedReports } from './shared-reports';
import type { CompareColumn } from './comparison';
import { evaluationNames, evaluationPerModel } from './evaluation-choice';
import { sharedItems } from './report-overlays';
import styles from './compare-page.module.css';
import own from './compare-reports.module.css';

/** The compare page's URL parameter naming the chosen evaluation. */
const EVALUATION_PARAM = 'evaluation';

/** "Evaluations" of the comparison: one evaluation name, each model's score and its report items overlaid. */
export function CompareEvaluationsSection({
  datasetId,
  models,
}: {
  datasetId: string;
  models: readonly CompareColumn[];
}) {
  const diagnoses = useQuery(
    diagnosisQueries.ofModels(
      datasetId,
      models.map((m) => m.id),
    ),
  );
  const names = diagnoses.data ? evaluationNames(diagnoses.data) : [];
  const [name, chooseName] = useUrlChoice(EVALUATION_PARAM, names);
  const rows = diagnoses.data && name !== null ? evaluationPerModel(models, diagnoses.data, name) : [];
  const evaluated = rows.flatMap((row) => (row.diagnosis ? [row.diagnosis] : []));
  const values = [...new Set(evaluated.flatMap(discriminatorValuesOf))];
  const [value, chooseValue] = useUrlChoice(DISCRIMINATOR_PARAM, values);
  const key = evaluated.find((d) => d.discriminatorKey)?.discriminatorKey ?? null;
  const itemsByModel: Record<string, DiagnosisReportItem[]> = Object.fromEntries(
    rows.map(({ model, diagnosis }) => [
      model.id,
      diagnosis ? itemsForValue(diagnosis.diagnosisReportItems, value) : [],
    ]),
  );
  const shared = sharedItems(models, itemsByModel, (item) =>
    item.discriminatorValue == null
      ? item.name
      : `${item.name} · ${discriminatorLabel(key)} ${item.discriminatorValue}`,
  );

  let body;
  if (diagnoses.isPending) body = <PageSkeleton rows={3} />;
  else if (diagnoses.isError) body = <ErrorState error={diagnoses.error} onRetry={() => void diagnoses.refetch()} />;
  else if (name === null) body = <p className={styles.empty}>None of the compared models has an evaluation.</p>;
  else {
    body = (
      <>
        <div className={own.scroll}>
          <table className={own.scores} aria-label={`Scores of ${name}`}>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Score</th>
                <th scope="col">Status</th>
                <th scope="col">Completed</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ model, diagnosis }) => (
                <tr key={model.id}>
                  <th scope="row">
                    <span className={own.model}>
                      <ColorMarker color={model.color} />
                      {diagnosis ? <Link to={evaluationPath(datasetId, diagnosis.id)}>{model.name}</Link> : model.name}
                    </span>
                  </th>
                  {diagnosis ? (
                    <>
                      <td>
                        <ScoreText score={diagnosis} />
                      </td>
                      <td>
                        <StatusBadge status={diagnosis.status} />
                      </td>
                      <td>
                        {diagnosis.completedAt ? (
                          <time dateTime={diagnosis.completedAt} title={formatDateTime(diagnosis.completedAt)}>
                            {formatRelative(diagnosis.completedAt)}
                          </time>
                        ) : (
                          '—'
                        )}
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} className={own.hint}>
                      Not evaluated as {name}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {value !== null && (
          <DiscriminatorSwitcher
            name="compare-discriminator"
            discriminatorKey={key}
            values={values}
            value={value}
            onChange={chooseValue}
          />
        )}
        {shared.length === 0 ? (
          <p className={own.hint}>No report item of {name} is shared by two of the compared models.</p>
        ) : (
          <SharedReports groups={shared} sameWhat="the same name and discriminator value" />
        )}
      </>
    );
  }

  return (
    <section className={`${styles.panel} ${own.reports}`} aria-labelledby="compare-evaluations-title">
      <div className={`${styles.panelHead} ${own.wrapHead}`}>
        <h2 id="compare-evaluations-title">Evaluations</h2>
        {names.length > 0 && name !== null && (
          <span className={styles.control}>
            <label htmlFor="compare-evaluation">Evaluation</label>
            <select
              id="compare-evaluation"
              className={styles.select}
              value={name}
              onChange={(event) => chooseName(event.target.value)}
            >
              {names.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {body}
    </section>
  );
}
