// Model history (README "Model history"): every write to a model through either API generation is one
// event, newest first, field by field, with who wrote it; a deleted model's history stays readable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage } from '../storage/db';
import { FIRST_GENERATION as OLD, NEWER_API as NEW } from '../test-kit/sdk-documents';
import {
  createDataset,
  createModel,
  createSlice,
  engines,
  postgresDatabaseUrl,
  setup,
  type TestApi,
} from '../test-kit/setup';
import { snapshotStorage } from '../test-kit/snapshot';
import { createApp } from './yoga';

const EVENT = 'id modelId modelName at actor kind changes { field from to }';
const HISTORY = `query($d: ID!, $m: ID!, $c: String, $l: Int) {
  modelHistory(datasetId: $d, modelId: $m, cursor: $c, length: $l) { events { ${EVENT} } next totalCount }
}`;
const ACTIVITY = `query($d: ID!, $c: String, $l: Int) {
  datasetActivity(datasetId: $d, cursor: $c, length: $l) { events { ${EVENT} } next totalCount }
}`;

interface Change {
  field: string;
  from: unknown;
  to: unknown;
}
interface Event {
  id: string;
  modelId: string;
  modelName: string;
  at: string;
  actor: string;
  kind: string;
  changes: Change[];
}
interface Page {
  events: Event[];
  next: string | null;
  totalCount: number;
}

const KEY = { accessKey: 'team-ci', accessKeySecret: 'a-secret-of-sixteen+' };
const AS_TEAM_CI = {
  Authorization: `Basic ${Buffer.from(`${KEY.accessKey}:${KEY.accessKeySecret}`).toString('base64')}`,
};

