// Diagnoses (newer API, README "API generations"): validate with the shared zod rules, call the repos.
import {
  createDiagnosisInputSchema,
  createDiagnosisReportItemInputSchema,
  diagnosisFilterSchema,
  diagnosisOrderBySchema,
  diagnosisRefSchema,
  pageLengthSchema,
  updateDiagnosisInputSchema,
  updateDiagnosisReportItemInputSchema,
  type CreateDiagnosisInput,
  type CreateDiagnosisReportItemInput,
  type UpdateDiagnosisInput,
  type UpdateDiagnosisReportItemInput,
} from '../../../src/api/schemas';
import { parseInput } from '../errors';
import type {
  DiagnosisResolvers,
  MutationCreateDiagnosisArgs,
  MutationCreateDiagnosisReportItemArgs,
  MutationResolvers,
  MutationUpdateDiagnosisArgs,
  MutationUpdateDiagnosisReportItemArgs,
  QueryResolvers,
} from '../generated/resolvers';
import * as items from '../../storage/diagnosis-report-items.repo';
import * as repo from '../../storage/diagnoses.repo';
import { normalizeFilter } from '../../storage/filters';
import type { Fits } from './models';

// Compile-time check: what the rules output fits what the schema accepts.
type Target = 'datasetId' | 'diagnosisId';
export type DiagnosisRulesFitSchema = [
  Fits<CreateDiagnosisInput, Omit<MutationCreateDiagnosisArgs, 'datasetId'>>,
  Fits<UpdateDiagnosisInput, Omit<MutationUpdateDiagnosisArgs, Target>>,
  Fits<CreateDiagnosisReportItemInput, Omit<MutationCreateDiagnosisReportItemArgs, Target>>,
  Fits<UpdateDiagnosisReportItemInput, Omit<MutationUpdateDiagnosisReportItemArgs, Target | 'diagnosisReportItemId'>>,
];

export const diagnosisQueries: Pick<QueryResolvers, 'diagnosis' | 'diagnoses'> = {
  diagnosis: (_, args, { storage }) =>
    repo.getDiagnosis(storage.db, args.datasetId, parseInput(diagnosisRefSchema, args)),
  diagnoses: (_, args, { storage }) =>
    repo.listDiagnoses(storage, args.datasetId, {
      filter: normalizeFilter(parseInput(diagnosisFilterSchema, args.filter, 'filter')),
      orderBy: parseInput(diagnosisOrderBySchema, args.orderBy, 'orderBy') ?? null,
      cursor: args.cursor ?? null,
      length: parseInput(pageLengthSchema, args.length, 'length'),
    }),
};

export const diagnosisMutations: Pick<
  MutationResolvers,
  | 'createDiagnosis'
  | 'updateDiagnosis'
  | 'deleteDiagnosis'
  | 'createDiagnosisReportItem'
  | 'updateDiagnosisReportItem'
  | 'deleteDiagnosisReportItem'
> = {
  createDiagnosis: (_, args, { storage, caller }) =>
    repo.createDiagnosis(storage, args.datasetId, parseInput(createDiagnosisInputSchema, args), caller),
  updateDiagnosis: (_, args, { storage, caller }) =>
    repo.updateDiagnosis(
      storage,
      args.datasetId,
      args.diagnosisId,
      parseInput(updateDiagnosisInputSchema, args),
      caller,
    ),
  deleteDiagnosis: (_, args, { storage }) => repo.deleteDiagnosis(storage, args.datasetId, args.diagnosisId),
  createDiagnosisReportItem: (_, args, { storage, caller }) =>
    items.createDiagnosisReportItem(
      storage,
      { datasetId: args.datasetId, diagnosisId: args.diagnosisId, caller },
      parseInput(createDiagnosisReportItemInputSchema, args),
    ),
  updateDiagnosisReportItem: (_, args, { storage, caller }) =>
    items.updateDiagnosisReportItem(
      storage,
      { datasetId: args.datasetId, diagnosisId: args.diagnosisId, caller },
      args.diagnosisReportItemId,
      parseInput(updateDiagnosisReportItemInputSchema, args),
    ),
  deleteDiagnosisReportItem: (_, args, { storage, caller }) =>
    items.deleteDiagnosisReportItem(
      storage,
      { datasetId: args.datasetId, diagnosisId: args.diagnosisId, caller },
      args.diagnosisReportItemId,
    ),
};

export const Diagnosis: Pick<DiagnosisResolvers, 'diagnosisReportItems'> = {
  diagnosisReportItems: (d, _, { loaders }) => loaders.diagnosisReportItems.load(d.id),
};
