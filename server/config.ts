// Command line + environment → validated server configuration. Pure: no process access.
import { isIP } from 'node:net';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import * as z from 'zod';

export type SeedMode = 'demo' | 'none';

export interface AccessKeyPair {
  accessKey: string;
  accessKeySecret: string;
}

export interface Config {
  port: number;
  host: string;
  /** SQLite file path as given (relative paths are relative to the working directory). */
  databasePath: string;
  /** undefined = demo when the database is new, none otherwise. */
  seed: SeedMode | undefined;
  accessKeys: AccessKeyPair[];
  dev: boolean;
  /** A prebuilt web app to serve as is; undefined = ./dist, built when stale. */
  webDir: string | undefined;
  /** Serve the API only (development: Vite serves the dashboard). */
  apiOnly: boolean;
}

export const DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  databasePath: './data/model-catalog.db',
} as const;

export const USAGE = `Usage: npm start -- [options]

Options (environment variable in brackets):
  --port N                 port to listen on, 0 = any free port [PORT] (default ${DEFAULTS.port})
  --host ADDR              address to listen on [HOST] (default ${DEFAULTS.host})
  --db FILE                SQLite database file [DATABASE_URL] (default ${DEFAULTS.databasePath})
  --seed demo|none         load demo data (default: demo when the database is new)
  --access-key KEY         access key clients must present [MODEL_CATALOG_ACCESS_KEY]
  --access-key-secret S    its secret [MODEL_CATALOG_ACCESS_KEY_SECRET]
  --dev                    enable GraphiQL and introspection
  --web-dir DIR            serve this prebuilt web app instead of building dist/ [MODEL_CATALOG_WEB_DIR]
  --api-only               serve only the API, no web app (for npm run dev, where Vite serves it)
  -h, --help               show this help`;

/** A problem the user can fix (bad option, busy port, unwritable path): `message` is one line saying what and how. */
export class StartupError extends Error {
  override name = 'StartupError';
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  seed: { type: 'string' },
  'access-key': { type: 'string' },
  'access-key-secret': { type: 'string' },
  dev: { type: 'boolean' },
  'web-dir': { type: 'string' },
  'api-only': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Env = Readonly<Record<string, string | undefined>>;

/** A raw value and where it came from, so messages can name the flag or the variable. */
export interface Sourced {
  value: string;
  source: string;
}

export function pick(flag: string, flagValue: string | undefined, env: Env, envName?: string): Sourced | undefined {
  if (flagValue !== undefined) return { value: flagValue, source: `--${flag}` };
  const fromEnv = envName === undefined ? undefined : env[envName];
  // An empty variable counts as unset, as shells make it easy to export one by accident.
  if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, source: envName! };
  return undefined;
}

export function check<T>(schema: z.ZodType<T>, raw: Sourced): T {
  const result = schema.safeParse(raw.value);
  if (result.success) return result.data;
  const reason = result.error.issues[0]?.message ?? 'is invalid';
  throw new StartupError(`${raw.source} ${reason} (got ${JSON.stringify(raw.value)}).`);
}

const portSchema = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535')
  .transform(Number)
  .refine((n) => n <= 65535, 'must be a whole number from 0 to 65535');

const hostSchema = z
  .string()
  .trim()
  .transform((h) => (h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h))
  .refine(
    (h) =>
      isIP(h) !== 0 ||
      /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(h),
    'must be an IP address or a host name, e.g. 127.0.0.1',
  );

