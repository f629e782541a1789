import { Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { ModelDetail } from '../../api/models';
import { Button, buttonClass } from '../../components/button';
import { formatDateTime, formatRelative } from '../../components/format';
import { PinButton } from '../../components/pin-button';
import { useCapabilities } from '../../api/capabilities';
import { isTrainingRecord, StatusBadge, TASK_TYPE_LABELS } from '../../components/model-status';
import styles from './model-page.module.css';
import { lazyPart } from '../../components/chunk-load';

// The dialogs (and Radix with them) load when opened: most visits only read the model.
const CompareDialog = lazyPart(() => import('./compare-dialog').then((m) => m.CompareDialog));
const ConfirmDialog = lazyPart(() => import('../../components/confirm-dialog').then((m) => m.ConfirmDialog));

interface ModelHeaderProps {
  model: ModelDetail;
  listPath: string;
  onDelete: () => void;
  deleting: boolean;
}

function TrainedBadge({ isTrained, trainedAt }: Pick<ModelDetail, 'isTrained' | 'trainedAt'>) {
  if (!isTrained) return <span className={`${styles.badge} ${styles.untrained}`}>Not trained</span>;
  return (
    <span className={`${styles.badge} ${styles.trained}`}>
      <span aria-hidden="true">✓</span> Trained
      {trainedAt && (
        <>
          {' '}
          <time dateTime={trainedAt} title={formatRelative(trainedAt)}>
            {formatDateTime(trainedAt)}
          </time>
        </>
      )}
    </span>
  );
}

/** Name, pin, baseline, training state, description and the model's actions. */
export function ModelHeader({ model, listPath, onDelete, deleting }: ModelHeaderProps) {
  const [dialog, setDialog] = useState<'compare' | 'delete' | null>(null);
  const newer = useCapabilities()?.newerGeneration ?? false;
  const close = () => setDialog(null);
  return (
    <header className={styles.header}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to={listPath}>Models</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{model.name}</span>
      </nav>
      <div className={styles.titleRow}>
        <div className={styles.titleBlock}>
          <div className={styles.titleLine}>
            <h1 className={styles.title} tabIndex={-1}>
              {model.name}
            </h1>
            <PinButton model={model} />
          </div>
          <div className={styles.facts}>
            {model.baselineModel !== null && (
              <span className={styles.fact}>
                Baseline <strong>{model.baselineModel}</strong>
              </span>
            )}
            {newer && model.taskType && (
              <span className={styles.fact}>
                Task <strong>{TASK_TYPE_LABELS[model.taskType]}</strong>
              </span>
            )}
            {newer && isTrainingRecord(model) ? (
              <StatusBadge status={model.status} />
            ) : (
              <TrainedBadge isTrained={model.isTrained} trainedAt={model.trainedAt} />
            )}
          </div>
        </div>
        <div className={styles.actions}>
          <Button aria-haspopup="dialog" onClick={() => setDialog('compare')}>
            Compare with…
          </Button>
          <Link to={`${listPath}/${encodeURIComponent(model.id)}/edit`} className={buttonClass()}>
            Edit
          </Link>
          <Button className={styles.deleteButton} aria-haspopup="dialog" onClick={() => setDialog('delete')}>
            Delete
          </Button>
        </div>
      </div>
      {model.description ? (
        <p className={styles.description}>{model.description}</p>
      ) : (
        <p className={`${styles.description} ${styles.muted}`}>No description.</p>
      )}
      <Suspense fallback={null}>
        {dialog === 'compare' && <CompareDialog model={model} onClose={close} />}
        {dialog === 'delete' && (
          <ConfirmDialog
            open
            onOpenChange={(open) => !open && close()}
            title={`Delete ${model.name}?`}
            confirmLabel={deleting ? 'Deleting…' : 'Delete'}
            onConfirm={onDelete}
            pending={deleting}
          >
            <p>
              The model record goes away for everyone. Its slices and stored weights stay where they are. This cannot be
              undone.
            </p>
          </ConfirmDialog>
        )}
      </Suspense>
    </header>
  );
}
