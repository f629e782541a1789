// The newer API's model fields a host may lack (README "Dashboard for a Superb AI host (proxy)", docs/api/newer-api.md
// §3.6 and §6.4): the documents about models sent to it leave them out, selection and arguments alike.
import { request } from './client';
import { TypedDocumentString } from './gql/graphql';
import type { TrimmedDocument } from './document-without-fields';
import type { Capabilities } from './schemas';

/** A model field the host may lack, by the capability that says whether it has it. */
const FIELD_OF = {
  contents: 'contents',
  trainingAnnotations: 'trainingAnnotations',
  // Without item types (a v1.4.0-era host) the report cannot be drawn: the dashboard reads none of it.
  trainingReports: 'trainingReport',
} as const satisfies Partial<Record<keyof Capabilities, string>>;

export type LackedField = (typeof FIELD_OF)[keyof typeof FIELD_OF];

/** The fields the host behind the dashboard lacks; none on the local catalog. */
export const lackedFields = (capabilities: Capabilities): readonly LackedField[] =>
  (Object.keys(FIELD_OF) as Array<keyof typeof FIELD_OF>).filter((c) => !capabilities[c]).map((c) => FIELD_OF[c]);

const trimmed = new Map<string, Promise<TrimmedDocument>>();

function trim(query: string, lacking: readonly LackedField[]): Promise<TrimmedDocument> {
  const key = `${lacking.join()}\n${query}`;
  let document = trimmed.get(key);
  if (!document) {
    document = import('./document-without-fields').then((m) => m.withoutFields(query, new Set(lacking)));
    trimmed.set(key, document);
  }
  return document;
}

/**
 * request() of a document about models, without the fields the host lacks and the variables that carried them.
 * The answer then has no such fields: readers fill in their empty values (withLackedFields).
 */
export async function requestWithout<TResult, TVariables extends object>(
  lacking: readonly LackedField[],
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  if (lacking.length === 0) return request(document, variables, signal);
  const { query, droppedVariables } = await trim(document.toString(), lacking);
  const kept = Object.fromEntries(Object.entries(variables).filter(([name]) => !droppedVariables.has(name)));
  return request(new TypedDocumentString<TResult, TVariables>(query), kept as TVariables, signal);
}

/** A model read without the fields its host lacks, with their empty values (the dashboard's shapes hold them). */
export const withLackedFields = <T extends object>(model: T): T => ({
  contents: null,
  trainingAnnotations: [],
  trainingReport: [],
  ...model,
});
