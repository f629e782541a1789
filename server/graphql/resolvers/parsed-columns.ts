// JSON columns of models, parsed once per model and reused while the stored text is unchanged
// (README "Performance"): list pages read the same models again and again, and parsing their classes
// and meta took about a tenth of an executed page. Parsed values are shared by every request that
// reads the model, so nothing may change them (resolvers only read them).
import { parseClasses, type TrainClassRecord } from '../../storage/models.repo';

/** Models whose parsed columns are kept: 40 pages of 50 (the one parsed first goes first). */
const MODELS_KEPT = 2_000;

function parsedColumn<T extends object>(parse: (text: string) => T): (modelId: string, text: string) => T {
  const parsed = new Map<string, { text: string; value: T }>();
  return (modelId, text) => {
    const kept = parsed.get(modelId);
    if (kept?.text === text) return kept.value;
    const value = parse(text);
    if (kept === undefined && parsed.size >= MODELS_KEPT) parsed.delete(parsed.keys().next().value as string);
    parsed.set(modelId, { text, value });
    return value;
  };
}

export const classesOf: (modelId: string, json: string) => TrainClassRecord[] = parsedColumn(parseClasses);
export const metaOf: (modelId: string, json: string) => Record<string, unknown> = parsedColumn(
  (json) => JSON.parse(json) as Record<string, unknown>,
);
