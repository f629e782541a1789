// The newer models API's side of the one model record (README "API generations"): its Model fields,
// the training report item mutations and Dataset's counts.
import {
  createReportItemInputSchema,
  updateReportItemInputSchema,
  type CreateReportItemInput,
  type UpdateReportItemInput,
} from '../../../src/api/schemas';
import { parseInput } from '../errors';
import type {
  DatasetResolvers,
  ModelResolvers,
  MutationCreateTrainingReportItemArgs,
  MutationResolvers,
  MutationUpdateTrainingReportItemArgs,
} from '../generated/resolvers';
import * as reports from '../../storage/training-reports.repo';
import { Model as FirstGenerationModel, withSlices, type Fits } from './models';
import { classesOf } from './parsed-columns';

// Compile-time check: what the rules output fits what the schema accepts.
export type ReportRulesFitSchema = [
  Fits<CreateReportItemInput, Omit<MutationCreateTrainingReportItemArgs, 'datasetId' | 'modelId'>>,
  Fits<
    UpdateReportItemInput,
    Omit<MutationUpdateTrainingReportItemArgs, 'datasetId' | 'modelId' | 'trainingReportItemId'>
  >,
];

const parseJson = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

export const TrainingModel: ModelResolvers = {
  // '' marks a model created through the newer API (models.repo.ts createModel).
  baselineModel: (m) => (m.baselineModel === '' ? null : m.baselineModel),
  trainDataCount: FirstGenerationModel.trainingDataCount,
  trainingParameters: (m) => parseJson(m.trainingParametersJson),
  contents: (m) => parseJson(m.contentsJson),
  completedAt: (m) => m.trainedAt,
  trainSliceId: (m, _, { loaders }) => withSlices(m, loaders, (s) => s.training[0]?.id ?? null),
  validationSliceId: (m, _, { loaders }) => withSlices(m, loaders, (s) => s.validation[0]?.id ?? null),
  trainingAnnotations: (m) =>
    classesOf(m.id, m.classesJson).map((c) => ({
      className: c.class,
      annotationType: c.annotationType,
      trainCount: c.trainingAnnotationsCount,
      validationCount: c.validationAnnotationsCount,
    })),
  trainingReport: (m, _, { loaders }) => loaders.reportItems.load(m.id),
};

export const trainingReportMutations: Pick<
  MutationResolvers,
  'createTrainingReportItem' | 'updateTrainingReportItem' | 'deleteTrainingReportItem'
> = {
  createTrainingReportItem: (_, args, { storage, caller }) =>
    reports.createReportItem(
      storage,
      args.datasetId,
      args.modelId,
      parseInput(createReportItemInputSchema, args),
      caller,
    ),
  updateTrainingReportItem: (_, args, { storage, caller }) =>
    reports.updateReportItem(
      storage,
      args.datasetId,
      args.modelId,
      args.trainingReportItemId,
      parseInput(updateReportItemInputSchema, args),
      caller,
    ),
  deleteTrainingReportItem: (_, args, { storage, caller }) =>
    reports.deleteReportItem(storage, args.datasetId, args.modelId, args.trainingReportItemId, caller),
};

export const TrainingDataset: Pick<DatasetResolvers, 'sliceCount' | 'dataCount'> = {
  sliceCount: (d, _, { loaders }) => loaders.sliceCounts.load(d.id),
  // The local catalog stores no data items, so it cannot count them.
  dataCount: () => null,
};
