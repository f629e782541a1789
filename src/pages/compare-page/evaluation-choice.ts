// Compare by evaluation (README "Evaluations"): the evaluation names the compared models share, and per model
// its newest evaluation of the chosen name.
import type { Diagnosis } from '../../api/diagnoses';
import type { CompareColumn } from './comparison';

/** Every evaluation name of the compared models: those most models have first, then by name. */
export function evaluationNames(diagnoses: readonly Diagnosis[]): string[] {
  const models = new Map<string, Set<string>>();
  for (const d of diagnoses) {
    if (d.modelId != null) models.set(d.name, (models.get(d.name) ?? new Set()).add(d.modelId));
  }
  return [...models.keys()].sort((a, b) => models.get(b)!.size - models.get(a)!.size || a.localeCompare(b));
}

/** Each compared model's newest evaluation named `name` (undefined: none), in the comparison's order. */
export function evaluationPerModel(
  models: readonly CompareColumn[],
  diagnoses: readonly Diagnosis[],
  name: string,
): Array<{ model: CompareColumn; diagnosis: Diagnosis | undefined }> {
  const newestFirst = [...diagnoses].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return models.map((model) => ({
    model,
    diagnosis: newestFirst.find((d) => d.modelId === model.id && d.name === name),
  }));
}
