// Opens the configured database with failures turned into one clear line instead of a driver stack:
// a SQLite file path is checked before opening; a PostgreSQL URL is reported without its password.
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { isPostgresUrl, openStorage, type Storage } from '../storage/db';
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
    const code = errorCode(error);
    if (code === 'SQLITE_NOTADB') throw new StartupError(`${file} is not a SQLite database. ${HOW_TO_FIX}`);
    if (code.startsWith('SQLITE_'))
      throw new StartupError(`Cannot open the database ${file}: ${reasonOf(error)}. ${HOW_TO_FIX}`);
    throw error;
  }
}

/** The URL with its password masked, for logs and messages. */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

const PG_FIX = 'Check --db (or DATABASE_URL).';

/** The driver's error code (`SQLITE_…`, `ECONNREFUSED`), or '' when it has none. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function postgresReason(failure: unknown): string {
  // Migration failures wrap the driver's error.
  const error = failure instanceof Error && failure.cause !== undefined ? failure.cause : failure;
  const code = errorCode(error);
  if (code === 'ECONNREFUSED') return 'connection refused (is PostgreSQL running and listening there?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  if (code === 'ETIMEDOUT') return 'connection timed out';
  if (code === '28P01' || code === '28000') return 'the server refused the user name or password';
  if (code === '3D000') return 'the database does not exist (create it first: createdb NAME)';
  if (code === '42501') return 'permission denied (the user must own the database to create tables and pg_trgm)';
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * Opens a SQLite file or a PostgreSQL URL. `isNew` (which picks the default seed) is true only for
 * a new SQLite file: a shared PostgreSQL database gets demo data only when asked for.
 */
export async function openDatabase(database: string): Promise<{ storage: Storage; isNew: boolean; label: string }> {
  if (!isPostgresUrl(database)) {
    const file = path.resolve(database);
    return { ...(await openDatabaseFile(file)), label: file };
  }
  const label = redactUrl(database);
  try {
    return { storage: await openStorage(database), isNew: false, label };
  } catch (error) {
    throw new StartupError(`Cannot open the PostgreSQL database ${label}: ${postgresReason(error)}. ${PG_FIX}`);
  }
}
