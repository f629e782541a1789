// Command line + environment → validated server configuration. Pure: no process access.
import { isIP } from 'node:net';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import * as z from 'zod';

import type { AccessKeyPair } from '../auth/access';
import { isLoopbackHost } from '../http/host-guard';
import type { SdkConfig } from '../proxy/sdk-config';
import { isPostgresUrl } from '../storage/db';
import { DEFAULT_MAX_FILE_MB, MB } from '../contents/file-routes';

export type SeedMode = 'demo' | 'none';

/** Beyond loopback a secret must be at least this long: the attempt limit slows guessing, length defeats it. */
export const MIN_SECRET_LENGTH = 16;

export interface Config {
  port: number;
  host: string;
  /** A SQLite file path as given (relative to the working directory) or a postgres:// URL. */
  database: string;
  /** undefined = demo when the database is new, none otherwise. */
  seed: SeedMode | undefined;
  accessKeys: AccessKeyPair[];
  dev: boolean;
  /** A prebuilt web app to serve as is; undefined = ./dist (npm start builds it when missing). */
  webDir: string | undefined;
  /** Serve the API only (development: Vite serves the dashboard). */
  apiOnly: boolean;
  /** Host names served without access keys besides loopback ones (DNS rebinding guard, README §12). */
  publicHosts: string[];
  /** Behind a reverse proxy: limit failed sign-ins per client address as its X-Forwarded-For reports it. */
  trustProxy: boolean;
  /** Largest content file the local catalog stores, in bytes (--max-file-mb). */
  maxFileBytes: number;
  /** Proxy mode: forward /graphql/ to a Superb AI host instead of serving a local database. `accessKeys` are then the proxy's own. */
  upstream: UpstreamConfig | undefined;
}

/** The upstream host and the key it is called with. */
export interface UpstreamConfig extends AccessKeyPair {
  /** Used as configured: requests go to `${host}/graphql/`. */
  host: string;
  /** Where the key came from (flag, variable or file), for the startup line. */
  keySource: string;
  timeoutMs: number;
}

export const DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  upstreamTimeoutSeconds: 30,
  database: './data/model-catalog.db',
} as const;

