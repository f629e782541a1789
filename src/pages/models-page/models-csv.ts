import type { ModelListItem } from '../../api/models';
import { toCsv } from '../../components/download';
import { meanAp } from '../../components/model-metrics';

const HEADER = [
  'id',
  'name',
  'baseline_model',
  'is_trained',
  'trained_at',
  'map',
  'classes',
  'training_data_count',
  'validation_data_count',
  'is_pinned',
  'created_at',
  'updated_at',
] as const;

/** The newer API's columns (README "API generations"), after the first generation's. */
const NEWER_HEADER = [
  'status',
  'task_type',
  'score_key',
  'score_value',
  'score_unit',
  'completed_at',
  'training_parameters',
] as const;

/**
 * One row per model, raw values (ISO times; mAP to six significant digits, see toCsv) for spreadsheets and
 * scripts; with `newer`, also the newer API's fields (training parameters as JSON).
 */
export function modelsCsv(models: readonly ModelListItem[], newer = false): string {
  return toCsv(
    newer ? [...HEADER, ...NEWER_HEADER] : HEADER,
    models.map((m) => [
      m.id,
      m.name,
      m.baselineModel,
      m.isTrained,
      m.trainedAt,
      meanAp(m.trainingClasses),
      m.trainingClasses.length,
      m.trainingDataCount,
      m.validationDataCount,
      m.isPinned,
      m.createdAt,
      m.updatedAt,
      ...(newer
        ? [
            m.status,
            m.taskType,
            m.scoreKey,
            m.scoreValue,
            m.scoreUnit,
            m.completedAt,
            m.trainingParameters ? JSON.stringify(m.trainingParameters) : null,
          ]
        : []),
    ]),
  );
}
