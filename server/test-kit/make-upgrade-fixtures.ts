// Regenerates the upgrade fixtures (README "Development"): runs the release before the newer API (a
// git worktree of RELEASE, sharing this checkout's node_modules) on a new SQLite file and on a new
// PostgreSQL database, each with the demo data and writeFixtureModels, records what its first
// generation answers, and keeps the vacuumed SQLite file and a plain-SQL pg_dump.
// Run: node --import tsx server/test-kit/make-upgrade-fixtures.ts  (FIXTURE_PORT picks the port; default: free)
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { postOk } from './graphql';
import { createDatabase, POSTGRES_BIN, startPostgresCluster } from './postgres';
import { ROOT, spawnServer } from './spawn-server';
import { FIXTURE_FILES, readFirstGeneration, RELEASE, writeFixtureModels, type Gql } from './upgrade-catalog';
import { basicAuthorization } from '../auth/access';

const run = promisify(execFile);
const KEY = { accessKey: 'fixture-writer', secret: 'fixture-writer-secret' };

/** Runs the release on `database`, writes the fixture models and answers what its first generation reads. */
async function writeWithRelease(release: string, database: string) {
  const server = await spawnServer(
    ['--port', process.env['FIXTURE_PORT'] ?? '0', '--db', database, '--seed', 'demo', '--api-only'],
    {
      cwd: release,
      entry: 'server/main.ts',
      env: { MODEL_CATALOG_ACCESS_KEY: KEY.accessKey, MODEL_CATALOG_ACCESS_KEY_SECRET: KEY.secret },
    },
  );
  try {
    const authorization = basicAuthorization(KEY.accessKey, KEY.secret);
    const gql: Gql = (query, variables) =>
      postOk(`${server.url}/graphql/`, query, variables, { headers: { Authorization: authorization } });
    await writeFixtureModels(gql);
    return `${JSON.stringify(await readFirstGeneration(gql), null, 2)}\n`;
  } finally {
    await server.stop();
  }
}

const work = await mkdtemp(path.join(tmpdir(), 'upgrade-fixtures-'));
const release = path.join(work, 'release');
await run('git', ['worktree', 'add', '--detach', release, RELEASE], { cwd: ROOT });
try {
  await mkdir(path.dirname(FIXTURE_FILES.sqlite.catalog), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(release, 'node_modules'));

  const file = path.join(work, 'catalog.sqlite');
  await writeFile(FIXTURE_FILES.sqlite.answers, await writeWithRelease(release, file));
  new Database(file).exec('VACUUM').close();
  await copyFile(file, FIXTURE_FILES.sqlite.catalog);

  const cluster = await startPostgresCluster();
  if (cluster === null) throw new Error(`No PostgreSQL binaries in ${POSTGRES_BIN}`);
  try {
    const url = await createDatabase(cluster.url);
    await writeFile(FIXTURE_FILES.postgres.answers, await writeWithRelease(release, url));
    const dump = path.join(POSTGRES_BIN, 'pg_dump');
    await run(dump, ['--no-owner', '--no-privileges', '--file', FIXTURE_FILES.postgres.catalog, url]);
  } finally {
    await cluster.stop();
  }
} finally {
  // The link first, so removing the worktree cannot reach this checkout's node_modules.
  await unlink(path.join(release, 'node_modules')).catch(() => undefined);
  await run('git', ['worktree', 'remove', '--force', release], { cwd: ROOT });
  await rm(work, { recursive: true, force: true });
}
