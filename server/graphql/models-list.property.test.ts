// Property: models() filters, counts and pages exactly like a simple in-memory
// reference (README §6, §12): every `must` condition holds and no `not` condition does; nameContains is a
// case-insensitive substring with %, _ and \ matched literally; newest first, ties by id descending.
// Walking every page by cursor gives the reference list exactly, with its count on every page, and
// that stays true while models are pinned, retrained, renamed, created and deleted between walks.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataset, engines, setup, type ListRow as Row, type ModelsPage, type TestApi } from '../test-kit/setup';
import { propertyParameters } from '../test-kit/property';

const LIST = `query($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) {
    models { ...Row } next totalCount
  }
}`;
const ROW = 'fragment Row on Model { id name isPinned isTrained createdAt }';
const CREATE = `mutation($datasetId: ID!, $name: String!, $isPinned: Boolean, $isTrained: Boolean) {
  createModel(datasetId: $datasetId, name: $name, baselineModel: "b", trainingSliceIds: [], validationSliceIds: [],
    isPinned: $isPinned, isTrained: $isTrained) { ...Row }
}`;

type Page = ModelsPage<Row>;

/** Filter options as generated: idIn holds indexes into the dataset's models, resolved once ids exist. */
interface OptionsSpec {
  nameContains?: string | null;
  idIn?: Array<number | 'unknown'> | null;
  isPinned?: boolean | null;
  isTrained?: boolean | null;
}
type FilterSpec = { must?: OptionsSpec | null; not?: OptionsSpec | null } | null;
type Options = Omit<OptionsSpec, 'idIn'> & { idIn?: string[] | null };
type Filter = { must?: Options | null; not?: Options | null } | null;

type Step =
  | { kind: 'walk'; filter: FilterSpec; length: number }
  | { kind: 'pin' | 'train'; index: number; value: boolean }
  | { kind: 'rename'; index: number; name: string }
  | { kind: 'delete'; index: number }
  | { kind: 'create'; name: string; isPinned: boolean; isTrained: boolean };

/** Characters that break naive SQL/LIKE handling or case folding, plus plain letters to match on. */
const NAME_CHARS = [
  'a',
  'b',
  'A',
  'B',
  '%',
  '_',
  '\\',
  "'",
  '"',
  ';',
  '-',
  ' ',
  'é',
  'É',
  'ß',
  'İ',
  'Σ',
  'K',
  '😀',
  '字',
];

const names = fc.oneof(
  fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: 8 }).map((chars) => chars.join('')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.constantFrom("' OR 1=1 --", '100%', 'a_b', 'a\\_b', '%_%'),
);
/** Names the API accepts: non-empty after trimming (it stores the trimmed name). */
const validNames = names.filter((name) => name.trim() !== '');

/** Filter text: metacharacters, random text, or a piece of an existing name in random case. */
const nameContains = (existing: readonly string[]) =>
  fc.oneof(
    fc.constantFrom('', '%', '_', '\\', '%%', '\\%', '_%', "'", "' OR 1=1 --", 'a', 'A', 'é', 'SS', 'σ'),
    names,
    existing.length === 0
      ? names
      : {
          weight: 4,
          arbitrary: fc
            .tuple(fc.constantFrom(...existing), fc.nat(), fc.nat(), fc.constantFrom('same', 'upper', 'lower'))
            .map(([name, a, b, kase]) => {
              const chars = Array.from(name); // whole code points, so no unpaired surrogate is cut off
              const [from, to] = [a % (chars.length + 1), b % (chars.length + 1)].sort((x, y) => x - y);
              const piece = chars.slice(from, to).join('');
              return kase === 'upper' ? piece.toUpperCase() : kase === 'lower' ? piece.toLowerCase() : piece;
            }),
        },
  );

const options = (existing: readonly string[]) =>
  fc.record(
    {
      nameContains: fc.option(nameContains(existing)),
      idIn: fc.option(fc.array(fc.oneof(fc.nat(), fc.constant('unknown' as const)), { maxLength: 6 })),
      isPinned: fc.option(fc.boolean()),
      isTrained: fc.option(fc.boolean()),
    },
    { requiredKeys: [] },
  );

const filters = (existing: readonly string[]): fc.Arbitrary<FilterSpec> =>
  fc.oneof(
    fc.constantFrom(null, {}, { must: {} }, { must: null, not: null }),
    fc.record({ must: fc.option(options(existing)), not: fc.option(options(existing)) }, { requiredKeys: [] }),
  );

const steps = (existing: readonly string[]): fc.Arbitrary<Step[]> => {
  const walk = fc.record({
    kind: fc.constant('walk' as const),
    filter: filters(existing),
    length: fc.integer({ min: 1, max: 50 }),
  });
  const write = fc.oneof(
    fc.record({ kind: fc.constantFrom('pin' as const, 'train' as const), index: fc.nat(), value: fc.boolean() }),
    fc.record({ kind: fc.constant('rename' as const), index: fc.nat(), name: validNames }),
    fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
    fc.record({
      kind: fc.constant('create' as const),
      name: validNames,
      isPinned: fc.boolean(),
      isTrained: fc.boolean(),
    }),
  );
  return fc.array(fc.oneof({ weight: 3, arbitrary: walk }, { weight: 1, arbitrary: write }), {
    minLength: 1,
    maxLength: 6,
  });
};

