// Checks a SQLite file path before opening it, so a bad path gives one clear line instead of a SQLite stack.
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { openStorage, type Storage } from './storage/db';
import { StartupError } from './config';

const HOW_TO_FIX = 'Choose a writable location with --db (or DATABASE_URL).';

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Creates the folder and checks the file can be written. Returns whether the database is new (absent or empty). */
export async function prepareDatabaseFile(file: string): Promise<{ isNew: boolean }> {
  const folder = path.dirname(file);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new StartupError(`Cannot create the database folder ${folder}: ${reasonOf(error)}. ${HOW_TO_FIX}`);
  }
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory())
    throw new StartupError(`The database path ${file} is a folder; it must name a file. ${HOW_TO_FIX}`);
  try {
    // SQLite writes -wal/-shm files beside the database, so the folder must be writable too.
    await access(folder, constants.W_OK | constants.X_OK);
    if (info) await access(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new StartupError(`Cannot write the database ${file}: ${reasonOf(error)}. ${HOW_TO_FIX}`);
  }
  return { isNew: !info || info.size === 0 };
}

/** prepareDatabaseFile + openStorage (which migrates), with SQLite failures turned into one-line errors. */
export async function openDatabaseFile(file: string): Promise<{ storage: Storage; isNew: boolean }> {
  const { isNew } = await prepareDatabaseFile(file);
  try {
    return { storage: await openStorage(file), isNew };
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB') throw new StartupError(`${file} is not a SQLite database. ${HOW_TO_FIX}`);
    if (code.startsWith('SQLITE_'))
      throw new StartupError(`Cannot open the database ${file}: ${reasonOf(error)}. ${HOW_TO_FIX}`);
    throw error;
  }
}
