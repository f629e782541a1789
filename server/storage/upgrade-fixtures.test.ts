// Upgrading keeps every byte (README "API generations"): a catalog the release before the newer API
// wrote (server/storage/fixtures: a SQLite file and a pg_dump, with what that release's first
// generation answered) opens with today's code, migrates, answers the first generation exactly as the
// release did, and every model reads through the newer API by the one-record rules.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_BIN } from '../test-kit/postgres';
import { NEWER_API as NEW } from '../test-kit/sdk-documents';
import { createPostgresDatabase, engines, inProcess, type Engine } from '../test-kit/setup';
import { FIXTURE_FILES, readFirstGeneration, type Gql } from '../test-kit/upgrade-catalog';
import { openStorage, type Storage } from './db';

type Answers = Awaited<ReturnType<typeof readFirstGeneration>>;

interface FirstGenerationModel {
  id: string;
  datasetId: string;
  name: string;
  description: string | null;
  isTrained: boolean;
  isPinned: boolean;
  trainedAt: string | null;
  trainingDataCount: number | null;
  validationDataCount: number | null;
  trainingClasses: Array<{
    class: string;
    annotationType: string | null;
    trainingAnnotationsCount: number | null;
    validationAnnotationsCount: number | null;
  }>;
  trainingSlices: Array<{ id: string }>;
  validationSlices: Array<{ id: string }>;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** What the newer API reads for a model the first generation wrote (the table in README "API generations"). */
function newerReading(model: FirstGenerationModel) {
  return {
    datasetId: model.datasetId,
    id: model.id,
    name: model.name,
    description: model.description,
    status: model.isTrained ? 'COMPLETED' : 'PENDING',
    taskType: null,
    customDagId: null,
    totalDataCount: null,
    trainDataCount: model.trainingDataCount,
    validationDataCount: model.validationDataCount,
    trainingParameters: null,
    trainingReport: [],
    trainingAnnotations: model.trainingClasses.map((c) => ({
      trainCount: c.trainingAnnotationsCount,
      validationCount: c.validationAnnotationsCount,
      className: c.class,
      annotationType: c.annotationType,
    })),
    contents: null,
    trainSliceId: model.trainingSlices[0]?.id ?? null,
    validationSliceId: model.validationSlices[0]?.id ?? null,
    completedAt: model.trainedAt,
    isPinned: model.isPinned,
    scoreKey: null,
    scoreValue: null,
    scoreUnit: null,
    createdAt: model.createdAt,
    updatedAt: model.updatedAt,
    createdBy: model.createdBy,
    updatedBy: model.updatedBy,
  };
}

const run = promisify(execFile);
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A copy of the fixture catalog (the fixture itself is never opened): its database URL. */
const restore: Record<Engine, () => Promise<string>> = {
  async sqlite() {
    const dir = await mkdtemp(path.join(tmpdir(), 'catalog-upgrade-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'catalog.sqlite');
    await copyFile(FIXTURE_FILES.sqlite.catalog, file);
    return file;
  },
  async postgres() {
    const url = await createPostgresDatabase();
    const psql = path.join(POSTGRES_BIN, 'psql');
    await run(psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', FIXTURE_FILES.postgres.catalog]);
    return url;
  },
};

describe.each(engines)('a catalog written by the release before the newer API, on %s', (engine) => {
  let gql: Gql;
  let answers: Answers;

  beforeAll(async () => {
    answers = JSON.parse(await readFile(FIXTURE_FILES[engine].answers, 'utf8')) as Answers;
    const storage: Storage = await openStorage(await restore[engine]());
    cleanups.push(() => storage.close());
    gql = inProcess(storage).ok;
  });

  it('answers the first generation as that release did, byte for byte', async () => {
    const now = await readFirstGeneration(gql);
    expect(now).toStrictEqual(answers);
    expect(JSON.stringify(now)).toBe(JSON.stringify(answers));
  });

  it('reads every model through the newer API by the one-record rules', async () => {
    for (const dataset of answers.datasets) {
      const datasetId = dataset.byId['dataset'] as { id: string };
      const models = dataset.models.map((answer) => answer['model'] as FirstGenerationModel);
      for (const model of models) {
        const { model: newer } = await gql(NEW.model, { dataset_id: datasetId.id, model_id: model.id });
        expect(newer).toStrictEqual(newerReading(model));
      }
      const { models: page } = await gql<{ models: { models: unknown[]; totalCount: number } }>(NEW.models, {
        dataset_id: datasetId.id,
        filter: null,
        order_by: null,
        cursor: null,
        length: 50,
      });
      expect(page.models).toStrictEqual(models.map(newerReading));
      expect(page.totalCount).toBe(models.length);
    }
  });
});
