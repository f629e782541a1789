// The newer API's status and task type (README "API generations"), as every page shows them.
import type { ModelStatus, ModelTaskType } from '../api/gql/graphql';
import { STATUS_LABELS } from './model-status-labels';
import styles from './model-status.module.css';

export { STATUS_LABELS, TASK_TYPE_LABELS } from './model-status-labels';

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
