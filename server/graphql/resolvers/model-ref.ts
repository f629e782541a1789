// Which model an operation names, under either API generation's argument names (README "API generations").
import { modelRefSchema } from '../../../src/api/schemas';
import { parseInput } from '../errors';

/** The model an update or delete names: `id` (first generation) or `modelId` (newer API), exactly one. */
export function targetModelId(args: { id?: string | null; modelId?: string | null }): string {
  const ref = parseInput(modelRefSchema(false), args);
  return 'id' in ref ? ref.id : ref.name; // modelRefSchema(false) never answers with a name
}
