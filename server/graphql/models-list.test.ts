// models(): must/not filters, keyset pagination, totalCount and cursor binding (README §6, §12).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDataset,
  createModel,
  engines,
  inProcess,
  type ListRow as Row,
  type ModelsPage,
  postgresDatabaseUrl,
  setup,
  type TestApi,
} from '../test-kit/setup';
import { openStorage } from '../storage/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LIST = `query($datasetId: ID!, $filter: ModelFilter, $cursor: String, $length: Int) {
  models(datasetId: $datasetId, filter: $filter, cursor: $cursor, length: $length) { models { id name isPinned isTrained createdAt } next totalCount }
}`;

type Page = ModelsPage<Row>;
type Options = {
  nameContains?: string | null;
  idIn?: string[] | null;
  isPinned?: boolean | null;
  isTrained?: boolean | null;
};
type Filter = { must?: Options | null; not?: Options | null } | null;

let api: TestApi;
let datasetId: string;
describe.each(engines)('on %s', (engine) => {
  beforeEach(async () => {
    api = await setup({ engine });
    datasetId = await createDataset(api);
  });
  afterEach(() => api.close());

  async function walk(filter: Filter, length = 50, dataset = datasetId) {
    const seen: Row[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page: Page = await api.ok<Page>(LIST, { datasetId: dataset, filter, cursor, length });
      seen.push(...page.models.models);
      totals.push(page.models.totalCount);
      expect(page.models.models.length).toBeLessThanOrEqual(length);
      cursor = page.models.next;
      if (cursor === null) return { rows: seen, totals, pages: pages + 1 };
      expect(page.models.models).toHaveLength(length);
    }
    throw new Error('pagination did not end');
  }

  /** Reference semantics: every must condition holds, and no not condition does. */
  function matches(row: Row, filter: Filter): boolean {
    const holds = (o: Options) => {
      const conditions: boolean[] = [];
      if (o.nameContains) conditions.push(row.name.toLowerCase().includes(o.nameContains.toLowerCase()));
      if (o.idIn != null) conditions.push(o.idIn.includes(row.id));
      if (o.isPinned != null) conditions.push(row.isPinned === o.isPinned);
      if (o.isTrained != null) conditions.push(row.isTrained === o.isTrained);
      return conditions;
    };
    const must = filter?.must ? holds(filter.must) : [];
    const not = filter?.not ? holds(filter.not) : [];
    return must.every(Boolean) && !not.some(Boolean);
  }

  const newestFirst = (a: Row, b: Row) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

  describe('filters', () => {
    let all: Row[];
    beforeEach(async () => {
      const names = [
        'Alpha',
        'alphabet soup',
        'ALPHA-2',
        '50% off',
        '50 percent',
        'under_score',
        'underscore',
        'back\\slash',
        'Émile',
        'plain',
      ];
      for (let i = 0; i < 30; i++) {
        await createModel(api, datasetId, {
          name: `${names[i % names.length]} #${i}`,
          isPinned: i % 4 === 0,
          isTrained: i % 3 === 0,
        });
      }
      all = (await walk(null)).rows;
      expect(all).toHaveLength(30);
    });

    it('returns exactly the matching models, newest first, with the right totalCount', async () => {
      const some = [all[0]!.id, all[5]!.id, all[17]!.id];
      const filters: Filter[] = [
        null,
        {},
        { must: {} },
        { must: { nameContains: 'alpha' } },
        { must: { nameContains: 'ALPHA' } },
        { must: { nameContains: '%' } },
        { must: { nameContains: '50%' } },
        { must: { nameContains: '_' } },
        { must: { nameContains: '\\' } },
        { must: { nameContains: 'émile' } },
        { must: { nameContains: '' } },
        { not: { nameContains: '' } },
        { must: { idIn: some } },
        { must: { idIn: [...some, 'unknown'] } },
        { not: { idIn: some } },
        { not: { idIn: [] } },
        { must: { isPinned: true } },
        { must: { isPinned: false } },
        { must: { isTrained: true } },
        { not: { isPinned: true } },
        { not: { isPinned: true, isTrained: true } },
        { must: { isPinned: true, isTrained: true } },
        { must: { isTrained: true }, not: { isPinned: true } },
        { must: { isPinned: false }, not: { isTrained: false } },
        { must: { nameContains: 'alpha', isPinned: false } },
        { must: { nameContains: 'under' }, not: { nameContains: '_' } },
        { must: { idIn: some, isTrained: true } },
        { must: { nameContains: 'a' }, not: { idIn: some, isPinned: true } },
        { must: { nameContains: null, idIn: null, isPinned: null, isTrained: null }, not: null },
      ];
      for (const filter of filters) {
        const expected = all.filter((row) => matches(row, filter)).sort(newestFirst);
        for (const length of [50, 4]) {
          const { rows, totals } = await walk(filter, length);
          expect(
            rows.map((r) => r.id),
            JSON.stringify(filter),
          ).toEqual(expected.map((r) => r.id));
          expect(new Set(totals), JSON.stringify(filter)).toEqual(new Set([expected.length]));
        }
      }
    });

    it('matches % and _ literally and nothing for text that is not there', async () => {
      expect((await walk({ must: { nameContains: '%' } })).rows.map((r) => r.name)).toEqual([
        '50% off #23',
        '50% off #13',
        '50% off #3',
      ]);
      expect((await walk({ must: { nameContains: '_' } })).rows.every((r) => r.name.startsWith('under_score'))).toBe(
        true,
      );
      expect((await walk({ must: { nameContains: 'zzz' } })).rows).toEqual([]);
    });

    it('gives an empty page and totalCount 0 for an empty must.idIn; an empty not.idIn excludes nothing', async () => {
      const empty = await api.ok<Page>(LIST, { datasetId, filter: { must: { idIn: [] } }, cursor: null, length: 10 });
      expect(empty.models).toEqual({ models: [], next: null, totalCount: 0 });
      expect((await walk({ not: { idIn: [] } })).rows).toHaveLength(30);
    });

    it('keeps totalCount right after writes that move models between filters', async () => {
      const first = all[0]!;
      const pinned = async () =>
        (await api.ok<Page>(LIST, { datasetId, filter: { must: { isPinned: true } }, length: 1 })).models.totalCount;
      const named = async () =>
        (await api.ok<Page>(LIST, { datasetId, filter: { must: { nameContains: 'renamed' } }, length: 1 })).models
          .totalCount;
      const before = await pinned();
      expect(await named()).toBe(0);
      await api.ok(
        `mutation($d: ID!, $i: ID!){ ${first.isPinned ? 'unpinModel' : 'pinModel'}(datasetId: $d, id: $i) { id } }`,
        { d: datasetId, i: first.id },
      );
      expect(await pinned()).toBe(before + (first.isPinned ? -1 : 1));
      await api.ok('mutation($d: ID!, $i: ID!){ updateModel(datasetId: $d, id: $i, name: "Renamed") { id } }', {
        d: datasetId,
        i: first.id,
      });
      expect(await named()).toBe(1);
      await api.ok('mutation($d: ID!, $i: ID!){ deleteModel(datasetId: $d, id: $i) }', { d: datasetId, i: first.id });
      expect(await named()).toBe(0);
      expect((await walk(null)).totals[0]).toBe(29);
    });
  });

  describe('pagination', () => {
    it('walks 125 models in pages of 50 without duplicates or gaps, stable while models are added', async () => {
      const created: string[] = [];
      for (let i = 0; i < 125; i++) created.push((await createModel(api, datasetId, { name: `m${i}` })).id);

      const first = await api.ok<Page>(LIST, { datasetId, filter: null, cursor: null, length: 50 });
      expect(first.models.totalCount).toBe(125);
      expect(first.models.models).toHaveLength(50);
      expect(first.models.models[0]!.id).toBe(created.at(-1));
      // New models arrive mid-walk; they are newer, so the walk neither repeats nor skips older ones.
      for (let i = 0; i < 3; i++) await createModel(api, datasetId, { name: `late${i}` });
      const second = await api.ok<Page>(LIST, { datasetId, filter: null, cursor: first.models.next, length: 50 });
      const third = await api.ok<Page>(LIST, { datasetId, filter: null, cursor: second.models.next, length: 50 });
      expect(second.models.models).toHaveLength(50);
      expect(third.models.models).toHaveLength(25);
      expect(third.models.next).toBeNull();
      expect(third.models.totalCount).toBe(128);

      const ids = [...first.models.models, ...second.models.models, ...third.models.models].map((r) => r.id);
      expect(new Set(ids).size).toBe(125);
      expect(ids).toEqual([...created].reverse());
      const rows = [...first.models.models, ...second.models.models, ...third.models.models];
      expect([...rows].sort(newestFirst)).toEqual(rows);
    });

    it('returns next null when the last page is exactly full', async () => {
      for (let i = 0; i < 10; i++) await createModel(api, datasetId);
      const { rows, pages } = await walk(null, 5);
      expect(rows).toHaveLength(10);
      expect(pages).toBe(2);
    });

    it('binds the cursor to the dataset and the normalised filter', async () => {
      for (let i = 0; i < 4; i++) await createModel(api, datasetId, { isPinned: true, name: `Pinned ${i}` });
      const other = await createDataset(api, 'other');
      const page = await api.ok<Page>(LIST, { datasetId, filter: null, cursor: null, length: 2 });
      const cursor = page.models.next!;
      // null, {} and {must: {}} are one filter.
      for (const filter of [{}, { must: {} }, { must: { nameContains: '' } }, { not: { idIn: [] } }]) {
        const next = await api.ok<Page>(LIST, { datasetId, filter, cursor, length: 2 });
        expect(next.models.models).toHaveLength(2);
      }
      const refused = async (vars: Record<string, unknown>) => {
        const result = await api.gql(LIST, { datasetId, filter: null, cursor, length: 2, ...vars });
        expect(result.status).toBe(200);
        expect(result.errors?.[0]).toMatchObject({
          code: 'BAD_REQUEST',
          extensions: { code: 'BAD_REQUEST', field: 'cursor' },
        });
      };
      await refused({ filter: { must: { isPinned: true } } });
      await refused({ filter: { must: { nameContains: 'pinned' } } });
      await refused({ datasetId: other });
      await refused({ cursor: `${cursor.slice(0, -3)}abc` });
      await refused({ cursor: Buffer.from(JSON.stringify(['2099-01-01T00:00:00.000Z', 'x'])).toString('base64url') });
      await refused({ cursor: 'garbage' });
      // The same filter spelled differently is fine: case of nameContains, order of idIn.
      const named = await api.ok<Page>(LIST, { datasetId, filter: { must: { nameContains: 'PINNED' } }, length: 1 });
      const more = await api.ok<Page>(LIST, {
        datasetId,
        filter: { must: { nameContains: 'pinned' } },
        cursor: named.models.next,
        length: 1,
      });
      expect(more.models.models[0]!.id).not.toBe(named.models.models[0]!.id);
    });

    it('accepts cursors issued by another server process on the same database', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
      try {
        const url = engine === 'sqlite' ? path.join(dir, 'shared.db') : await postgresDatabaseUrl();
        const one = await openStorage(url);
        const two = await openStorage(url);
        const appOne = inProcess(one);
        const appTwo = inProcess(two);
        const ds = (
          await appOne.ok<{ createDataset: { id: string } }>('mutation { createDataset(name: "shared") { id } }')
        ).createDataset.id;
        for (let i = 0; i < 3; i++) {
          await appTwo.ok(
            'mutation($d: ID!){ createModel(datasetId: $d, name: "m", baselineModel: "b", trainingSliceIds: [], validationSliceIds: []) { id } }',
            { d: ds },
          );
        }
        const firstPage = await appOne.ok<Page>(LIST, { datasetId: ds, filter: null, cursor: null, length: 2 });
        const secondPage = await appTwo.ok<Page>(LIST, {
          datasetId: ds,
          filter: null,
          cursor: firstPage.models.next,
          length: 2,
        });
        expect(secondPage.models.models).toHaveLength(1);
        expect(secondPage.models.totalCount).toBe(3);
        await one.close();
        await two.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('gives NOT_FOUND for an unknown dataset', async () => {
      const result = await api.gql(LIST, { datasetId: 'missing', filter: null, cursor: null, length: 10 });
      expect(result.errors?.[0]).toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
