import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useCapabilities } from '../../api/capabilities';
import { ApiError } from '../../api/client';
import { diagnosisQueries, type Diagnosis } from '../../api/diagnoses';
import { AuditTrail } from '../../components/audit-trail';
import { DiscriminatorSwitcher } from '../../components/discriminator-switcher';
import { EvaluationsUnavailable } from '../../components/evaluation-parts';
import {
  DISCRIMINATOR_PARAM,
  discriminatorValuesOf,
  evaluationsPath,
  itemsForValue,
} from '../../components/evaluations';
import { JsonViewer } from '../../components/json-tree';
import { StatusBadge } from '../../components/model-status';
import { PageTitle } from '../../components/page-title';
import { ReportCard, reportCardsClass } from '../../components/report-charts/report-card';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';
import { useUrlChoice } from '../../components/use-url-choice';
import { EvaluationFacts } from './evaluation-facts';
import styles from './evaluation-page.module.css';

/** The report items of the chosen discriminator value (kept in the URL) and those bound to no value. */
function EvaluationReport({ diagnosis }: { diagnosis: Diagnosis }) {
  const values = discriminatorValuesOf(diagnosis);
  const [value, choose] = useUrlChoice(DISCRIMINATOR_PARAM, values);
  const items = itemsForValue(diagnosis.diagnosisReportItems, value);
  return (
    <section className={styles.section} aria-labelledby="section-report">
      <h2 id="section-report" className={styles.sectionTitle}>
        Report
      </h2>
      {value !== null && (
        <DiscriminatorSwitcher
          discriminatorKey={diagnosis.discriminatorKey}
          values={values}
          value={value}
          onChange={choose}
        />
      )}
      {items.length === 0 ? (
        <p className={styles.none}>
          {diagnosis.diagnosisReportItems.length === 0
            ? 'This evaluation has no report items yet.'
            : `No report items for ${value}.`}
        </p>
      ) : (
        <div className={reportCardsClass}>
          {items.map((item) => (
            <ReportCard key={item.id} item={item} ownerName={diagnosis.name} />
          ))}
        </div>
      )}
    </section>
  );
}

/** A JSON object field as a tree, or a sentence saying there is none. */
function JsonSection({ title, value, rootName }: { title: string; value: object | null; rootName: string }) {
  const id = `section-${title.toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
      </h2>
      {value ? (
        <JsonViewer value={value} rootName={rootName} />
      ) : (
        <p className={styles.none}>No {title.toLowerCase()}.</p>
      )}
    </section>
  );
}

function EvaluationView({ diagnosis }: { diagnosis: Diagnosis }) {
  const listPath = evaluationsPath(diagnosis.datasetId);
  return (
    <article className={styles.page}>
      <PageTitle page={diagnosis.name} datasetId={diagnosis.datasetId} />
      <header className={styles.header}>
        <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
          <Link to={`/datasets/${encodeURIComponent(diagnosis.datasetId)}/models`}>Models</Link>
          <span aria-hidden="true">/</span>
          <Link to={listPath}>Evaluations</Link>
          <span aria-hidden="true">/</span>
          <span aria-current="page">{diagnosis.name}</span>
        </nav>
        <div className={styles.titleLine}>
          <h1 tabIndex={-1} className={styles.title}>
            {diagnosis.name}
          </h1>
          <StatusBadge status={diagnosis.status} />
        </div>
        {diagnosis.description && <p className={styles.description}>{diagnosis.description}</p>}
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          <EvaluationReport diagnosis={diagnosis} />
          <JsonSection title="Parameters" value={diagnosis.diagnosisParameters} rootName="diagnosisParameters" />
          <JsonSection title="Contents" value={diagnosis.contents} rootName="contents" />
        </div>
        <aside className={styles.aside} aria-label="Evaluation details">
          <section className={styles.card} aria-labelledby="section-details">
            <h2 id="section-details" className={styles.sectionTitle}>
              Details
            </h2>
            <EvaluationFacts diagnosis={diagnosis} />
          </section>
          <section className={styles.card} aria-labelledby="section-audit">
            <h2 id="section-audit" className={styles.sectionTitle}>
              Audit trail
            </h2>
            <AuditTrail
              createdAt={diagnosis.createdAt}
              createdBy={diagnosis.createdBy}
              updatedAt={diagnosis.updatedAt}
              updatedBy={diagnosis.updatedBy}
            />
          </section>
        </aside>
      </div>
    </article>
  );
}

/** `/datasets/:datasetId/evaluations/:diagnosisId`: one diagnosis, its fields and report (README "Evaluations"). */
export function EvaluationPage() {
  const { datasetId = '', diagnosisId = '' } = useParams();
  const capabilities = useCapabilities();
  const available = capabilities?.diagnoses === true;
  const diagnosis = useQuery({ ...diagnosisQueries.detail(datasetId, diagnosisId), enabled: available });

  if (capabilities?.diagnoses === false) {
    return (
      <>
        <PageTitle page="Evaluation" datasetId={datasetId} />
        <EvaluationsUnavailable page />
      </>
    );
  }
  if (diagnosis.data) return <EvaluationView diagnosis={diagnosis.data} />;
  if (!capabilities || diagnosis.isPending) return <PageSkeleton rows={8} />;
  if (diagnosis.isSuccess || (diagnosis.error instanceof ApiError && diagnosis.error.code === 'NOT_FOUND')) {
    return (
      <EmptyState title="Evaluation not found" page>
        <p>This evaluation does not exist in this dataset. It may have been deleted.</p>
        <Link to={evaluationsPath(datasetId)}>All evaluations</Link>
      </EmptyState>
    );
  }
  return <ErrorState error={diagnosis.error} onRetry={() => void diagnosis.refetch()} />;
}
