// Removes a SQLite database file and its WAL companions so a test server starts empty.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/fresh-db.mjs FILE');
mkdirSync(dirname(file), { recursive: true });
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
