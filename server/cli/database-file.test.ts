import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { StartupError } from './config';
import { openDatabase, openDatabaseFile, redactUrl } from './database-file';
import { engines, postgresDatabaseUrl } from '../test-kit/setup';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'mc-dbfile-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function failure(file: string): Promise<string> {
  const error: unknown = await openDatabaseFile(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  expect(message).toContain('Choose a writable location with --db (or DATABASE_URL).');
  return message;
}

describe('openDatabaseFile', () => {
  it('creates missing folders and reports a new database once', async () => {
    const file = path.join(tmp, 'a', 'b', 'catalog.db');
    const first = await openDatabaseFile(file);
    expect(first.isNew).toBe(true);
    await first.storage.close();
    const second = await openDatabaseFile(file);
    expect(second.isNew).toBe(false);
    await second.storage.close();
  });

  it('treats an empty file as new', async () => {
    const file = path.join(tmp, 'empty.db');
    await writeFile(file, '');
    const { storage, isNew } = await openDatabaseFile(file);
    expect(isNew).toBe(true);
    await storage.close();
  });

  it('explains paths it cannot use', async () => {
    const notAFolder = path.join(tmp, 'file');
    await writeFile(notAFolder, 'x');
    expect(await failure(path.join(notAFolder, 'x.db'))).toContain(
      'Cannot create the database folder ' + notAFolder + ': a part of the path is a file, not a folder.',
    );

    const folder = path.join(tmp, 'folder.db');
    await mkdir(folder);
    expect(await failure(folder)).toContain('is a folder; it must name a file');

    const garbage = path.join(tmp, 'garbage.db');
    await writeFile(garbage, 'this is not SQLite, just text long enough to look like a database header');
    expect(await failure(garbage)).toContain('is not a SQLite database');
  });
});

describe('openDatabase with a PostgreSQL URL', () => {
  it('masks the password in what it prints', () => {
    expect(redactUrl('postgres://catalog:s3cret@db:5432/catalog')).toBe('postgres://catalog:***@db:5432/catalog');
    expect(redactUrl('postgres://db/catalog')).toBe('postgres://db/catalog');
  });

  it('says in one line, without the password, why it cannot connect', async () => {
    const error: unknown = await openDatabase('postgres://u:s3cret@127.0.0.1:1/catalog').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toBe(
      'Cannot open the PostgreSQL database postgres://u:***@127.0.0.1:1/catalog: connection refused ' +
        '(is PostgreSQL running and listening there?). Check --db (or DATABASE_URL).',
    );
  });

  it.runIf(engines.includes('postgres'))('opens a shared database without demo data by default', async () => {
    const { storage, isNew } = await openDatabase(await postgresDatabaseUrl());
    expect(storage.dialect).toBe('postgres');
    expect(isNew).toBe(false);
    await storage.close();
  });
});
