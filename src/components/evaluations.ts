// Diagnoses as the dashboard shows them, "evaluations" (README "Evaluations"): paths, the discriminator's
// values and which report items belong to one of them.
import type { Diagnosis, DiagnosisReportItem } from '../api/diagnoses';

export const evaluationsPath = (datasetId: string) => `/datasets/${encodeURIComponent(datasetId)}/evaluations`;
export const evaluationPath = (datasetId: string, diagnosisId: string) =>
  `${evaluationsPath(datasetId)}/${encodeURIComponent(diagnosisId)}`;

/** The search parameter the evaluation page keeps its discriminator value in. */
export const DISCRIMINATOR_PARAM = 'discriminator';

/** How a discriminator's values read: "IoU 0.5" for iou_threshold, else "<key> <value>". */
export function discriminatorLabel(key: string | null | undefined): string {
  if (!key) return 'Value';
  return /^iou(_threshold)?$/i.test(key) ? 'IoU' : key;
}

/** The discriminator's values: the declared ones, then any a report item names that is not declared. */
export function discriminatorValuesOf(diagnosis: Pick<Diagnosis, 'discriminatorValues' | 'diagnosisReportItems'>) {
  const values = [...(diagnosis.discriminatorValues ?? [])];
  for (const item of diagnosis.diagnosisReportItems) {
    if (item.discriminatorValue != null && !values.includes(item.discriminatorValue)) {
      values.push(item.discriminatorValue);
    }
  }
  return values;
}

/** "IoU 0.5 / 0.75 / 0.9", or null without values. */
export function discriminatorSummary(diagnosis: Pick<Diagnosis, 'discriminatorKey' | 'discriminatorValues'>) {
  const values = diagnosis.discriminatorValues ?? [];
  return values.length > 0 ? `${discriminatorLabel(diagnosis.discriminatorKey)} ${values.join(' / ')}` : null;
}

/** The items shown for one value: those bound to it and those bound to none (shown for every value). */
export const itemsForValue = (items: readonly DiagnosisReportItem[], value: string | null) =>
  items.filter((item) => item.discriminatorValue == null || item.discriminatorValue === value);
