// Diagnosis lists (README "API generations"): every filter option (must and not), every order field in
// both directions with nulls smallest and ties by id, cursor pages bound to their list, the length rules,
// through the v1.9 SDK's own list document.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { DIAGNOSES, diagnosisCreateVariables, diagnosisListVariables } from '../test-kit/sdk-documents';
import { createDataset, engines, setup, type TestApi } from '../test-kit/setup';

type Json = Record<string, unknown>;
interface Diagnosis {
  id: string;
  name: string;
  [field: string]: unknown;
}
interface Page {
  diagnoses: Diagnosis[];
  next: string | null;
  totalCount: number;
}

let api: TestApi;
let d: string;
/** Ids by name. */
const ids: Record<string, string> = {};

async function list(given: Json): Promise<Page> {
  const data = await api.ok<{ diagnoses: Page }>(DIAGNOSES.diagnoses, diagnosisListVariables(d, given));
  return data.diagnoses;
}
const names = (page: Page) => page.diagnoses.map((x) => x.name);

/** Every diagnosis in the given order, read page by page (length 2), checking totalCount on each page. */
async function readAll(given: Json): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  let total: number | undefined;
  do {
    const page: Page = await list({ ...given, cursor, length: 2 });
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    out.push(...names(page));
    cursor = page.next;
  } while (cursor !== null);
  expect(out).toHaveLength(total);
  return out;
}