const dbSchema = z
  .string()
  .trim()
  .min(1, 'must name a SQLite file, e.g. ./data/model-catalog.db')
  // DATABASE_URL-style values are accepted for the SQLite file they name.
  .transform((v, ctx) => {
    if (!v.startsWith('file:')) return v;
    try {
      return decodeURIComponent(v.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a valid file: URL' });
      return z.NEVER;
    }
  })
  .refine(
    (v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v),
    'must be a SQLite file path; other database URLs are not supported',
  )
  .refine(
    (v) => v !== ':memory:' && v.length > 0,
    'must be a file path (an in-memory database would lose everything on exit)',
  );

const seedSchema = z.enum(['demo', 'none'], { error: 'must be demo or none' });

const accessKeySchema = z
  .string()
  .min(1, 'must not be empty')
  // Basic auth splits "key:secret" at the first colon, so the key itself cannot hold one.
  .refine((k) => !k.includes(':'), 'must not contain ":"')
  .refine((k) => !/\s/.test(k), 'must not contain spaces');

const secretSchema = z.string().min(1, 'must not be empty');

/** 127.0.0.0/8, ::1 and localhost; everything else (including 0.0.0.0 and ::) is reachable from outside. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  return mapped?.[1]?.startsWith('127.') ?? false;
}

/** node:util parseArgs with its errors turned into one-line StartupErrors. */
export function readFlags<const T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const text = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(text)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new StartupError(`Unknown option ${option ?? ''}. Run with --help to see the options.`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new StartupError(
        `Unexpected argument ${JSON.stringify(option ?? '')}. Options take the form --name value; run with --help.`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /--([a-z-]+)/.exec(text)?.[0] ?? 'An option';
      throw new StartupError(
        `${name} ${text.includes('does not take') ? 'takes no value' : 'needs a value'}. Run with --help to see the options.`,
      );
    }
    throw new StartupError(`${text.split('\n')[0]} Run with --help to see the options.`);
  }
}

/** Flags win over environment variables, which win over defaults. Returns 'help' for --help. */
export function parseConfig(argv: readonly string[], env: Env): Config | 'help' {
  const flags = readFlags(argv, OPTIONS);
  if (flags.help) return 'help';

  const port = pick('port', flags.port, env, 'PORT');
  const host = pick('host', flags.host, env, 'HOST');
  const db = pick('db', flags.db, env, 'DATABASE_URL');
  const seed = pick('seed', flags.seed, env);
  const key = pick('access-key', flags['access-key'], env, 'MODEL_CATALOG_ACCESS_KEY');
  const secret = pick('access-key-secret', flags['access-key-secret'], env, 'MODEL_CATALOG_ACCESS_KEY_SECRET');
  const webDir = pick('web-dir', flags['web-dir'], env, 'MODEL_CATALOG_WEB_DIR');

  if ((key === undefined) !== (secret === undefined)) {
    const missing =
      key === undefined
        ? '--access-key (or MODEL_CATALOG_ACCESS_KEY)'
        : '--access-key-secret (or MODEL_CATALOG_ACCESS_KEY_SECRET)';
    throw new StartupError(`An access key needs both parts: ${missing} is missing.`);
  }
  const accessKeys =
    key && secret ? [{ accessKey: check(accessKeySchema, key), accessKeySecret: check(secretSchema, secret) }] : [];

  const config: Config = {
    port: port ? check(portSchema, port) : DEFAULTS.port,
    host: host ? check(hostSchema, host) : DEFAULTS.host,
    databasePath: db ? check(dbSchema, db) : DEFAULTS.databasePath,
    seed: seed ? check(seedSchema, seed) : undefined,
    accessKeys,
    dev: flags.dev ?? false,
    webDir: webDir ? check(z.string().trim().min(1, 'must name a folder'), webDir) : undefined,
    apiOnly: flags['api-only'] ?? false,
  };
  if (config.apiOnly && config.webDir !== undefined) {
    throw new StartupError(
      `--api-only serves no web app, so ${webDir?.source} cannot be used with it. Drop one of them.`,
    );
  }

  if (accessKeys.length === 0 && !isLoopbackHost(config.host)) {
    throw new StartupError(
      `Refusing to listen on ${config.host} without access keys: anyone on the network could change the catalog. ` +
        'Set --access-key and --access-key-secret (or MODEL_CATALOG_ACCESS_KEY and MODEL_CATALOG_ACCESS_KEY_SECRET), or use --host 127.0.0.1.',
    );
  }
  return config;
}