describe.each(engines)('model history on %s', (engine) => {
  let api: TestApi;
  let datasetId: string;
  beforeEach(async () => {
    api = await setup({ engine });
    datasetId = await createDataset(api, 'history');
  });
  afterEach(() => api.close());

  const ok = <T>(query: string, variables: Record<string, unknown>) => api.ok<T>(query, variables);
  const history = async (modelId: string, extra: Record<string, unknown> = {}) =>
    (await ok<{ modelHistory: Page }>(HISTORY, { d: datasetId, m: modelId, l: 50, ...extra })).modelHistory;

  it('records every write, field by field, newest first, and keeps it after the model is deleted', async () => {
    const sliceA = (
      await ok<{ createSlice: { id: string } }>(
        'mutation($d: String!){ createSlice(datasetId: $d, name: "a") { id } }',
        {
          d: datasetId,
        },
      )
    ).createSlice.id;
    const created = await ok<{ createModel: { id: string } }>(OLD.createModel, {
      datasetId,
      name: 'detector',
      description: null,
      baselineModel: 'yolov8n',
      trainingSliceIds: [sliceA],
      validationSliceIds: [],
      trainingClasses: [{ class: 'car', ap: 0.81 }],
      modelContentId: null,
      isPinned: false,
      isTrained: false,
      trainedAt: null,
      meta: null,
    });
    const id = created.createModel.id;
    const car = (ap: number) => ({
      className: 'car',
      annotationType: null,
      ap,
      trainCount: null,
      validationCount: null,
    });

    await ok(OLD.updateModel, { datasetId, id, trainingClasses: [{ class: 'car', ap: 0.85 }] });
    await ok(OLD.pinModel, { datasetId, id });
    await ok(NEW.updateModel, { dataset_id: datasetId, model_id: id, is_pinned: false });
    await ok(NEW.updateModel, {
      dataset_id: datasetId,
      model_id: id,
      status: 'COMPLETED',
      score_key: 'mAP50',
      score_value: 0.9,
    });
    const report = await ok<{ createTrainingReportItem: { trainingReport: Array<{ id: string }> } }>(
      NEW.createTrainingReportItem,
      {
        dataset_id: datasetId,
        model_id: id,
        name: 'AP per class',
        type: 'VERTICAL_BAR',
        content_id: 'c-1',
        description: null,
      },
    );
    const itemId = report.createTrainingReportItem.trainingReport[0]!.id;
    await ok(NEW.updateTrainingReportItem, {
      dataset_id: datasetId,
      model_id: id,
      training_report_id: itemId,
      name: 'AP',
    });
    await ok(NEW.deleteTrainingReportItem, { dataset_id: datasetId, model_id: id, training_report_id: itemId });
    await ok(OLD.deleteModel, { datasetId, id });

    const page = await history(id);
    expect(page.totalCount).toBe(9);
    expect(page.next).toBeNull();
    expect(page.events.map((e) => e.kind)).toEqual([
      'DELETED',
      'UPDATED',
      'UPDATED',
      'UPDATED',
      'UPDATED',
      'UNPINNED',
      'PINNED',
      'UPDATED',
      'CREATED',
    ]);
    for (const event of page.events)
      expect(event).toMatchObject({ modelId: id, modelName: 'detector', actor: 'local' });
    const [deleted, removed, renamed, added, completed, unpinned, pinned, apChanged, creation] = page.events;
    expect(deleted!.changes).toEqual([]);
    const item = { id: itemId, name: 'AP per class', type: 'VERTICAL_BAR', contentId: 'c-1', description: null };
    expect(added!.changes).toEqual([{ field: 'trainingReport', from: null, to: item }]);
    expect(renamed!.changes).toEqual([{ field: 'trainingReport', from: item, to: { ...item, name: 'AP' } }]);
    expect(removed!.changes).toEqual([{ field: 'trainingReport', from: { ...item, name: 'AP' }, to: null }]);
    const completedAt = completed!.changes.find((c) => c.field === 'completedAt');
    expect(completed!.changes.filter((c) => c.field !== 'completedAt')).toEqual([
      { field: 'status', from: 'PENDING', to: 'COMPLETED' },
      { field: 'scoreKey', from: null, to: 'mAP50' },
      { field: 'scoreValue', from: null, to: 0.9 },
    ]);
    expect(completedAt).toMatchObject({ from: null, to: expect.stringMatching(/^\d{4}-/) as unknown });
    expect(unpinned!.changes).toEqual([{ field: 'isPinned', from: true, to: false }]);
    expect(pinned!.changes).toEqual([{ field: 'isPinned', from: false, to: true }]);
    expect(apChanged!.changes).toEqual([{ field: 'trainingAnnotations', from: [car(0.81)], to: [car(0.85)] }]);
    expect(creation!.changes).toEqual([
      { field: 'name', from: null, to: 'detector' },
      { field: 'baselineModel', from: null, to: 'yolov8n' },
      { field: 'status', from: null, to: 'PENDING' },
      { field: 'trainingAnnotations', from: [], to: [car(0.81)] },
      { field: 'trainSliceId', from: null, to: sliceA },
    ]);
    // Newest first by when they happened.
    const times = page.events.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages with cursors under the usual length rules, and the dataset activity spans its models', async () => {
    const a = (await createModel(api, datasetId, { name: 'a' })).id;
    const b = (await createModel(api, datasetId, { name: 'b' })).id;
    for (const ap of [0.1, 0.2, 0.3])
      await ok(OLD.updateModel, { datasetId, id: a, trainingClasses: [{ class: 'x', ap }] });
    await ok(OLD.deleteModel, { datasetId, id: b });

    const first = await history(a, { l: 2 });
    expect(first).toMatchObject({ totalCount: 4 });
    expect(first.events).toHaveLength(2);
    const second = await history(a, { l: 2, c: first.next });
    expect(second.next).toBeNull();
    expect([...first.events, ...second.events].map((e) => e.kind)).toEqual([
      'UPDATED',
      'UPDATED',
      'UPDATED',
      'CREATED',
    ]);

    const activity = (await ok<{ datasetActivity: Page }>(ACTIVITY, { d: datasetId, l: 10 })).datasetActivity;
    expect(activity.totalCount).toBe(6);
    expect(activity.events.map((e) => `${e.modelName} ${e.kind}`)).toEqual([
      'b DELETED',
      'a UPDATED',
      'a UPDATED',
      'a UPDATED',
      'b CREATED',
      'a CREATED',
    ]);
    // The default length is 10, like every list.
    expect((await ok<{ datasetActivity: Page }>(ACTIVITY, { d: datasetId })).datasetActivity.events).toHaveLength(6);

    const refused = async (query: string, variables: Record<string, unknown>, code: string) => {
      const answer = await api.gql(query, variables);
      expect(answer.errors?.[0]?.code, JSON.stringify(variables)).toBe(code);
    };
    await refused(HISTORY, { d: datasetId, m: a, l: 0 }, 'BAD_REQUEST');
    await refused(HISTORY, { d: datasetId, m: a, l: 51 }, 'BAD_REQUEST');
    await refused(HISTORY, { d: datasetId, m: b, c: first.next }, 'BAD_REQUEST'); // another model's cursor
    await refused(ACTIVITY, { d: datasetId, c: first.next }, 'BAD_REQUEST');
    await refused(HISTORY, { d: datasetId, m: 'no-such-model' }, 'NOT_FOUND');
    await refused(HISTORY, { d: 'no-such-dataset', m: a }, 'NOT_FOUND');
    await refused(ACTIVITY, { d: 'no-such-dataset' }, 'NOT_FOUND');
  });

  it('records nothing for a refused write or one that changes no field', async () => {
    const id = (await createModel(api, datasetId, { name: 'same' })).id;
    const before = await snapshotStorage(api.storage);
    const bad = await api.gql(OLD.updateModel, { datasetId, id, name: '' });
    expect(bad.errors?.[0]?.code).toBe('BAD_REQUEST');
    expect(await snapshotStorage(api.storage)).toBe(before);

    await ok(OLD.updateModel, { datasetId, id, name: 'same' });
    await ok(OLD.unpinModel, { datasetId, id });
    expect((await history(id)).events.map((e) => e.kind)).toEqual(['CREATED']);
  });

  it('names the writer: the access key, or local without keys', async () => {
    const id = (await createModel(api, datasetId)).id;
    expect((await history(id)).events[0]!.actor).toBe('local');
    const keyed = await setup({ engine, accessKeys: [KEY] });
    try {
      const d = (
        await keyed.ok<{ createDataset: { id: string } }>(
          'mutation { createDataset(name: "keyed") { id } }',
          {},
          AS_TEAM_CI,
        )
      ).createDataset.id;
      const created = await keyed.ok<{ createModel: { id: string } }>(
        NEW.createModel,
        { dataset_id: d, name: 'by key', task_type: 'OCR' },
        AS_TEAM_CI,
      );
      const m = created.createModel.id;
      await keyed.ok(OLD.pinModel, { datasetId: d, id: m }, AS_TEAM_CI);
      const page = await keyed.ok<{ modelHistory: Page }>(HISTORY, { d, m }, AS_TEAM_CI);
      expect(page.modelHistory.events.map((e) => [e.kind, e.actor])).toEqual([
        ['PINNED', 'team-ci'],
        ['CREATED', 'team-ci'],
      ]);
    } finally {
      await keyed.close();
    }
  });

  it('lists slice changes as the newer API names them, or as lists when there are several', async () => {
    const [s1, s2, s3] = [
      await createSlice(api, datasetId, 's1'),
      await createSlice(api, datasetId, 's2'),
      await createSlice(api, datasetId, 's3'),
    ];
    const single = (await createModel(api, datasetId, { trainingSliceIds: [s1] })).id;
    await ok(NEW.updateModel, { dataset_id: datasetId, model_id: single, train_slice_id: s2 });
    expect((await history(single)).events[0]!.changes).toEqual([{ field: 'trainSliceId', from: s1, to: s2 }]);

    const several = (await createModel(api, datasetId, { trainingSliceIds: [s1, s3] })).id;
    await ok(NEW.updateModel, { dataset_id: datasetId, model_id: several, train_slice_id: s2 });
    const [update, creation] = (await history(several)).events;
    expect(update!.changes).toEqual([{ field: 'trainingSlices', from: [s1, s3], to: [s2] }]);
    expect(creation!.changes).toContainEqual({ field: 'trainingSlices', from: [], to: [s1, s3] });
  });
});

