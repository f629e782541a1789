// Crash consistency: kill -9 the real server again and again while several clients write,
// then check that the SQLite file is intact and that every acknowledged write is there, whole.
// Each client owns its models and writes them one request at a time, so a kill leaves at most one
// write per client in flight; that write may or may not have landed, but nothing else may differ.
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

import type { MutationCreateModelArgs } from '../server/graphql/generated/resolvers';
import { errorCode, isAcknowledged, post } from '../server/test-kit/graphql';
import {
  COUNTED_FILTERS,
  CREATE_MODEL,
  createDataset,
  DELETE_MODEL,
  expectedAfterUpdate,
  expectedFromCreate,
  listAll,
  MODEL_DETAIL,
  MODELS_COUNT,
  PIN_MODEL,
  randomCreate,
  randomUpdate,
  sameModel,
  UNPIN_MODEL,
  UPDATE_MODEL,
  type Dataset,
  type TrackedModel,
} from './model-state';
import { seededRandom, seedFromEnv, type Random } from './seeded-random';
import { startServer, type ServerProcess } from './server-process';

const PORT = 4920;
const ROUNDS = 22;
const CLIENTS = 6;
const SEED = seedFromEnv();

/** A write sent but not acknowledged when the server died: either outcome is acceptable. */
type InFlight =
  { kind: 'create'; args: MutationCreateModelArgs } | { kind: 'change'; id: string; after: TrackedModel | null };

interface Client {
  index: number;
  random: Random;
  /** Ids of this client's models that exist (acknowledged create, no acknowledged delete). */
  owned: string[];
  inFlight: InFlight | undefined;
  names: number;
}

interface Write {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  inFlight: InFlight;
  /** Checks the server's answer and records the acknowledged state. */
  acknowledge(data: Record<string, unknown>): void;
}

/** Every acknowledged model, keyed by id; acknowledged deletes remove them. */
const live = new Map<string, TrackedModel>();
const deletedThisRound: { datasetId: string; id: string }[] = [];
const failures: string[] = [];
let datasets: Dataset[] = [];
let tmp: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  console.log(`crash-consistency: seed ${SEED} (replay with RELIABILITY_SEED=${SEED})`);
  tmp = await mkdtemp(path.join(tmpdir(), 'mc-crash-'));
});
afterAll(async () => {
  await server?.stop();
  await rm(tmp, { recursive: true, force: true });
});

function nextWrite(client: Client): Write {
  const { random } = client;
  const name = () => `Crash c${client.index} n${++client.names}`;
  const roll = random.next();
  if (client.owned.length < 2 || roll < 0.35) {
    const args = randomCreate(random, random.pick(datasets), name());
    return {
      label: 'create',
      query: CREATE_MODEL,
      variables: args,
      inFlight: { kind: 'create', args },
      acknowledge: (data) => {
        const { id } = data['createModel'] as TrackedModel;
        const expected = expectedFromCreate(id, args);
        expectEcho(data['createModel'] as TrackedModel, expected);
        live.set(id, expected);
        client.owned.push(id);
      },
    };
  }
  const id = random.pick(client.owned);
  const model = live.get(id)!;
  const target = { datasetId: model.datasetId, id };
  if (roll < 0.6) {
    const args = randomUpdate(random, model, `${name()} edit`);
    const after = expectedAfterUpdate(model, args);
    return {
      label: 'update',
      query: UPDATE_MODEL,
      variables: args,
      inFlight: { kind: 'change', id, after },
      acknowledge: (data) => {
        expectEcho(data['updateModel'] as TrackedModel, after);
        live.set(id, after);
      },
    };
  }
  if (roll < 0.8) {
    const after = { ...model, isPinned: !model.isPinned };
    return {
      label: after.isPinned ? 'pin' : 'unpin',
      query: after.isPinned ? PIN_MODEL : UNPIN_MODEL,
      variables: target,
      inFlight: { kind: 'change', id, after },
      acknowledge: (data) => {
        expectEcho((data['pinModel'] ?? data['unpinModel']) as TrackedModel, after);
        live.set(id, after);
      },
    };
  }
  return {
    label: 'delete',
    query: DELETE_MODEL,
    variables: target,
    inFlight: { kind: 'change', id, after: null },
    acknowledge: (data) => {
      if (data['deleteModel'] !== true) failures.push(`delete ${id} answered ${JSON.stringify(data)}`);
      live.delete(id);
      client.owned = client.owned.filter((owned) => owned !== id);
      deletedThisRound.push(target);
    },
  };
}

