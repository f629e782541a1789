// Dataset operations (README §6, §11).
import {
  createDatasetInputSchema,
  nameFilterSchema,
  pageLengthSchema,
  updateDatasetInputSchema,
} from '../../../src/api/schemas';
import { parseInput } from '../errors';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { normalizeFilter } from '../../storage/filters';
import * as repo from '../../storage/datasets.repo';

export const datasetQueries: Pick<QueryResolvers, 'datasets' | 'dataset'> = {
  datasets: (_, args, { storage }) => {
    const filter = normalizeFilter(parseInput(nameFilterSchema, args.filter, 'filter'));
    const length = parseInput(pageLengthSchema, args.length, 'length');
    return repo.listDatasets(storage, filter, args.cursor ?? null, length);
  },
  dataset: (_, args, { storage }) => repo.getDataset(storage.db, { id: args.datasetId, name: args.name }),
};

export const datasetMutations: Pick<MutationResolvers, 'createDataset' | 'updateDataset' | 'deleteDataset'> = {
  createDataset: (_, args, { storage, caller }) =>
    repo.createDataset(storage, parseInput(createDatasetInputSchema, args), caller),
  updateDataset: (_, args, { storage, caller }) =>
    repo.updateDataset(storage, args.id, parseInput(updateDatasetInputSchema, args), caller),
  deleteDataset: (_, args, { storage }) => repo.deleteDataset(storage, args.datasetId),
};