describe.runIf(engines.includes('postgres'))('model history with two replicas on one PostgreSQL', () => {
  it('keeps one history of concurrent writes from both', async () => {
    const url = await postgresDatabaseUrl();
    const [one, two] = [await openStorage(url), await openStorage(url)];
    try {
      const [appOne, appTwo] = [createApp({ storage: one }), createApp({ storage: two })];
      const call = async (app: typeof appOne, query: string, variables: Record<string, unknown>) => {
        const response = await app.fetch('http://localhost/graphql/', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data: Record<string, { id: string }>; errors?: unknown };
        expect(body.errors).toBeUndefined();
        return body.data;
      };
      const d = (await call(appOne, 'mutation { createDataset(name: "replicas") { id } }', {}))['createDataset']!.id;
      const id = (
        await call(appOne, OLD.createModel, {
          datasetId: d,
          name: 'shared',
          baselineModel: 'b',
          trainingSliceIds: [],
          validationSliceIds: [],
        })
      )['createModel']!.id;
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(i % 2 === 0 ? appOne : appTwo, OLD.updateModel, { datasetId: d, id, description: `edit ${i}` }),
        ),
      );
      const page = (await call(appTwo, HISTORY, { d, m: id, l: 50 })) as unknown as { modelHistory: Page };
      expect(page.modelHistory.totalCount).toBe(11);
      expect(new Set(page.modelHistory.events.map((e) => e.id)).size).toBe(11);
      const descriptions = page.modelHistory.events.flatMap((e) => e.changes.filter((c) => c.field === 'description'));
      expect(new Set(descriptions.map((c) => c.to))).toEqual(
        new Set(Array.from({ length: 10 }, (_, i) => `edit ${i}`)),
      );
    } finally {
      await one.close();
      await two.close();
    }
  });
});
