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

/** One row per model, raw values (ISO times; mAP to six significant digits, see toCsv) for spreadsheets and scripts. */
export function modelsCsv(models: readonly ModelListItem[]): string {
  return toCsv(
    HEADER,
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
    ]),
  );
}