const model = fc.record({ name: validNames, isPinned: fc.boolean(), isTrained: fc.boolean() });

/** A dataset's models, then walks (and writes) whose filters can refer to the models' names. */
const scenarios = fc
  .array(model, { maxLength: 25 })
  .chain((models) => fc.tuple(fc.constant(models), steps(models.map((m) => m.name.trim()))));

/** The reference semantics. */
function holds(row: Row, o: Options): boolean[] {
  const conditions: boolean[] = [];
  if (o.nameContains != null && o.nameContains !== '') {
    conditions.push(row.name.toLowerCase().includes(o.nameContains.toLowerCase()));
  }
  if (o.idIn != null) conditions.push(o.idIn.includes(row.id));
  if (o.isPinned != null) conditions.push(row.isPinned === o.isPinned);
  if (o.isTrained != null) conditions.push(row.isTrained === o.isTrained);
  return conditions;
}

function reference(rows: readonly Row[], filter: Filter): Row[] {
  const matches = (row: Row) =>
    (filter?.must == null || holds(row, filter.must).every(Boolean)) &&
    (filter?.not == null || !holds(row, filter.not).some(Boolean));
  const newestFirst = (a: Row, b: Row) =>
    a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  return rows.filter(matches).sort(newestFirst);
}

function resolveIds(o: OptionsSpec | null | undefined, rows: readonly Row[]): Options | null | undefined {
  if (o == null || o.idIn == null) return o as Options | null | undefined;
  const idIn = o.idIn.map((i) => (i === 'unknown' || rows.length === 0 ? 'unknown-id' : rows[i % rows.length]!.id));
  return { ...o, idIn };
}

describe.each(engines)('models() against a reference model on %s', (engine) => {
  let api: TestApi;
  let datasets = 0;
  beforeAll(async () => {
    api = await setup({ engine });
  });
  afterAll(() => api.close());

  async function create(datasetId: string, m: { name: string; isPinned: boolean; isTrained: boolean }) {
    const row = (await api.ok<{ createModel: Row }>(`${CREATE}\n${ROW}`, { datasetId, ...m })).createModel;
    expect(row).toMatchObject({ name: m.name.trim(), isPinned: m.isPinned, isTrained: m.isTrained });
    return row;
  }

  async function walk(datasetId: string, filter: Filter, length: number, expected: readonly Row[]) {
    const seen: Row[] = [];
    let cursor: string | null = null;
    const label = JSON.stringify({ filter, length });
    do {
      const page: Page = await api.ok<Page>(`${LIST}\n${ROW}`, { datasetId, filter, cursor, length });
      const { models, next, totalCount } = page.models;
      expect(totalCount, label).toBe(expected.length);
      expect(models.length, label).toBe(Math.min(length, expected.length - seen.length));
      seen.push(...models);
      // next is null exactly on the last page, including one that is exactly full.
      expect(next === null, label).toBe(seen.length === expected.length);
      cursor = next;
    } while (cursor !== null);
    expect(seen, label).toEqual(expected);
  }

  it('walks every page of every filter exactly as the reference does, across writes', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, async ([models, plan]) => {
        const datasetId = await createDataset(api, `property ${(datasets += 1)}`);
        const rows: Row[] = [];
        for (const m of models) rows.push(await create(datasetId, m));
        const at = (index: number) => (rows.length === 0 ? undefined : rows[index % rows.length]);
        const vars = (row: Row) => ({ d: datasetId, id: row.id });
        for (const step of plan) {
          if (step.kind === 'walk') {
            const filter: Filter =
              step.filter === null
                ? null
                : { must: resolveIds(step.filter.must, rows), not: resolveIds(step.filter.not, rows) };
            await walk(datasetId, filter, step.length, reference(rows, filter));
          } else if (step.kind === 'create') {
            rows.push(await create(datasetId, step));
          } else {
            const row = at(step.index);
            if (row === undefined) continue;
            if (step.kind === 'pin') {
              const op = step.value ? 'pinModel' : 'unpinModel';
              await api.ok(`mutation($d: ID!, $id: ID!) { ${op}(datasetId: $d, id: $id) { id } }`, vars(row));
              row.isPinned = step.value;
            } else if (step.kind === 'train') {
              await api.ok(
                'mutation($d: ID!, $id: ID!, $t: Boolean) { updateModel(datasetId: $d, id: $id, isTrained: $t) { id } }',
                {
                  ...vars(row),
                  t: step.value,
                },
              );
              row.isTrained = step.value;
            } else if (step.kind === 'rename') {
              await api.ok(
                'mutation($d: ID!, $id: ID!, $n: String) { updateModel(datasetId: $d, id: $id, name: $n) { id } }',
                {
                  ...vars(row),
                  n: step.name,
                },
              );
              row.name = step.name.trim();
            } else {
              await api.ok('mutation($d: ID!, $id: ID!) { deleteModel(datasetId: $d, id: $id) }', vars(row));
              rows.splice(rows.indexOf(row), 1);
            }
          }
        }
      }),
      propertyParameters(60),
    );
  }, 60_000);
});
