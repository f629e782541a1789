// Slice operations (README §6, §11).
import {
  createSliceInputSchema,
  nameFilterSchema,
  pageLengthSchema,
  updateSliceInputSchema,
} from '../../../src/api/schemas';
import { parseInput } from '../errors';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';
import { normalizeFilter } from '../../storage/filters';
import * as repo from '../../storage/slices.repo';

export const sliceQueries: Pick<QueryResolvers, 'slices' | 'slice'> = {
  slices: (_, args, { storage }) => {
    const filter = normalizeFilter(parseInput(nameFilterSchema, args.filter, 'filter'));
    const length = parseInput(pageLengthSchema, args.length, 'length');
    return repo.listSlices(storage, args.datasetId, filter, args.cursor ?? null, length);
  },
  slice: (_, args, { storage }) => repo.getSlice(storage.db, args.datasetId, { id: args.id, name: args.name }),
};

export const sliceMutations: Pick<MutationResolvers, 'createSlice' | 'updateSlice' | 'deleteSlice'> = {
  createSlice: (_, args, { storage, caller }) =>
    repo.createSlice(storage, args.datasetId, parseInput(createSliceInputSchema, args), caller),
  updateSlice: (_, args, { storage, caller }) =>
    repo.updateSlice(storage, args.datasetId, args.id, parseInput(updateSliceInputSchema, args), caller),
  deleteSlice: (_, args, { storage }) => repo.deleteSlice(storage, args.datasetId, args.id),
};
