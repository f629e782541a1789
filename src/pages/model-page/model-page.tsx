import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCapabilities, useHostRecords } from '../../api/capabilities';
import { ApiError } from '../../api/client';
import type { ModelDetail } from '../../api/models';
import { useDeleteModel } from '../../api/models.mutations';
import { modelQueries } from '../../api/models.queries';
import { AuditTrail } from '../../components/audit-trail';
import { Button } from '../../components/button';
import { annotationClasses, toClassRows } from '../../components/class-chart-data';
import { isTrainingRecord } from '../../components/model-status';
import { TrainingRun } from './training-run';
import { ClassTable } from './class-table';
import { downloadText, fileStem, toCsv } from '../../components/download';
import { JsonViewer } from '../../components/json-tree';
import { ModelSummary } from './model-summary';
import { ModelWeights } from './model-weights';
import { SliceList } from './slice-list';
import { PageTitle } from '../../components/page-title';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';
import { NO_CLASS_COUNTS, NO_MODEL_FILES } from '../../components/host-limits';
import { toast } from '../../components/toast';
import { ClassCharts, preloadClassCharts } from './class-charts';
import { ModelHeader } from './model-header';
import { ModelEvaluations } from './model-evaluations';
import { ModelHistory } from './model-history';
import styles from './model-page.module.css';
import { TrainingReport } from './training-report/training-report';

// The AP chart is the page's first picture: its code loads with the page's, beside the model's request.
preloadClassCharts();

const CSV_HEADER = ['class', 'annotationType', 'ap', 'trainingAnnotationsCount', 'validationAnnotationsCount'];

