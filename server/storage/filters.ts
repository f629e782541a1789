// List filters: normalisation (README §12: null, {} and {must:{}} are one filter) and SQL conditions.
import { sql, type Expression, type SqlBool } from 'kysely';
import {
  hasTrainingOptions,
  normalTrainingOptions,
  trainingConditions,
  trainingOptionsKey,
  type TrainingFilterOptions,
} from './training-filters';
import type { ModelFilter, ModelFilterOptions } from '../graphql/generated/resolvers';
import type { Db } from './db';
import { isPostgres } from './dialect';

/**
 * A list filter as the schema defines it. The model filter has every condition; the slice and
 * dataset filters have a subset of them (name and ids), so one type serves all three lists.
 */
export type FilterInput = ModelFilter;

export interface NormalOptions extends TrainingFilterOptions {
  /** Lower-cased; absent when empty (an empty substring imposes nothing). */
  nameContains?: string;
  /** Sorted, without duplicates. In `must`, [] matches nothing; in `not`, [] is dropped. */
  idIn?: string[];
  isPinned?: boolean;
  isTrained?: boolean;
}

export interface NormalFilter {
  must: NormalOptions;
  not: NormalOptions;
  /** Canonical text of the filter; cursors and count caches are keyed by it. */
  key: string;
  /** True when the result is necessarily empty (`must.idIn: []`). */
  matchesNothing: boolean;
  /** True when only isPinned/isTrained are used, so per-bucket counters answer the count. */
  flagsOnly: boolean;
}

function normalOptions(input: ModelFilterOptions | null | undefined, keepEmptyIdIn: boolean): NormalOptions {
  const out: NormalOptions = {};
  if (input == null) return out;
  if (input.nameContains != null && input.nameContains !== '') out.nameContains = input.nameContains.toLowerCase();
  if (input.idIn != null && (keepEmptyIdIn || input.idIn.length > 0)) out.idIn = [...new Set(input.idIn)].sort();
  if (input.isPinned != null) out.isPinned = input.isPinned;
  if (input.isTrained != null) out.isTrained = input.isTrained;
  return Object.assign(out, normalTrainingOptions(input, keepEmptyIdIn));
}

const optionsKey = (o: NormalOptions) => [
  o.nameContains ?? null,
  o.idIn ?? null,
  o.isPinned ?? null,
  o.isTrained ?? null,
  ...trainingOptionsKey(o),
];

export function normalizeFilter(input: FilterInput | null | undefined): NormalFilter {
  const must = normalOptions(input?.must, true);
  const not = normalOptions(input?.not, false);
  return {
    must,
    not,
    key: JSON.stringify([optionsKey(must), optionsKey(not)]),
    matchesNothing: must.idIn !== undefined && must.idIn.length === 0,
    flagsOnly:
      must.nameContains === undefined &&
      must.idIn === undefined &&
      not.nameContains === undefined &&
      not.idIn === undefined &&
      !hasTrainingOptions(must) &&
      !hasTrainingOptions(not),
  };
}

/** LIKE pattern for a substring, with %, _ and the escape character itself matched literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Conditions of a filter for a table alias that has id and name_lower (plus the columns of the options
 * it uses), on `db`'s dialect. A name matches when its lower-cased form contains the text: `LIKE` on
 * PostgreSQL (pg_trgm serves it), `instr` on SQLite (the same match, without LIKE's pattern and case
 * handling on every name a scan passes: ~15% faster).
 */
export function filterConditions(
  db: Db,
  table: 'models' | 'slices' | 'datasets' | 'diagnoses',
  filter: NormalFilter,
): Expression<SqlBool>[] {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const postgres = isPostgres(db);
  const contains = (text: string) =>
    postgres
      ? sql<SqlBool>`${col('name_lower')} like ${containsPattern(text)} escape '\\'`
      : sql<SqlBool>`instr(${col('name_lower')}, ${text}) > 0`;
  const conditions = (o: NormalOptions): Expression<SqlBool>[] => {
    const out: Expression<SqlBool>[] = [];
    if (o.nameContains !== undefined) out.push(contains(o.nameContains));
    if (o.idIn !== undefined)
      out.push(o.idIn.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`${col('id')} in (${sql.join(o.idIn)})`);
    if (o.isPinned !== undefined) out.push(sql<SqlBool>`${col('is_pinned')} = ${o.isPinned ? 1 : 0}`);
    if (o.isTrained !== undefined) out.push(sql<SqlBool>`${col('is_trained')} = ${o.isTrained ? 1 : 0}`);
    out.push(...trainingConditions(o, col));
    return out;
  };
  // A row that meets any `not` condition is excluded: AND of the negations.
  return [...conditions(filter.must), ...conditions(filter.not).map((c) => sql<SqlBool>`not (${c})`)];
}

/**
 * Models whose name contains `text`, found through the trigram index of migration 0004 (SQLite only;
 * on PostgreSQL the planner uses pg_trgm for LIKE by itself). Use it beside filterConditions' name
 * condition, which stays the definition of a match; null when the index cannot answer (text under 3
 * characters: a trigram index holds nothing shorter).
 */
export function nameIndexCondition(text: string): Expression<SqlBool> | null {
  if ([...text].length < 3) return null;
  // One FTS5 phrase: the text's trigrams in sequence, i.e. the substring itself; quotes doubled.
  const phrase = `"${text.replaceAll('"', '""')}"`;
  return sql<SqlBool>`${sql.ref('models.rowid')} in (select rowid from models_name_search where models_name_search match ${phrase})`;
}

/** Keyset condition for "after this row" in (created_at desc, id desc) order; index-friendly form. */
export function afterCondition(table: 'models' | 'slices' | 'datasets', position: { createdAt: string; id: string }) {
  const createdAt = sql.ref(`${table}.created_at`);
  const id = sql.ref(`${table}.id`);
  return sql<SqlBool>`${createdAt} <= ${position.createdAt} and (${createdAt} < ${position.createdAt} or ${id} < ${position.id})`;
}