function expectEcho(actual: TrackedModel, expected: TrackedModel): void {
  if (!sameModel(actual, expected)) {
    failures.push(`the server answered ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

/** Writes until the server is killed; any failure while it is alive is recorded. */
async function writeUntilKilled(client: Client, url: string, killed: () => boolean, onAck: () => void) {
  while (!killed()) {
    const write = nextWrite(client);
    client.inFlight = write.inFlight;
    let answer;
    try {
      answer = await post<Record<string, unknown>>(url, write.query, write.variables, { timeoutMs: 60_000 });
    } catch (error) {
      if (!killed()) failures.push(`client ${client.index} ${write.label} failed: ${String(error)}`);
      return;
    }
    if (!isAcknowledged(answer)) {
      // A reply cut short by the kill is not an acknowledgement; while alive, nothing may fail.
      if (!killed()) failures.push(`client ${client.index} ${write.label}: ${JSON.stringify(answer)}`);
      return;
    }
    write.acknowledge(answer.data);
    client.inFlight = undefined;
    onAck();
  }
}

/** Opens the file the dead server left, read-only, as the next process would find it. */
function checkFile(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      foreignKeyViolations: db.pragma('foreign_key_check') as unknown[],
    };
  } finally {
    db.close();
  }
}

/** Settles each in-flight write by what the restarted server shows, then compares everything. */
async function verify(url: string, clients: Client[], context: string): Promise<{ landed: number }> {
  const listed = new Map<string, TrackedModel>();
  const byDataset = new Map<string, TrackedModel[]>();
  for (const dataset of datasets) {
    const { models, totalCounts } = await listAll(url, dataset.id);
    expect(totalCounts, `${context}: totalCount of every page = models listed`).toEqual(
      totalCounts.map(() => models.length),
    );
    for (const model of models) {
      expect(listed.has(model.id), `${context}: ${model.id} listed twice`).toBe(false);
      listed.set(model.id, model);
    }
    byDataset.set(dataset.id, models);
  }

  let landed = 0;
  for (const client of clients) {
    const inFlight = client.inFlight;
    client.inFlight = undefined;
    if (inFlight?.kind === 'create') {
      const stored = [...listed.values()].filter((m) => m.name === inFlight.args.name && !live.has(m.id));
      expect(stored.length, `${context}: unacknowledged create stored more than once`).toBeLessThanOrEqual(1);
      if (stored[0]) {
        expect(stored[0], `${context}: unacknowledged create stored whole`).toEqual(
          expectedFromCreate(stored[0].id, inFlight.args),
        );
        live.set(stored[0].id, stored[0]);
        client.owned.push(stored[0].id);
        landed++;
      }
    } else if (inFlight?.kind === 'change') {
      const actual = listed.get(inFlight.id);
      if (inFlight.after === null && actual === undefined) {
        live.delete(inFlight.id);
        client.owned = client.owned.filter((id) => id !== inFlight.id);
        landed++;
      } else if (inFlight.after !== null && sameModel(actual, inFlight.after)) {
        if (!sameModel(actual, live.get(inFlight.id))) landed++; // an update may change nothing
        live.set(inFlight.id, inFlight.after);
      }
      // Otherwise the write did not land: the acknowledged state must still be there (checked below).
    }
  }

  const byId = (a: TrackedModel, b: TrackedModel) => a.id.localeCompare(b.id);
  expect([...listed.values()].sort(byId), `${context}: stored models = acknowledged writes`).toEqual(
    [...live.values()].sort(byId),
  );

  for (const { datasetId, id } of deletedThisRound.splice(0)) {
    const answer = await post(url, MODEL_DETAIL, { datasetId, id });
    expect(errorCode(answer), `${context}: deleted model ${id} stays gone`).toBe('NOT_FOUND');
  }
  for (const dataset of datasets) {
    const models = byDataset.get(dataset.id)!;
    for (const { filter, matches } of COUNTED_FILTERS) {
      const answer = await post<{ models: { totalCount: number } }>(url, MODELS_COUNT, {
        datasetId: dataset.id,
        filter,
      });
      expect(answer.data?.models.totalCount, `${context}: totalCount of ${JSON.stringify(filter)}`).toBe(
        models.filter(matches).length,
      );
    }
  }
  return { landed };
}

it(
  `keeps every acknowledged write through ${ROUNDS} kill -9 restarts (seed ${SEED})`,
  { timeout: 420_000 },
  async () => {
    const random = seededRandom(SEED);
    const file = path.join(tmp, 'catalog.db');
    server = await startServer(PORT, file);
    datasets = [
      await createDataset(server.graphqlUrl, 'Crash A', 3),
      await createDataset(server.graphqlUrl, 'Crash B', 2),
    ];
    const clients: Client[] = Array.from({ length: CLIENTS }, (_, index) => ({
      index,
      random: seededRandom(SEED + index + 1),
      owned: [],
      inFlight: undefined,
      names: 0,
    }));

    for (let round = 1; round <= ROUNDS; round++) {
      const context = `seed ${SEED}, round ${round}`;
      // Kill after a random number of acknowledged writes (independent of machine speed), then a
      // random few milliseconds more so the kill lands in different phases of the requests.
      const killAfter = random.int(5, 40);
      const extraMs = random.int(0, 25);
      let acknowledged = 0;
      let killed = false;
      const url = server.graphqlUrl;
      let enoughWritten = () => {};
      const enough = new Promise<void>((resolve) => (enoughWritten = resolve));
      const writers = Promise.all(
        clients.map((client) =>
          writeUntilKilled(
            client,
            url,
            () => killed,
            () => {
              if (++acknowledged >= killAfter) enoughWritten();
            },
          ),
        ),
      );
      await Promise.race([enough, writers]);
      await new Promise((resolve) => setTimeout(resolve, extraMs));
      killed = true;
      await server.kill9();
      await writers;
      expect(failures, context).toEqual([]);

      expect(checkFile(file), `${context}: database file after kill -9`).toEqual({
        integrity: 'ok',
        foreignKeyViolations: [],
      });
      const inFlight = clients.filter((c) => c.inFlight !== undefined).length;
      const started = performance.now();
      server = await startServer(PORT, file);
      const restartMs = performance.now() - started;
      const { landed } = await verify(server.graphqlUrl, clients, context);
      console.log(
        `round ${round}/${ROUNDS}: kill -9 after ${acknowledged} acknowledged writes + ${extraMs} ms, ` +
          `${inFlight} in flight (${landed} landed); restart ${(restartMs / 1000).toFixed(1)} s; ${live.size} models verified`,
      );
    }
  },
);
