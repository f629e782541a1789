// `npm run seed -- --db FILE|URL --models N --classes K [--dataset NAME]`: synthetic data for benchmarks.
import * as z from 'zod';

import { LIMITS } from '../../src/api/schemas';
import { check, readFlags, StartupError } from './config';
import { openDatabase } from './database-file';
import { seedSynthetic } from '../seed/synthetic';
import { createApp } from '../graphql/yoga';

const USAGE = `Usage: npm run seed -- --db FILE|URL --models N --classes K [--dataset NAME]

  --db FILE|URL    SQLite database file (created if missing) or postgres:// URL
  --models N       number of models to add, 1 to 1,000,000
  --classes K      per-class metric rows per model, 0 to ${LIMITS.classesMax}
  --dataset NAME   dataset to add them to, created if missing (default "Synthetic benchmark")`;

const OPTIONS = {
  db: { type: 'string' },
  models: { type: 'string' },
  classes: { type: 'string' },
  dataset: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const count = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max.toLocaleString('en')}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max.toLocaleString('en')}`);

function required(flag: string, value: string | undefined): { value: string; source: string } {
  if (value === undefined)
    throw new StartupError(
      `--${flag} is required. Usage: npm run seed -- --db FILE|URL --models N --classes K [--dataset NAME]`,
    );
  return { value, source: `--${flag}` };
}

async function totalCount(app: ReturnType<typeof createApp>, datasetId: string): Promise<number> {
  const response = await app.fetch('http://localhost/graphql/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'query($id: ID!){ models(datasetId: $id, length: 1) { totalCount } }',
      variables: { id: datasetId },
    }),
  });
  const body = (await response.json()) as { data?: { models?: { totalCount?: number } } };
  return body.data?.models?.totalCount ?? Number.NaN;
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2), OPTIONS);
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const database = check(
    z.string().trim().min(1, 'must name a SQLite file or a postgres:// URL'),
    required('db', flags.db),
  );
  const models = check(count(1, 1_000_000), required('models', flags.models));
  const classes = check(count(0, LIMITS.classesMax), required('classes', flags.classes));
  const datasetName = check(
    z.string().trim().min(1, 'must not be empty').max(LIMITS.nameMax, `must be at most ${LIMITS.nameMax} characters`),
    { value: flags.dataset ?? 'Synthetic benchmark', source: '--dataset' },
  );

  const started = performance.now();
  const { storage, label } = await openDatabase(database);
  try {
    const result = await seedSynthetic(storage, { datasetName, models, classes });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const total = await totalCount(createApp({ storage }), result.datasetId);
    console.log(
      `Added ${models.toLocaleString('en')} models with ${classes} classes each to ${result.datasetCreated ? 'new ' : ''}dataset "${datasetName}" ` +
        `(${result.datasetId}) in ${seconds} s. It now has ${total.toLocaleString('en')} models. Database: ${label}`,
    );
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `Error: ${error.message}` : error);
  process.exit(1);
});
