// Model operations: validate with the shared zod rules, call the repo. Errors are AppErrors.
import {
  createAnyModelInputSchema,
  modelFilterSchema,
  modelOrderBySchema,
  modelRefSchema,
  pageLengthSchema,
  updateAnyModelInputSchema,
  type CreateAnyModelInput,
  type UpdateAnyModelInput,
} from '../../../src/api/schemas';
import { parseInput } from '../errors';
import type { FieldNode, GraphQLResolveInfo } from '../graphql';
import type {
  ModelResolvers,
  MutationCreateModelArgs,
  MutationResolvers,
  MutationUpdateModelArgs,
  QueryResolvers,
} from '../generated/resolvers';
import { normalizeFilter } from '../../storage/filters';
import { isDefaultOrder, listModelsOrdered } from '../../storage/models-order';
import * as repo from '../../storage/models.repo';
import { type ModelColumn, type ModelRecord, type ModelSlices } from '../../storage/models.repo';
import type { Loaders } from './loaders';
import { targetModelId } from './model-ref';
import { modelColumns } from './model-columns';
import { classesOf, metaOf } from './parsed-columns';
import { selectedFields } from './selection';

// Compile-time check: what the rules output fits what the schema accepts.
export type Fits<A extends B, B> = [A, B];
export type RulesFitSchema = [
  Fits<CreateAnyModelInput, Omit<MutationCreateModelArgs, 'datasetId'>>,
  Fits<UpdateAnyModelInput, Omit<MutationUpdateModelArgs, 'datasetId' | 'id' | 'modelId'>>,
];

/** Model fields that need the model's slices (their data counts are summed with the model). */
const SLICE_FIELDS = ['trainingSlices', 'validationSlices'];

interface PageSelection {
  /** Fields selected on the page's models. */
  fields: Set<string>;
  columns: ModelColumn[];
}

// By the `models` field's node in its parsed document (yoga keeps parsed documents, so repeated
// queries reuse them): a document's selection never changes.
const pageSelections = new WeakMap<FieldNode, PageSelection>();

function pageSelection(info: GraphQLResolveInfo): PageSelection {
  const [node] = info.fieldNodes;
  let selection = node && pageSelections.get(node);
  if (selection === undefined) {
    const fields = selectedFields(info, ['models']);
    selection = { fields, columns: modelColumns(fields) };
    if (node) pageSelections.set(node, selection);
  }
  return selection;
}

export const modelQueries: Pick<QueryResolvers, 'models' | 'model'> = {
  models: async (_, args, { storage }, info) => {
    const filter = normalizeFilter(parseInput(modelFilterSchema, args.filter, 'filter'));
    const length = parseInput(pageLengthSchema, args.length, 'length');
    const orderBy = parseInput(modelOrderBySchema, args.orderBy, 'orderBy');
    const cursor = args.cursor ?? null;
    const { fields, columns } = pageSelection(info);
    const page =
      orderBy == null || isDefaultOrder(orderBy)
        ? await repo.listModels(storage, args.datasetId, filter, cursor, length, columns)
        : await listModelsOrdered(storage, args.datasetId, filter, orderBy, cursor, length, columns);
    // The page's slices in one query, resolved synchronously per model afterwards.
    if (page.models.length > 0 && SLICE_FIELDS.some((f) => fields.has(f))) {
      const slices = await repo.loadModelSlices(
        storage.db,
        page.models.map((m) => m.id),
      );
      for (const m of page.models) m.slices = slices.get(m.id) ?? { training: [], validation: [] };
    }
    return page;
  },
  model: (_, args, { storage }) =>
    repo.getModelByRef(storage.db, args.datasetId, parseInput(modelRefSchema(true), args)),
};

export const modelMutations: Pick<
  MutationResolvers,
  'createModel' | 'updateModel' | 'pinModel' | 'unpinModel' | 'deleteModel'
> = {
  createModel: (_, args, { storage, caller }) =>
    repo.createModel(storage, args.datasetId, parseInput(createAnyModelInputSchema, args), caller),
  updateModel: (_, args, { storage, caller }) => {
    const id = targetModelId(args);
    return repo.updateModel(storage, args.datasetId, id, parseInput(updateAnyModelInputSchema, args), caller);
  },
  pinModel: (_, args, { storage, caller }) => repo.setModelPinned(storage, args.datasetId, args.id, true, caller),
  unpinModel: (_, args, { storage, caller }) => repo.setModelPinned(storage, args.datasetId, args.id, false, caller),
  deleteModel: (_, args, { storage, caller }) => repo.deleteModel(storage, args.datasetId, targetModelId(args), caller),
};

/** Runs `pick` on the model's slices: at once when preloaded, else through the per-request loader. */
export function withSlices<T>(m: ModelRecord, loaders: Loaders, pick: (s: ModelSlices) => T): T | Promise<T> {
  return m.slices !== undefined ? pick(m.slices) : loaders.modelSlices.load(m.id).then(pick);
}

export const Model: ModelResolvers = {
  trainingClasses: (m) => classesOf(m.id, m.classesJson),
  trainingSlices: (m, _, { loaders }) => withSlices(m, loaders, (s) => s.training),
  validationSlices: (m, _, { loaders }) => withSlices(m, loaders, (s) => s.validation),
  // A count set through the newer API wins over the one derived from the slices.
  trainingDataCount: (m) => m.storedTrainDataCount ?? m.trainingSlicesDataCount,
  validationDataCount: (m) => m.storedValidationDataCount ?? m.validationSlicesDataCount,
  // Content storage is not local: the id is kept as given and no download URL can be issued (README §7).
  modelContent: (m) => (m.modelContentId === null ? null : { id: m.modelContentId, downloadURL: null }),
  meta: (m) => (m.metaJson === null ? null : metaOf(m.id, m.metaJson)),
};
