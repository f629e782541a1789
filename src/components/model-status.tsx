// The newer API's status and task type (README "API generations"), as every page shows them.
import type { ModelStatus, ModelTaskType } from '../api/gql/graphql';
import styles from './model-status.module.css';

export const STATUS_LABELS: Record<ModelStatus, string> = {
  PENDING: 'Pending',
  PREPARING: 'Preparing',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
};

export const TASK_TYPE_LABELS: Record<ModelTaskType, string> = {
  OBJECT_DETECTION: 'Object detection',
  INSTANCE_SEGMENTATION: 'Instance segmentation',
  OCR: 'OCR',
};

/** A shape per status, so the badge does not rely on colour alone. */
const STATUS_MARKS: Record<ModelStatus, string> = {
  PENDING: '○',
  PREPARING: '◔',
  IN_PROGRESS: '◑',
  COMPLETED: '✓',
  FAILED: '✕',
};

/**
 * True for a model recorded through the newer API (a task type, or a status the first generation has no word
 * for). Other models read as "Trained" / "Not trained", as the first generation wrote them.
 */
export const isTrainingRecord = (m: { taskType?: ModelTaskType | null; status: ModelStatus }) =>
  m.taskType != null || (m.status !== 'PENDING' && m.status !== 'COMPLETED');

/** A model's training status: its name, a mark and a colour (the name is what screen readers hear). */
export function StatusBadge({ status }: { status: ModelStatus }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`}>
      <span className={styles.mark} aria-hidden="true">
        {STATUS_MARKS[status]}
      </span>
      <span>{STATUS_LABELS[status]}</span>
    </span>
  );
}
