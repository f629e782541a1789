import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema, two outputs: typed documents for the dashboard, resolver types for the server.
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  documents: ['src/api/**/*.ts', '!src/api/gql/**', '!src/api/mocks/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/api/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings: the client needs no GraphQL printer in its bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>', JSON: 'unknown' },
      },
    },
    'server/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>', JSON: 'unknown' },
        contextType: '../context#Context',
        // Resolvers receive storage records; derived fields (classes, slices, counts) have their own resolvers.
        mappers: {
          Model: '../../storage/models.repo#ModelRecord',
          ModelTrainClass: '../../storage/models.repo#TrainClassRecord',
          Slice: '../../storage/slices.repo#SliceRecord',
          Dataset: '../../storage/datasets.repo#DatasetRecord',
          ModelHistoryPage: '../../storage/model-history#HistoryPage',
          ModelHistoryEvent: '../../storage/model-history#HistoryEventRecord',
          Content: '../../storage/contents.repo#ContentRecord',
          Diagnosis: '../../storage/diagnoses.repo#DiagnosisRecord',
        },
      },
    },
  },
};

export default config;
