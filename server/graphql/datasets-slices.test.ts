// Dataset and slice operations (README §6, §11, §12).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDataset,
  createModel,
  createSlice,
  engines,
  setup,
  type TestApi,
  type WireResult,
} from '../test-kit/setup';

const DATASET_FIELDS = 'id name description createdAt createdBy updatedAt updatedBy';
const SLICE_FIELDS = 'id datasetId name description isPinned createdAt createdBy updatedAt updatedBy dataCount';

let api: TestApi;
describe.each(engines)('on %s', (engine) => {
  beforeEach(async () => {
    api = await setup({ engine });
  });
  afterEach(() => api.close());

  function expectError(result: WireResult, code: string, field?: string) {
    expect(result.status).toBe(200);
    expect(result.errors?.[0]).toMatchObject({ code, extensions: { code, ...(field !== undefined && { field }) } });
  }

  interface DatasetOut {
    id: string;
    name: string;
    description: string | null;
    createdAt: string;
    createdBy: string | null;
    updatedAt: string | null;
  }

  describe('datasets', () => {
    const CREATE = `mutation($name: String!, $description: String){ createDataset(name: $name, description: $description) { ${DATASET_FIELDS} } }`;
    const UPDATE = `mutation($id: ID!, $name: String, $description: String){ updateDataset(id: $id, name: $name, description: $description) { ${DATASET_FIELDS} } }`;
    const GET = `query($name: String, $datasetId: ID){ dataset(name: $name, datasetId: $datasetId) { ${DATASET_FIELDS} } }`;
    const LIST = `query($filter: DatasetFilter, $cursor: String, $length: Int){ datasets(filter: $filter, cursor: $cursor, length: $length) { datasets { id name } next totalCount } }`;

    it('creates, finds by id or exact name, updates and lists', async () => {
      const { createDataset: d } = await api.ok<{ createDataset: DatasetOut }>(CREATE, {
        name: '  Traffic  ',
        description: 'cams',
      });
      expect(d).toMatchObject({ name: 'Traffic', description: 'cams', createdBy: 'local' });
      expect((await api.ok<{ dataset: DatasetOut }>(GET, { datasetId: d.id })).dataset).toEqual(d);
      expect((await api.ok<{ dataset: DatasetOut }>(GET, { name: 'Traffic' })).dataset).toEqual(d);
      expect((await api.ok<{ dataset: DatasetOut }>(GET, { name: 'nope', datasetId: d.id })).dataset.id).toBe(d.id);
      expectError(await api.gql(GET, { name: 'traffic' }), 'NOT_FOUND');
      expectError(await api.gql(GET, { datasetId: 'missing' }), 'NOT_FOUND');
      expectError(await api.gql(GET, {}), 'BAD_REQUEST');

      const { updateDataset: renamed } = await api.ok<{ updateDataset: DatasetOut }>(UPDATE, {
        id: d.id,
        name: 'Roads',
      });
      expect(renamed).toMatchObject({ id: d.id, name: 'Roads', description: 'cams' });
      const { updateDataset: cleared } = await api.ok<{ updateDataset: DatasetOut }>(UPDATE, {
        id: d.id,
        description: null,
      });
      expect(cleared).toMatchObject({ name: 'Roads', description: null });
      expectError(await api.gql(UPDATE, { id: d.id, name: null }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(UPDATE, { id: 'missing', name: 'x' }), 'NOT_FOUND');

      for (let i = 0; i < 4; i++) await createDataset(api, `extra ${i}`);
      const page = await api.ok<{ datasets: { datasets: Array<{ name: string }>; next: string; totalCount: number } }>(
        LIST,
        { length: 3 },
      );
      expect(page.datasets.datasets.map((x) => x.name)).toEqual(['extra 3', 'extra 2', 'extra 1']);
      expect(page.datasets.totalCount).toBe(5);
      const rest = await api.ok<{ datasets: { datasets: Array<{ name: string }>; next: string | null } }>(LIST, {
        cursor: page.datasets.next,
        length: 3,
      });
      expect(rest.datasets.datasets.map((x) => x.name)).toEqual(['extra 0', 'Roads']);
      expect(rest.datasets.next).toBeNull();
      const filtered = await api.ok<{ datasets: { datasets: Array<{ name: string }>; totalCount: number } }>(LIST, {
        filter: { must: { nameContains: 'EXTRA' }, not: { nameContains: '2' } },
      });
      expect(filtered.datasets.datasets.map((x) => x.name)).toEqual(['extra 3', 'extra 1', 'extra 0']);
      expect(filtered.datasets.totalCount).toBe(3);
      expectError(
        await api.gql(LIST, { filter: { must: { nameContains: 'extra' } }, cursor: page.datasets.next }),
        'BAD_REQUEST',
        'cursor',
      );
      expectError(await api.gql(LIST, { length: 51 }), 'BAD_REQUEST', 'length');
    });

    it('refuses duplicate names on create and rename, and invalid names', async () => {
      const a = await createDataset(api, 'a');
      await createDataset(api, 'b');
      expectError(await api.gql(CREATE, { name: 'a' }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(CREATE, { name: ' a ' }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(UPDATE, { id: a, name: 'b' }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(CREATE, { name: '  ' }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(CREATE, { name: 'x'.repeat(201) }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(CREATE, { name: 'ok', description: 'x'.repeat(10_001) }), 'BAD_REQUEST', 'description');
      expect((await api.ok<{ updateDataset: DatasetOut }>(UPDATE, { id: a, name: 'a' })).updateDataset.name).toBe('a');
      const list = await api.ok<{ datasets: { totalCount: number } }>(LIST, {});
      expect(list.datasets.totalCount).toBe(2);
    });

    it('deleting a dataset removes its slices and models', async () => {
      const d = await createDataset(api, 'doomed');
      const keep = await createDataset(api, 'kept');
      const slice = await createSlice(api, d, 'train');
      const keptSlice = await createSlice(api, keep, 'train');
      const { id: model } = await createModel(api, d, { trainingSliceIds: [slice], trainingClasses: [{ class: 'x' }] });
      await createModel(api, keep, { trainingSliceIds: [keptSlice] });
      expect(await api.ok('mutation($d: ID!){ deleteDataset(datasetId: $d) }', { d })).toEqual({ deleteDataset: true });
      expectError(await api.gql(GET, { datasetId: d }), 'NOT_FOUND');
      expectError(
        await api.gql('query($d: ID!, $m: ID!){ model(datasetId: $d, id: $m) { id } }', { d, m: model }),
        'NOT_FOUND',
      );
      expectError(
        await api.gql('query($d: String!, $s: ID){ slice(datasetId: $d, id: $s) { id } }', { d, s: slice }),
        'NOT_FOUND',
      );
      expectError(await api.gql('mutation($d: ID!){ deleteDataset(datasetId: $d) }', { d }), 'NOT_FOUND');
      const db = api.storage.db;
      expect(await db.selectFrom('models').select('dataset_id').execute()).toEqual([{ dataset_id: keep }]);
      expect(await db.selectFrom('slices').select('dataset_id').execute()).toEqual([{ dataset_id: keep }]);
      const kept = await api.ok<{ models: { totalCount: number } }>(
        'query($d: ID!){ models(datasetId: $d, filter: null, cursor: null, length: 10) { totalCount } }',
        { d: keep },
      );
      expect(kept.models.totalCount).toBe(1);
    });
  });

  interface SliceOut {
    id: string;
    datasetId: string;
    name: string;
    description: string | null;
    isPinned: boolean;
    dataCount: number | null;
    updatedAt: string | null;
  }

  describe('slices', () => {
    const CREATE = `mutation($datasetId: String!, $name: String!, $description: String, $dataCount: Int){
    createSlice(datasetId: $datasetId, name: $name, description: $description, dataCount: $dataCount) { ${SLICE_FIELDS} } }`;
    const UPDATE = `mutation($datasetId: String!, $id: ID!, $name: String, $description: String, $dataCount: Int){
    updateSlice(datasetId: $datasetId, id: $id, name: $name, description: $description, dataCount: $dataCount) { ${SLICE_FIELDS} } }`;
    const GET = `query($dataset_id: String!, $id: ID, $name: String){ slice(datasetId: $dataset_id, id: $id, name: $name) { ${SLICE_FIELDS} } }`;
    const LIST = `query($dataset_id: String!, $filter: SliceFilter, $cursor: String, $length: Int){
    slices(datasetId: $dataset_id, filter: $filter, cursor: $cursor, length: $length) { slices { id name } next totalCount } }`;
    const DELETE = 'mutation($datasetId: String!, $id: ID!){ deleteSlice(datasetId: $datasetId, id: $id) }';
    let datasetId: string;
    beforeEach(async () => {
      datasetId = await createDataset(api);
    });

    it('creates, looks up by id or name, updates and lists', async () => {
      const { createSlice: s } = await api.ok<{ createSlice: SliceOut }>(CREATE, {
        datasetId,
        name: ' train ',
        description: 'd',
        dataCount: 10,
      });
      expect(s).toMatchObject({ datasetId, name: 'train', description: 'd', isPinned: false, dataCount: 10 });
      expect((await api.ok<{ slice: SliceOut }>(GET, { dataset_id: datasetId, id: s.id })).slice).toEqual(s);
      expect((await api.ok<{ slice: SliceOut }>(GET, { dataset_id: datasetId, name: 'train' })).slice).toEqual(s);
      expect(
        (await api.ok<{ slice: SliceOut }>(GET, { dataset_id: datasetId, id: s.id, name: 'other' })).slice.id,
      ).toBe(s.id);
      expectError(await api.gql(GET, { dataset_id: datasetId, id: null, name: null }), 'BAD_REQUEST');
      expectError(await api.gql(GET, { dataset_id: datasetId, id: 'missing' }), 'NOT_FOUND');
      expectError(await api.gql(GET, { dataset_id: datasetId, name: 'missing' }), 'NOT_FOUND');
      const other = await createDataset(api, 'other');
      expectError(await api.gql(GET, { dataset_id: other, id: s.id }), 'NOT_FOUND');
      expectError(await api.gql(GET, { dataset_id: 'missing', id: s.id }), 'NOT_FOUND');

      const { updateSlice: u } = await api.ok<{ updateSlice: SliceOut }>(UPDATE, {
        datasetId,
        id: s.id,
        name: 'training',
        dataCount: null,
      });
      expect(u).toMatchObject({ name: 'training', description: 'd', dataCount: null });
      const { updateSlice: v } = await api.ok<{ updateSlice: SliceOut }>(UPDATE, { datasetId, id: s.id, dataCount: 5 });
      expect(v).toMatchObject({ name: 'training', dataCount: 5 });
      expectError(await api.gql(UPDATE, { datasetId: other, id: s.id, name: 'x' }), 'NOT_FOUND');

      for (let i = 0; i < 3; i++) await createSlice(api, datasetId, `extra_${i}`);
      const page = await api.ok<{ slices: { slices: Array<{ name: string }>; next: string; totalCount: number } }>(
        LIST,
        {
          dataset_id: datasetId,
          cursor: null,
          length: 2,
        },
      );
      expect(page.slices.slices.map((x) => x.name)).toEqual(['extra_2', 'extra_1']);
      expect(page.slices.totalCount).toBe(4);
      const rest = await api.ok<{ slices: { slices: Array<{ name: string }>; next: string | null } }>(LIST, {
        dataset_id: datasetId,
        cursor: page.slices.next,
        length: 2,
      });
      expect(rest.slices.slices.map((x) => x.name)).toEqual(['extra_0', 'training']);
      expect(rest.slices.next).toBeNull();
      const filtered = await api.ok<{ slices: { totalCount: number } }>(LIST, {
        dataset_id: datasetId,
        filter: { must: { nameContains: '_' } },
      });
      expect(filtered.slices.totalCount).toBe(3);
      expectError(
        await api.gql(LIST, { dataset_id: other, cursor: page.slices.next, length: 2 }),
        'BAD_REQUEST',
        'cursor',
      );
      expectError(await api.gql(LIST, { dataset_id: 'missing' }), 'NOT_FOUND');
      for (const length of [0, 51])
        expectError(await api.gql(LIST, { dataset_id: datasetId, length }), 'BAD_REQUEST', 'length');
    });

    it('keeps slice names unique within a dataset only', async () => {
      const a = await createSlice(api, datasetId, 'a');
      await createSlice(api, datasetId, 'b');
      expectError(await api.gql(CREATE, { datasetId, name: 'a' }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(UPDATE, { datasetId, id: a, name: 'b' }), 'BAD_REQUEST', 'name');
      const other = await createDataset(api, 'other');
      await createSlice(api, other, 'a');
      expectError(await api.gql(CREATE, { datasetId, name: '' }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(CREATE, { datasetId, name: 'c', dataCount: -1 }), 'BAD_REQUEST', 'dataCount');
      expectError(await api.gql(UPDATE, { datasetId, id: a, name: null }), 'BAD_REQUEST', 'name');
      expectError(await api.gql(CREATE, { datasetId: 'missing', name: 'z' }), 'NOT_FOUND');
      const list = await api.ok<{ slices: { totalCount: number } }>(LIST, { dataset_id: datasetId });
      expect(list.slices.totalCount).toBe(2);
    });

    it('refuses to delete a slice that a model references, until the model is gone', async () => {
      const used = await createSlice(api, datasetId, 'used');
      const free = await createSlice(api, datasetId, 'free');
      const { id } = await createModel(api, datasetId, { validationSliceIds: [used] });
      expectError(await api.gql(DELETE, { datasetId, id: used }), 'BAD_REQUEST');
      expect((await api.ok<{ slice: SliceOut }>(GET, { dataset_id: datasetId, id: used })).slice.id).toBe(used);
      expect(await api.ok(DELETE, { datasetId, id: free })).toEqual({ deleteSlice: true });
      expectError(await api.gql(DELETE, { datasetId, id: free }), 'NOT_FOUND');
      await api.ok('mutation($d: ID!, $i: ID!){ deleteModel(datasetId: $d, id: $i) }', { d: datasetId, i: id });
      expect(await api.ok(DELETE, { datasetId, id: used })).toEqual({ deleteSlice: true });
    });
  });
});
