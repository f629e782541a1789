// The newer API's status and task type names as the dashboard writes them. Data only: the list route's
// loader (entry chunk) reads them from the URL.
import type { ModelStatus, ModelTaskType } from '../api/gql/graphql';

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