describe.each(engines)('diagnosis lists on %s', (engine) => {
  beforeAll(async () => {
    api = await setup({ engine });
    d = await createDataset(api, 'eval');
    // name, caller, status, score key and value: created in this order (createdAt ascending).
    const rows: Array<[string, string, string | null, string | null, number | null]> = [
      ['Alpha', 'ci@team', null, 'mAP', 0.5],
      ['beta', 'local', 'IN_PROGRESS', 'mAP', 0.7],
      ['Gamma', 'ci@team', 'COMPLETED', 'accuracy', null],
      ['delta', 'ana@team', 'COMPLETED', null, 0.7],
      ['epsilon', 'local', 'FAILED', 'accuracy', -2],
    ];
    for (const [name, caller, status, scoreKey, scoreValue] of rows) {
      // The system path takes the caller from x-user-email (README §2).
      const created = await api.gql<{ createDiagnosis: { id: string } }>(
        DIAGNOSES.createDiagnosis,
        diagnosisCreateVariables(d, { name, score_key: scoreKey, score_value: scoreValue }),
        { path: '/system/graphql/', headers: { 'x-user-email': caller } },
      );
      ids[name] = created.data!.createDiagnosis.id;
      if (status !== null) await api.ok(DIAGNOSES.updateDiagnosis, { dataset_id: d, diagnosis_id: ids[name], status });
    }
    // Only beta is changed afterwards: its updatedAt is the newest.
    await api.ok(DIAGNOSES.updateDiagnosis, { dataset_id: d, diagnosis_id: ids['beta'], description: 'again' });
  });
  afterAll(() => api.close());

  it('lists newest first by default, with the total', async () => {
    const page = await list({});
    expect(names(page)).toEqual(['epsilon', 'delta', 'Gamma', 'beta', 'Alpha']);
    expect(page).toMatchObject({ next: null, totalCount: 5 });
  });

  it('filters by every option, must and not', async () => {
    const cases: Array<[Json, string[]]> = [
      [{ must: { idIn: [ids['beta'], ids['delta'], 'unknown'] } }, ['delta', 'beta']],
      [{ must: { idIn: [] } }, []],
      [{ not: { idIn: [ids['beta']] } }, ['epsilon', 'delta', 'Gamma', 'Alpha']],
      [{ not: { idIn: [] } }, ['epsilon', 'delta', 'Gamma', 'beta', 'Alpha']],
      [{ must: { nameContains: 'A' } }, ['delta', 'Gamma', 'beta', 'Alpha']],
      [{ must: { nameContains: 'ph' } }, ['Alpha']],
      [{ not: { nameContains: 'ta' } }, ['epsilon', 'Gamma', 'Alpha']],
      [{ must: { statusIn: ['COMPLETED'] } }, ['delta', 'Gamma']],
      [{ must: { statusIn: ['PENDING', 'FAILED'] } }, ['epsilon', 'Alpha']],
      [{ not: { statusIn: ['COMPLETED', 'PENDING'] } }, ['epsilon', 'beta']],
      [{ must: { createdByIn: ['ci@team'] } }, ['Gamma', 'Alpha']],
      [{ not: { createdByIn: ['local', 'ci@team'] } }, ['delta']],
      [{ must: { scoreKeyIn: ['mAP'] } }, ['beta', 'Alpha']],
      // A diagnosis without a score key is in no list, so `not` keeps it.
      [{ not: { scoreKeyIn: ['mAP'] } }, ['epsilon', 'delta', 'Gamma']],
      [{ must: { scoreKeyIn: [] } }, []],
      [{ must: { statusIn: ['COMPLETED'], scoreKeyIn: ['accuracy'] }, not: { nameContains: 'x' } }, ['Gamma']],
    ];
    for (const [filter, expected] of cases) {
      const page = await list({ filter });
      expect(names(page), JSON.stringify(filter)).toEqual(expected);
      expect(page.totalCount, JSON.stringify(filter)).toBe(expected.length);
      expect(await readAll({ filter }), JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('orders by every field in both directions; nulls are the smallest, ties go by id', async () => {
    const byId = (a: string, b: string) => (ids[a]! < ids[b]! ? [a, b] : [b, a]);
    const [lowTie, highTie] = byId('beta', 'delta'); // both score 0.7
    // Alpha, beta and epsilon never completed: they share the null completedAt, ordered by id.
    const notCompleted = ['Alpha', 'beta', 'epsilon'].sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
    const cases: Array<[string, string[]]> = [
      ['createdAt', ['Alpha', 'beta', 'Gamma', 'delta', 'epsilon']],
      ['updatedAt', ['Alpha', 'Gamma', 'delta', 'epsilon', 'beta']],
      ['name', ['Alpha', 'beta', 'delta', 'epsilon', 'Gamma']],
      ['scoreValue', ['Gamma', 'epsilon', 'Alpha', lowTie!, highTie!]],
      ['completedAt', [...notCompleted, 'Gamma', 'delta']],
    ];
    for (const [field, ascending] of cases) {
      const asc = await readAll({ order_by: { field, direction: 'ASC' } });
      expect(asc, `${field} ASC`).toEqual(ascending);
      const desc = await readAll({ order_by: { field, direction: 'DESC' } });
      expect(desc, `${field} DESC`).toEqual([...ascending].reverse());
    }
    // Filter and order together.
    const filtered = await readAll({
      filter: { not: { statusIn: ['FAILED'] } },
      order_by: { field: 'scoreValue', direction: 'DESC' },
    });
    expect(filtered).toEqual([highTie, lowTie, 'Alpha', 'Gamma']);
  });

  it('binds a cursor to its dataset, filter and order', async () => {
    const first = await list({ length: 2, order_by: { field: 'name', direction: 'ASC' } });
    expect(names(first)).toEqual(['Alpha', 'beta']);
    expect(first.next).not.toBeNull();
    const next = await list({ length: 2, cursor: first.next, order_by: { field: 'name', direction: 'ASC' } });
    expect(names(next)).toEqual(['delta', 'epsilon']);
    const misuses: Json[] = [
      { order_by: { field: 'name', direction: 'DESC' } },
      { order_by: null },
      { order_by: { field: 'name', direction: 'ASC' }, filter: { must: { nameContains: 'a' } } },
      { order_by: { field: 'name', direction: 'ASC' }, dataset_id: await createDataset(api, 'other') },
    ];
    for (const misuse of misuses) {
      const result = await api.gql(DIAGNOSES.diagnoses, diagnosisListVariables(d, { cursor: first.next, ...misuse }));
      expect(result.errors?.[0], JSON.stringify(misuse)).toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/cursor/i),
      });
    }
  });

  it('accepts length 1 to 50 (default 10) and refuses anything else', async () => {
    expect(names(await list({ length: 1 }))).toEqual(['epsilon']);
    expect(await list({ length: 50 })).toMatchObject({ totalCount: 5, next: null });
    expect(names(await list({ length: null }))).toHaveLength(5);
    for (const length of [0, -1, 51, 1000]) {
      const result = await api.gql(DIAGNOSES.diagnoses, diagnosisListVariables(d, { length }));
      expect(result.errors?.[0], String(length)).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'length must be between 1 and 50',
        extensions: { field: 'length' },
      });
    }
  });

  it('answers NOT_FOUND for an unknown dataset', async () => {
    const result = await api.gql(DIAGNOSES.diagnoses, diagnosisListVariables('no-such-dataset'));
    expect(result.errors?.[0]).toMatchObject({ code: 'NOT_FOUND', message: 'Dataset no-such-dataset not found' });
  });
});
