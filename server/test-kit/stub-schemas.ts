// The two Superb AI host generations as the contract writes them, for the stub upstreams (./stub-upstream.ts):
// the first generation is docs/api/schema.graphql as is; the newer one is the inferred SDL of
// docs/api/newer-api.md §3.7 (read from the markdown, so the contract stays the one source) with the datasets
// and slices every host has (§4.4: unchanged but for Dataset.sliceCount/dataCount).
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