function downloadClassesCsv(model: ModelDetail) {
  const rows = model.trainingClasses.map((c) => [
    c.class,
    c.annotationType,
    c.ap,
    c.trainingAnnotationsCount,
    c.validationAnnotationsCount,
  ]);
  downloadText(`${fileStem(model.name)}-classes.csv`, toCsv(CSV_HEADER, rows));
}

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const id = `section-${fileStem(title).toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <div className={styles.sectionHead}>
        <h2 id={id} className={styles.sectionTitle}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

interface ModelViewProps {
  model: ModelDetail;
  listPath: string;
  onDelete: () => void;
  deleting: boolean;
}

function ModelView({ model, listPath, onDelete, deleting }: ModelViewProps) {
  const capabilities = useCapabilities();
  // A proxied Superb AI host keeps no history (README "Model history").
  const showHistory = capabilities?.history === true;
  // A host without diagnoses shows no evaluations (README "Evaluations").
  const showEvaluations = capabilities?.diagnoses === true;
  const newer = capabilities?.newerGeneration ?? false;
  // A host of the newer API alone sends per-class annotation counts only (README "API generations").
  const rows = toClassRows(
    model.trainingClasses.length > 0 || !newer ? model.trainingClasses : annotationClasses(model.trainingAnnotations),
  );
  const hasClasses = rows.length > 0;
  // A v1.4.0-era host of the newer API keeps neither per-class rows nor model files (README "Dashboard for a
  // Superb AI host (proxy)"): a sentence says so where they would be.
  const records = useHostRecords();
  const classesRecorded = records.firstGeneration || records.trainingAnnotations;
  const filesRecorded = records.firstGeneration || records.contents;
  return (
    <article className={styles.page}>
      <PageTitle page={model.name} datasetId={model.datasetId} />
      <ModelHeader model={model} listPath={listPath} onDelete={onDelete} deleting={deleting} />
      <section aria-label="Summary">
        <ModelSummary
          rows={rows}
          trainingDataCount={model.trainingDataCount}
          validationDataCount={model.validationDataCount}
          score={newer && model.scoreValue != null ? model : null}
          classesRecorded={classesRecorded}
        />
      </section>

      <div className={styles.layout}>
        <div className={styles.main}>
          <Section title="Per-class metrics">
            {!classesRecorded ? (
              <p className={styles.muted}>{NO_CLASS_COUNTS}</p>
            ) : hasClasses ? (
              <ClassCharts
                rows={rows}
                modelName={model.name}
                isTrained={model.isTrained}
                trainingRecord={newer && isTrainingRecord(model)}
                editPath={`${listPath}/${encodeURIComponent(model.id)}/edit`}
              />
            ) : (
              <EmptyState title="No per-class metrics yet">
                <p>Add classes with their AP and annotation counts to see the charts.</p>
                <Link to={`${listPath}/${encodeURIComponent(model.id)}/edit`}>Edit this model</Link>
              </EmptyState>
            )}
          </Section>

          <TrainingReport datasetId={model.datasetId} modelId={model.id} modelName={model.name} />

          {showEvaluations && (
            <Section title="Evaluations">
              <ModelEvaluations datasetId={model.datasetId} modelId={model.id} modelName={model.name} />
            </Section>
          )}

          {classesRecorded && (
            <Section
              title="Classes"
              actions={
                hasClasses && (
                  <Button size="sm" onClick={() => downloadClassesCsv(model)}>
                    Download CSV
                  </Button>
                )
              }
            >
              {hasClasses ? (
                <ClassTable rows={rows} label={`Classes of ${model.name}`} />
              ) : (
                <p className={styles.muted}>No classes recorded.</p>
              )}
            </Section>
          )}

          {newer && (
            <Section title="Training parameters">
              {model.trainingParameters ? (
                <JsonViewer value={model.trainingParameters} rootName="trainingParameters" />
              ) : (
                <p className={styles.muted}>No training parameters.</p>
              )}
            </Section>
          )}

          <Section title="Metadata">
            {model.meta ? (
              <JsonViewer value={model.meta} rootName="meta" />
            ) : (
              <p className={styles.muted}>No metadata.</p>
            )}
          </Section>

          {showHistory && (
            <Section title="History">
              <ModelHistory datasetId={model.datasetId} modelId={model.id} modelName={model.name} />
            </Section>
          )}
        </div>

        <aside className={styles.aside} aria-label="Model details">
          {newer && (
            <Section title="Training run">
              <TrainingRun model={model} />
            </Section>
          )}
          <Section title="Weights">
            {filesRecorded ? (
              <ModelWeights content={model.modelContent} />
            ) : (
              <p className={styles.muted}>{NO_MODEL_FILES}</p>
            )}
          </Section>
          <Section title="Slices">
            <h3 className={styles.subTitle}>Training</h3>
            <SliceList slices={model.trainingSlices} emptyText="No training slices" />
            <h3 className={styles.subTitle}>Validation</h3>
            <SliceList slices={model.validationSlices} emptyText="No validation slices" />
          </Section>
          <Section title="Audit trail">
            <AuditTrail
              createdAt={model.createdAt}
              createdBy={model.createdBy}
              updatedAt={model.updatedAt}
              updatedBy={model.updatedBy}
            />
            <dl className={styles.idField}>
              <dt>Model ID</dt>
              <dd>
                <code>{model.id}</code>
              </dd>
            </dl>
          </Section>
        </aside>
      </div>
    </article>
  );
}

function ModelNotFound({ listPath }: { listPath: string }) {
  return (
    <EmptyState title="Model not found">
      <p>This model does not exist in this dataset. It may have been deleted.</p>
      <Link to={listPath}>Back to models</Link>
    </EmptyState>
  );
}

/** `/datasets/:datasetId/models/:modelId`: everything about one model. */
export function ModelPage() {
  const { datasetId = '', modelId = '' } = useParams();
  const navigate = useNavigate();
  const listPath = `/datasets/${encodeURIComponent(datasetId)}/models`;
  const model = useQuery(modelQueries.detail(datasetId, modelId));
  const remove = useDeleteModel();

  const deleteModel = async (name: string) => {
    try {
      await remove.mutateAsync({ datasetId, id: modelId });
    } catch {
      return; // the mutation cache already toasts the error; the dialog stays open to retry or cancel
    }
    toast.success(`Deleted ${name}`);
    await navigate(listPath, { replace: true });
  };

  const current = model.data;
  if (current) {
    return (
      <ModelView
        model={current}
        listPath={listPath}
        onDelete={() => void deleteModel(current.name)}
        deleting={remove.isPending}
      />
    );
  }
  // Right after a delete the detail query is gone: no "not found" flash while the list opens.
  if (model.isPending || remove.isPending || remove.isSuccess) return <PageSkeleton rows={8} />;
  if (model.isSuccess || (model.error instanceof ApiError && model.error.code === 'NOT_FOUND')) {
    return <ModelNotFound listPath={listPath} />;
  }
  return <ErrorState error={model.error} onRetry={() => void model.refetch()} />;
}
