// Model history (README "Model history"): the catalog's own extension, read-only over storage/model-history.ts.
import { pageLengthSchema } from '../../../src/api/schemas';
import { parseInput } from '../errors';
import type { QueryResolvers } from '../generated/resolvers';
import { listHistory } from '../../storage/model-history';

export const historyQueries: Pick<QueryResolvers, 'modelHistory' | 'datasetActivity'> = {
  modelHistory: (_, args, { storage }) =>
    listHistory(
      storage,
      { datasetId: args.datasetId, modelId: args.modelId },
      args.cursor ?? null,
      parseInput(pageLengthSchema, args.length, 'length'),
    ),
  datasetActivity: (_, args, { storage }) =>
    listHistory(
      storage,
      { datasetId: args.datasetId },
      args.cursor ?? null,
      parseInput(pageLengthSchema, args.length, 'length'),
    ),
};