export const USAGE = `Usage: npm start -- [options]

Options (environment variable in brackets):
  --port N                 port to listen on, 0 = any free port [PORT] (default ${DEFAULTS.port})
  --host ADDR              address to listen on [HOST] (default ${DEFAULTS.host})
  --db FILE|URL            SQLite database file, or postgres://user:pass@host/db [DATABASE_URL]
                           (default ${DEFAULTS.database})
  --seed demo|none         load demo data (default: demo when a SQLite file is new; none on PostgreSQL)
  --access-key KEY         access key clients must present [MODEL_CATALOG_ACCESS_KEY]
  --access-key-secret S    its secret [MODEL_CATALOG_ACCESS_KEY_SECRET]
  --dev                    enable GraphiQL and introspection
  --web-dir DIR            serve this prebuilt web app instead of dist/ [MODEL_CATALOG_WEB_DIR]
  --api-only               serve only the API, no web app (for npm run dev, where Vite serves it)
  --public-host NAME       without access keys, also answer requests addressed to NAME (repeatable,
                           or comma-separated in [MODEL_CATALOG_PUBLIC_HOST]); other names get 403
  --trust-proxy            behind a reverse proxy: count failed sign-ins per client address from the
                           last X-Forwarded-For entry, which the proxy appends [TRUST_PROXY=1]
  --max-file-mb N          largest content file (training report JSON) stored, in MB of 1,048,576 bytes
                           [MODEL_CATALOG_MAX_FILE_MB] (default ${DEFAULT_MAX_FILE_MB})

Proxy mode (dashboard for a Superb AI host; no local database):
  --upstream URL           forward /graphql/ to URL/graphql/ [MODEL_CATALOG_UPSTREAM]
                           (wins over the host in ~/.spb/onprem-config)
  --upstream-timeout S     seconds to wait for the upstream [MODEL_CATALOG_UPSTREAM_TIMEOUT] (default ${DEFAULTS.upstreamTimeoutSeconds})
                           The upstream key is --access-key/--access-key-secret, else their variables,
                           else access_key/access_key_secret of ~/.spb/onprem-config.
  --proxy-access-key KEY   the proxy's own key, required beyond loopback [MODEL_CATALOG_PROXY_ACCESS_KEY]
  --proxy-access-key-secret S  its secret [MODEL_CATALOG_PROXY_ACCESS_KEY_SECRET]
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
  'trust-proxy': { type: 'boolean' },
  'max-file-mb': { type: 'string' },
  'public-host': { type: 'string', multiple: true },
  upstream: { type: 'string' },
  'upstream-timeout': { type: 'string' },
  'proxy-access-key': { type: 'string' },
  'proxy-access-key-secret': { type: 'string' },
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

const postgresUrlSchema = z
  .string()
  .refine(
    (v) => (URL.canParse(v) && new URL(v).hostname !== '') || /[?&]host=/.test(v),
    'must name a host, e.g. postgres://catalog:secret@db.internal:5432/catalog',
  );

const dbSchema = z
  .string()
  .trim()
  .min(1, 'must name a SQLite file, e.g. ./data/model-catalog.db')
  // DATABASE_URL-style values are accepted for the SQLite file they name.
  .transform((v, ctx) => {
    if (isPostgresUrl(v)) {
      const result = postgresUrlSchema.safeParse(v);
      if (!result.success)
        result.error.issues.forEach((issue) => ctx.addIssue({ code: 'custom', message: issue.message }));
      return v;
    }
    if (!v.startsWith('file:')) return v;
    try {
      return decodeURIComponent(v.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a valid file: URL' });
      return z.NEVER;
    }
  })
  .refine(
    (v) => isPostgresUrl(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v),
    'must be a SQLite file path or a postgres:// URL; other database URLs are not supported',
  )
  .refine(
    (v) => v !== ':memory:' && v.length > 0,
    'must be a file path (an in-memory database would lose everything on exit)',
  );

const maxFileMbSchema = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'must be a number of MB, e.g. 50')
  .transform(Number)
  .refine((n) => n > 0 && n <= 1024, 'must be more than 0 and at most 1024 MB');

const seedSchema = z.enum(['demo', 'none'], { error: 'must be demo or none' });

const switchSchema = z
  .enum(['1', 'true', '0', 'false'], { error: 'must be 1 or 0' })
  .transform((v) => v === '1' || v === 'true');

const accessKeySchema = z
  .string()
  .min(1, 'must not be empty')
  // Basic auth splits "key:secret" at the first colon, so the key itself cannot hold one.
  .refine((k) => !k.includes(':'), 'must not contain ":"')
  .refine((k) => !/\s/.test(k), 'must not contain spaces');

const secretSchema = z.string().min(1, 'must not be empty');

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

const upstreamSchema = z
  .string()
  .trim()
  .refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'must be an http(s) URL, e.g. https://superb.example.com');

const timeoutSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'must be a number of seconds')
  .transform(Number)
  .refine((n) => n > 0 && n <= 600, 'must be between 0 and 600 seconds');

function keyPair(
  key: Sourced | undefined,
  secret: Sourced | undefined,
  names: { key: string; secret: string },
): AccessKeyPair[] {
  if ((key === undefined) !== (secret === undefined)) {
    throw new StartupError(
      `An access key needs both parts: ${key === undefined ? names.key : names.secret} is missing.`,
    );
  }
  return key && secret
    ? [{ accessKey: check(accessKeySchema, key), accessKeySecret: check(secretSchema, secret) }]
    : [];
}

/** Flags win over environment variables, which win over defaults. Returns 'help' for --help. */
export function parseConfig(
  argv: readonly string[],
  env: Env,
  readSdkConfig: () => SdkConfig | undefined = () => undefined,
): Config | 'help' {
  const flags = readFlags(argv, OPTIONS);
  if (flags.help) return 'help';

  const port = pick('port', flags.port, env, 'PORT');
  const host = pick('host', flags.host, env, 'HOST');
  const db = pick('db', flags.db, env, 'DATABASE_URL');
  const seed = pick('seed', flags.seed, env);
  const key = pick('access-key', flags['access-key'], env, 'MODEL_CATALOG_ACCESS_KEY');
  const secret = pick('access-key-secret', flags['access-key-secret'], env, 'MODEL_CATALOG_ACCESS_KEY_SECRET');
  const webDir = pick('web-dir', flags['web-dir'], env, 'MODEL_CATALOG_WEB_DIR');
  const publicHosts = (flags['public-host'] ?? env['MODEL_CATALOG_PUBLIC_HOST']?.split(',') ?? [])
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) =>
      check(hostSchema, { value: name, source: flags['public-host'] ? '--public-host' : 'MODEL_CATALOG_PUBLIC_HOST' }),
    );
  const trustProxy = pick('trust-proxy', flags['trust-proxy'] ? '1' : undefined, env, 'TRUST_PROXY');
  const maxFileMb = pick('max-file-mb', flags['max-file-mb'], env, 'MODEL_CATALOG_MAX_FILE_MB');

  const keyNames = {
    key: '--access-key (or MODEL_CATALOG_ACCESS_KEY)',
    secret: '--access-key-secret (or MODEL_CATALOG_ACCESS_KEY_SECRET)',
  };
  const localKeys = keyPair(key, secret, keyNames);
  const upstreamFlag = pick('upstream', flags.upstream, env, 'MODEL_CATALOG_UPSTREAM');
  const timeout = pick('upstream-timeout', flags['upstream-timeout'], env, 'MODEL_CATALOG_UPSTREAM_TIMEOUT');
  const proxyKeys = keyPair(
    pick('proxy-access-key', flags['proxy-access-key'], env, 'MODEL_CATALOG_PROXY_ACCESS_KEY'),
    pick('proxy-access-key-secret', flags['proxy-access-key-secret'], env, 'MODEL_CATALOG_PROXY_ACCESS_KEY_SECRET'),
    {
      key: '--proxy-access-key (or MODEL_CATALOG_PROXY_ACCESS_KEY)',
      secret: '--proxy-access-key-secret (or MODEL_CATALOG_PROXY_ACCESS_KEY_SECRET)',
    },
  );
  if (upstreamFlag === undefined && (proxyKeys.length > 0 || timeout !== undefined)) {
    throw new StartupError('--proxy-access-key and --upstream-timeout only apply with --upstream URL.');
  }
  if (upstreamFlag !== undefined && maxFileMb !== undefined) {
    throw new StartupError(
      `${maxFileMb.source} applies to the local catalog's files; with --upstream the Superb AI host stores them.`,
    );
  }
  let upstream: UpstreamConfig | undefined;
  if (upstreamFlag !== undefined) {
    const upstreamHost = check(upstreamSchema, upstreamFlag);
    let upstreamKey = localKeys[0];
    let keySource = key?.source ?? '';
    if (upstreamKey === undefined) {
      const file = readSdkConfig();
      if (!file?.accessKey || !file.accessKeySecret) {
        throw new StartupError(
          `--upstream needs the host's access key: set --access-key and --access-key-secret ` +
            `(or MODEL_CATALOG_ACCESS_KEY and MODEL_CATALOG_ACCESS_KEY_SECRET), or access_key and access_key_secret in ${file?.file ?? '~/.spb/onprem-config'}.`,
        );
      }
      upstreamKey = { accessKey: file.accessKey, accessKeySecret: file.accessKeySecret };
      keySource = file.file;
    }
    upstream = {
      host: upstreamHost,
      accessKey: upstreamKey.accessKey,
      accessKeySecret: upstreamKey.accessKeySecret,
      keySource,
      timeoutMs: (timeout ? check(timeoutSchema, timeout) : DEFAULTS.upstreamTimeoutSeconds) * 1000,
    };
  }
  // In proxy mode --access-key is the upstream's key; the proxy's own keys guard the proxy.
  const accessKeys = upstream ? proxyKeys : localKeys;

  const config: Config = {
    port: port ? check(portSchema, port) : DEFAULTS.port,
    host: host ? check(hostSchema, host) : DEFAULTS.host,
    database: db ? check(dbSchema, db) : DEFAULTS.database,
    seed: seed ? check(seedSchema, seed) : undefined,
    accessKeys,
    dev: flags.dev ?? false,
    webDir: webDir ? check(z.string().trim().min(1, 'must name a folder'), webDir) : undefined,
    apiOnly: flags['api-only'] ?? false,
    publicHosts,
    trustProxy: trustProxy ? check(switchSchema, trustProxy) : false,
    maxFileBytes: Math.round((maxFileMb ? check(maxFileMbSchema, maxFileMb) : DEFAULT_MAX_FILE_MB) * MB),
    upstream,
  };
  if (config.apiOnly && config.webDir !== undefined) {
    throw new StartupError(
      `--api-only serves no web app, so ${webDir?.source} cannot be used with it. Drop one of them.`,
    );
  }

  if (upstream && accessKeys.length === 0 && !isLoopbackHost(config.host)) {
    throw new StartupError(
      `Refusing to proxy on ${config.host} without the proxy's own access key: anyone on the network could use the host's key. ` +
        'Set --proxy-access-key and --proxy-access-key-secret, or use --host 127.0.0.1.',
    );
  }
  if (accessKeys.length === 0 && !isLoopbackHost(config.host)) {
    throw new StartupError(
      `Refusing to listen on ${config.host} without access keys: anyone on the network could change the catalog. ` +
        'Set --access-key and --access-key-secret (or MODEL_CATALOG_ACCESS_KEY and MODEL_CATALOG_ACCESS_KEY_SECRET), or use --host 127.0.0.1.',
    );
  }
  const short = accessKeys.find((pair) => pair.accessKeySecret.length < MIN_SECRET_LENGTH);
  if (short && !isLoopbackHost(config.host)) {
    throw new StartupError(
      `Refusing to listen on ${config.host} with the secret of access key ${short.accessKey} shorter than ${MIN_SECRET_LENGTH} characters: ` +
        'it could be guessed. Use a longer secret (e.g. openssl rand -base64 24), or --host 127.0.0.1.',
    );
  }
  return config;
}
