// Test data that more than one test starts from, put into the mock database.
import type { ModelDetail } from '../models';
import { mockDb } from './db';
import { buildDataset, buildModel, buildTrainClass } from './factories';

/** A dataset named Traffic holding one trained model (with one class) per name, in that order. */
export function seedTrainedModels<const Name extends string>(...names: Name[]) {
  const dataset = buildDataset({ name: 'Traffic' });
  mockDb.datasets.push(dataset);
  const models = {} as Record<Name, ModelDetail>;
  for (const name of names) {
    models[name] = buildModel({ datasetId: dataset.id, name, isTrained: true, trainingClasses: [buildTrainClass()] });
    mockDb.models.push(models[name]);
  }
  return { dataset, models };
}
