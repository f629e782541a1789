// The contract's schema with this server's resolvers: what yoga serves and the query worker executes.
// Made with @graphql-tools/schema, as yoga's createSchema is, without loading yoga into the worker.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Context } from './context';
import type { Resolvers } from './generated/resolvers';
import { datasetMutations, datasetQueries } from './resolvers/datasets';
import { Diagnosis, diagnosisMutations, diagnosisQueries } from './resolvers/diagnoses';
import { Model, modelMutations, modelQueries } from './resolvers/models';
import { historyQueries } from './resolvers/history';
import { sliceMutations, sliceQueries } from './resolvers/slices';
import { TrainingDataset, TrainingModel, trainingReportMutations } from './resolvers/training-models';
import { contentMutations } from './resolvers/contents';
import { DateTime, JSONObject, JSONValue } from './scalars';
import { typeDefs } from './schema';

const resolvers: Resolvers = {
  DateTime,
  JSONObject,
  JSON: JSONValue,
  Query: { ...modelQueries, ...sliceQueries, ...datasetQueries, ...historyQueries, ...diagnosisQueries },
  Mutation: {
    ...modelMutations,
    ...sliceMutations,
    ...datasetMutations,
    ...trainingReportMutations,
    ...contentMutations,
    ...diagnosisMutations,
  },
  // One record answers both API generations (README "API generations").
  Model: { ...Model, ...TrainingModel },
  Dataset: TrainingDataset,
  Diagnosis,
};

export const schema = makeExecutableSchema<Context>({ typeDefs, resolvers });
