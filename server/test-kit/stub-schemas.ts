// The two Superb AI host generations as the contract writes them, for the stub upstreams (./stub-upstream.ts):
// the first generation is docs/api/schema.graphql as is; the newer one is the inferred SDL of
// docs/api/newer-api.md §3.7 (read from the markdown, so the contract stays the one source) with the datasets
// and slices every host has (§4.4: unchanged but for Dataset.sliceCount/dataCount). Hosts of older newer-API
// releases are that SDL without what §3.6 says came later.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type DefinitionNode, type DocumentNode } from '../graphql/graphql';

// import.meta.dirname, not import.meta.url: dashboard tests (jsdom) read these too, where the URL is not a file's.
const docsFile = (name: string) => readFileSync(path.join(import.meta.dirname, '../../docs/api', name), 'utf8');

export const FIRST_GENERATION_SDL = docsFile('schema.graphql');

/** The first ```graphql block under a markdown heading. */
export function graphqlBlockUnder(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}`);
  const open = markdown.indexOf('```graphql\n', start);
  if (start < 0 || open < 0) throw new Error(`No GraphQL block under "${heading}"`);
  const body = open + '```graphql\n'.length;
  return markdown.slice(body, markdown.indexOf('\n```', body));
}

// What the first generation's SDL says about models; the rest (datasets, slices, scalars) both generations share.
const FIRST_GENERATION_MODEL_TYPES = new Set([
  'Model',
  'ModelPage',
  'ModelTrainClass',
  'BaseContent',
  'ModelFilter',
  'ModelFilterOptions',
  'ModelTrainClassInput',
  'DateTime',
  'JSONObject',
]);
const ROOT_TYPES = new Set(['Query', 'Mutation']);

function withoutModels(document: DocumentNode): DocumentNode {
  const definitions = document.definitions.flatMap((definition): DefinitionNode[] => {
    if (!('name' in definition) || definition.name === undefined) return [definition];
    if (FIRST_GENERATION_MODEL_TYPES.has(definition.name.value)) return [];
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && ROOT_TYPES.has(definition.name.value)) {
      const fields = definition.fields?.filter(
        (f) => !/^(models?|createModel|updateModel|deleteModel|pinModel|unpinModel)$/.test(f.name.value),
      );
      return [{ ...definition, kind: Kind.OBJECT_TYPE_EXTENSION, fields }];
    }
    return [definition];
  });
  return { ...document, definitions };
}

export const NEWER_API_SDL = [
  graphqlBlockUnder(docsFile('newer-api.md'), '### 3.7 '),
  print(withoutModels(parse(FIRST_GENERATION_SDL))),
  'extend type Dataset { sliceCount: Int\n dataCount: Int }',
].join('\n');

/** Newer-API releases a host may run (docs/api/newer-api.md §1.3, §3.6); `v1.9.0` is §3.7 as written. */
export type NewerApiRelease = 'v1.4.0' | 'v1.6.1' | 'v1.9.0';

interface Lacking {
  /** Type definitions, and the root fields (queries, mutations) that name them. */
  types: RegExp;
  /** `Type.field`. */
  fields: string[];
  /** Arguments of root fields. */
  arguments: string[];
}

const DIAGNOSES = /^Diagnos/i;

/** What each release lacks of v1.9.0. */
const LACKING: Record<Exclude<NewerApiRelease, 'v1.9.0'>, Lacking> = {
  // Before report item `type` (v1.5.0), `contents` (v1.5.1), `trainingAnnotations` (v1.6.0/.1), diagnoses (v1.6.4).
  'v1.4.0': {
    types: /^(Diagnos.*|TrainingAnnotations(Input)?|AnalyticsReportItemType)$/i,
    fields: ['Model.contents', 'Model.trainingAnnotations', 'TrainingReportItem.type'],
    arguments: ['contents', 'trainingAnnotations', 'type'],
  },
  'v1.6.1': { types: DIAGNOSES, fields: [], arguments: [] },
};

const rootFieldNamesType = (field: string, types: RegExp) =>
  types.test(field.replace(/^(create|update|delete)/, '').replace(/ReportItem$/, ''));

function asOf(document: DocumentNode, lacking: Lacking): DocumentNode {
  const definitions = document.definitions.flatMap((definition): DefinitionNode[] => {
    if (!('name' in definition) || definition.name === undefined) return [definition];
    const type = definition.name.value;
    if (lacking.types.test(type)) return [];
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return [definition];
    const root = ROOT_TYPES.has(type);
    const fields = definition.fields
      ?.filter((field) => !lacking.fields.includes(`${type}.${field.name.value}`))
      .filter((field) => !(root && rootFieldNamesType(field.name.value, lacking.types)))
      .map((field) =>
        root
          ? { ...field, arguments: field.arguments?.filter((a) => !lacking.arguments.includes(a.name.value)) }
          : field,
      );
    return [{ ...definition, fields }];
  });
  return { ...document, definitions };
}

/** The newer API as a host of `release` speaks it. */
export const newerApiSdl = (release: NewerApiRelease) =>
  release === 'v1.9.0' ? NEWER_API_SDL : print(asOf(parse(NEWER_API_SDL), LACKING[release]));
