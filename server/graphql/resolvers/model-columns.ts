// The model columns a list page reads: only those its selected fields need (README "Performance").
// A 50-model page read with every column spends most of its database time turning unused columns
// into JavaScript strings.
import type { Model } from '../generated/resolvers';
import type { ModelColumn } from '../../storage/models.repo';

/** Columns each Model field is resolved from; slices, reports and derived counts load by the model's id. */
const FIELD_COLUMNS: Record<Exclude<keyof Model, '__typename'>, readonly ModelColumn[]> = {
  // The page key (id, createdAt) is read for every page, and the dataset is the page's.
  id: [],
  datasetId: [],
  name: ['name'],
  description: ['description'],
  baselineModel: ['baseline_model'],
  modelContent: ['model_content_id'],
  isPinned: ['is_pinned'],
  isTrained: ['is_trained'],
  trainedAt: ['trained_at'],
  completedAt: ['trained_at'],
  meta: ['meta'],
  trainingClasses: ['training_classes'],
  trainingAnnotations: ['training_classes'],
  trainingSlices: [],
  validationSlices: [],
  trainSliceId: [],
  validationSliceId: [],
  trainingReport: [],
  // A stored count wins over the one derived from the slices (models.ts).
  trainingDataCount: ['train_data_count', 'training_slices_data_count'],
  trainDataCount: ['train_data_count', 'training_slices_data_count'],
  validationDataCount: ['validation_data_count', 'validation_slices_data_count'],
  totalDataCount: ['total_data_count'],
  status: ['status'],
  taskType: ['task_type'],
  customDagId: ['custom_dag_id'],
  trainingParameters: ['training_parameters'],
  contents: ['contents'],
  scoreKey: ['score_key'],
  scoreValue: ['score_value'],
  scoreUnit: ['score_unit'],
  createdAt: [],
  createdBy: ['created_by'],
  updatedAt: ['updated_at'],
  updatedBy: ['updated_by'],
};

const isModelField = (name: string): name is keyof typeof FIELD_COLUMNS => Object.hasOwn(FIELD_COLUMNS, name);

/** The columns `fields` (names selected on a page's models) are resolved from. */
export function modelColumns(fields: ReadonlySet<string>): ModelColumn[] {
  const columns = new Set<ModelColumn>();
  for (const field of fields) if (isModelField(field)) for (const column of FIELD_COLUMNS[field]) columns.add(column);
  return [...columns];
}
