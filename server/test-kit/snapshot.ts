// Test helper: every table of a storage as one ordered JSON text, so a suite can prove that refused
// requests changed nothing, byte for byte (counters and the cursor secret included).
import { sql } from 'kysely';
import type { DB, Storage } from '../storage/db';

// Sign-in state is left out: counting a refused sign-in is a change the server is meant to make.
const TABLE_KEYS: Record<Exclude<keyof DB, 'sessions' | 'sign_in_failures'>, readonly string[]> = {
  datasets: ['id'],
  slices: ['id'],
  models: ['id'],
  model_slices: ['model_id', 'role', 'position'],
  model_report_items: ['id'],
  model_history: ['seq'],
  contents: ['id'],
  content_files: ['content_id', 'file_name'],
  content_file_chunks: ['upload_id', 'position'],
  diagnoses: ['id'],
  diagnosis_report_items: ['id'],
  dataset_model_stats: ['dataset_id'],
  app_settings: ['key'],
  catalog_version: ['id'],
};

export async function snapshotStorage({ db }: Storage): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const [table, keys] of Object.entries(TABLE_KEYS)) {
    const order = sql.join(keys.map((key) => sql.ref(key)));
    const { rows } = await sql`select * from ${sql.table(table)} order by ${order}`.execute(db);
    tables[table] = rows;
  }
  return JSON.stringify(tables);
}
