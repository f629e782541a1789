// Per-request batching: the fields of every model on a page load with one query each, not one per model.
import DataLoader from 'dataloader';
import type { Db } from '../../storage/db';
import { loadDiagnosisReportItems, type DiagnosisReportItemRecord } from '../../storage/diagnosis-report-items.repo';
import { loadModelSlices, type ModelSlices } from '../../storage/models.repo';
import { countSlices } from '../../storage/slices.repo';
import { loadReportItems, type ReportItemRecord } from '../../storage/training-reports.repo';

export interface Loaders {
  modelSlices: DataLoader<string, ModelSlices>;
  reportItems: DataLoader<string, ReportItemRecord[]>;
  diagnosisReportItems: DataLoader<string, DiagnosisReportItemRecord[]>;
  /** Slices per dataset id. */
  sliceCounts: DataLoader<string, number>;
}

/** A DataLoader over a fetch that answers with a map; keys it does not answer get `missing()`. */
function mapLoader<V>(fetch: (ids: string[]) => Promise<Map<string, V>>, missing: () => V) {
  return new DataLoader<string, V>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => found.get(id) ?? missing());
  });
}

export function createLoaders(db: Db): Loaders {
  return {
    modelSlices: mapLoader(
      (ids) => loadModelSlices(db, ids),
      () => ({ training: [], validation: [] }),
    ),
    reportItems: mapLoader(
      (ids) => loadReportItems(db, ids),
      () => [],
    ),
    diagnosisReportItems: mapLoader(
      (ids) => loadDiagnosisReportItems(db, ids),
      () => [],
    ),
    sliceCounts: mapLoader(
      (ids) => countSlices(db, ids),
      () => 0,
    ),
  };
}
