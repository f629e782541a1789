// Replays the spb_onprem SDK's models quick start (48f44b1) as raw GraphQL, written the way the SDK
// writes it (README §1): body { query, variables } only, camelCase variables for models, `$modelId`
// bound to `id`, `$dataset_id: String!` for slices, omitted optionals left out, `filter: null`,
// cursor and length always sent. It runs against the server directly and through a proxy-mode
// server (README §12) that forwards to it with the host's access key.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { post, sdkResult, type PostOptions } from '../test-kit/graphql';
import { FIRST_GENERATION as Q } from '../test-kit/sdk-documents';
import { closeServer, engines, listen, setup, startProxy, type TestApi } from '../test-kit/setup';

type Json = Record<string, unknown>;
const HOST_KEY = { accessKey: 'host-key', accessKeySecret: 'host secret' };
const routes = ['directly', 'through the proxy'] as const;

let api: TestApi;
let url: string;
let options: PostOptions;
let stop: () => Promise<unknown>;

describe.each(engines.flatMap((engine) => routes.map((route) => [engine, route] as const)))(
  'on %s, %s',
  (engine, route) => {
    beforeEach(async () => {
      if (route === 'directly') {
        api = await setup({ engine });
        url = 'http://localhost/graphql/';
        options = { fetch: api.app.fetch };
        stop = () => api.close();
        return;
      }
      api = await setup({ engine, accessKeys: [HOST_KEY] });
      const host = await listen(api.app);
      const proxy = await startProxy({ host: host.base, upstreamKey: HOST_KEY });
      url = `${proxy.base}/graphql/`;
      options = {};
      stop = async () => {
        await closeServer(proxy.server);
        await closeServer(host.server);
        await api.close();
      };
    });
    afterEach(() => stop());

    /** What the SDK makes of an answer to `Q[root]`. */
    const call = async (root: keyof typeof Q, variables: Json) =>
      sdkResult(await post<Json>(url, Q[root], variables, options), root);

    it('runs the SDK quick start end to end', async () => {
      const dataset = (await call('createDataset', { name: 'quickstart' })) as { id: string };
      const train = (await call('createSlice', {
        dataset_id: dataset.id,
        name: 'train-v1',
        description: 'training split',
      })) as { id: string };
      const val = (await call('createSlice', { dataset_id: dataset.id, name: 'val-v1' })) as { id: string };
      const slices = (await call('slices', { dataset_id: dataset.id, cursor: null, length: 10 })) as {
        slices: Json[];
        next: null;
        totalCount: number;
      };
      expect(slices).toEqual({
        slices: [
          { id: val.id, name: 'val-v1' },
          { id: train.id, name: 'train-v1' },
        ],
        next: null,
        totalCount: 2,
      });
      expect(await call('slice', { dataset_id: dataset.id, id: null, name: 'train-v1' })).toMatchObject({
        id: train.id,
      });

      // create_model(dataset_id, name, baseline_model, training_slice_ids, validation_slice_ids, training_classes=..., trained_at=...)
      const created = (await call('createModel', {
        datasetId: dataset.id,
        name: 'yolo-traffic',
        baselineModel: 'yolov8n',
        trainingSliceIds: [train.id],
        validationSliceIds: [val.id],
        trainingClasses: [
          {
            class: 'car',
            annotationType: 'box',
            ap: 0.81,
            trainingAnnotationsCount: 1200,
            validationAnnotationsCount: 300,
          },
          { class: 'person', ap: 0.64 },
        ],
        isTrained: true,
        trainedAt: '2025-11-04T09:07:46.123456',
        meta: { epochs: 50, lr: 0.001 },
      })) as Json & { id: string };
      expect(created).toMatchObject({
        datasetId: dataset.id,
        name: 'yolo-traffic',
        description: null,
        isPinned: false,
        isTrained: true,
        trainedAt: '2025-11-04T09:07:46.123Z',
        modelContent: null,
        trainingDataCount: null,
        trainingSlices: [{ id: train.id, name: 'train-v1', datasetId: dataset.id, isPinned: false }],
        validationSlices: [{ id: val.id }],
      });
      expect(typeof created.id).toBe('string');
      const second = (await call('createModel', {
        datasetId: dataset.id,
        name: 'rtdetr-traffic',
        description: null, // Python None arrives as an explicit null
        baselineModel: 'rtdetr-l',
        trainingSliceIds: [train.id],
        validationSliceIds: [],
      })) as { id: string };

      expect(await call('model', { datasetId: dataset.id, modelId: created.id })).toEqual(created);

      const all = (await call('models', { datasetId: dataset.id, filter: null, cursor: null, length: 10 })) as {
        models: Json[];
        next: null;
        totalCount: number;
      };
      expect(all.models.map((m) => m['id'])).toEqual([second.id, created.id]);
      expect(all.next).toBeNull();
      expect(all.totalCount).toBe(2);

      const trained = (await call('models', {
        datasetId: dataset.id,
        filter: { must: { isTrained: true, nameContains: 'YOLO' } },
        cursor: null,
        length: 10,
      })) as { models: Json[]; totalCount: number };
      expect(trained.models.map((m) => m['id'])).toEqual([created.id]);
      expect(trained.totalCount).toBe(1);

      // The documented paging loop: follow `next` until it is falsy.
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = (await call('models', { datasetId: dataset.id, filter: null, cursor, length: 1 })) as {
          models: Json[];
          next: string | null;
          totalCount: number;
        };
        expect(page.totalCount).toBe(2);
        seen.push(...page.models.map((m) => m['id']));
        cursor = page.next;
      } while (cursor);
      expect(seen).toEqual([second.id, created.id]);

      const updated = (await call('updateModel', {
        datasetId: dataset.id,
        id: created.id,
        description: 'best so far',
        modelContentId: 'weights-01',
      })) as Json;
      expect(updated).toMatchObject({
        name: 'yolo-traffic',
        description: 'best so far',
        modelContent: { id: 'weights-01', downloadURL: null },
        isTrained: true,
      });

      expect(await call('pinModel', { datasetId: dataset.id, id: created.id })).toMatchObject({
        id: created.id,
        isPinned: true,
      });
      const pinned = (await call('models', {
        datasetId: dataset.id,
        filter: { must: { isPinned: true } },
        cursor: null,
        length: 10,
      })) as { totalCount: number };
      expect(pinned.totalCount).toBe(1);
      expect(await call('unpinModel', { datasetId: dataset.id, id: created.id })).toMatchObject({
        id: created.id,
        isPinned: false,
      });

      expect(await call('deleteModel', { datasetId: dataset.id, id: created.id })).toBe(true);
      await expect(call('model', { datasetId: dataset.id, modelId: created.id })).rejects.toThrow(/^NotFoundError: /);
      await expect(call('deleteModel', { datasetId: dataset.id, id: created.id })).rejects.toThrow(/^NotFoundError: /);
      await expect(call('pinModel', { datasetId: dataset.id, id: created.id })).rejects.toThrow(/^NotFoundError: /);
      const left = (await call('models', { datasetId: dataset.id, filter: null, cursor: null, length: 10 })) as {
        totalCount: number;
      };
      expect(left.totalCount).toBe(1);
    });
  },
);
