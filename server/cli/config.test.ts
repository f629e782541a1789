import { describe, expect, it } from 'vitest';

import { isLoopbackHost } from '../http/host-guard';
import { StartupError, parseConfig, type Config } from './config';

const KEYS = { MODEL_CATALOG_ACCESS_KEY: 'ci', MODEL_CATALOG_ACCESS_KEY_SECRET: 's3cret:with:colons' };

function config(argv: string[], env: Record<string, string> = {}): Config {
  const result = parseConfig(argv, env);
  if (result === 'help') throw new Error('unexpected help');
  return result;
}

function errorOf(argv: string[], env: Record<string, string> = {}): string {
  try {
    parseConfig(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a StartupError');
}

describe('parseConfig', () => {
  it('has loopback defaults and no seed decision', () => {
    expect(config([])).toEqual({
      port: 8080,
      host: '127.0.0.1',
      database: './data/model-catalog.db',
      seed: undefined,
      accessKeys: [],
      dev: false,
      webDir: undefined,
      apiOnly: false,
      publicHosts: [],
      trustProxy: false,
      maxFileBytes: 50 * 1024 * 1024,
    });
  });

  it('limits content files to --max-file-mb (or MODEL_CATALOG_MAX_FILE_MB) MB of 1,048,576 bytes', () => {
    expect(config(['--max-file-mb', '2']).maxFileBytes).toBe(2 * 1024 * 1024);
    expect(config([], { MODEL_CATALOG_MAX_FILE_MB: '0.5' }).maxFileBytes).toBe(512 * 1024);
    expect(config(['--max-file-mb', '3'], { MODEL_CATALOG_MAX_FILE_MB: '7' }).maxFileBytes).toBe(3 * 1024 * 1024);
    expect(errorOf(['--max-file-mb', 'lots'])).toBe('--max-file-mb must be a number of MB, e.g. 50 (got "lots").');
    expect(errorOf(['--max-file-mb', '0'])).toContain('--max-file-mb must be more than 0 and at most 1024 MB');
    expect(errorOf([], { MODEL_CATALOG_MAX_FILE_MB: '4096' })).toContain('MODEL_CATALOG_MAX_FILE_MB must be more');
    expect(errorOf(['--max-file-mb', '5', '--upstream', 'https://superb.example'], KEYS)).toContain(
      "--max-file-mb applies to the local catalog's files",
    );
  });

  it('reads the environment', () => {
    expect(config([], { PORT: '9000', HOST: 'localhost', DATABASE_URL: '/tmp/a.db', ...KEYS })).toMatchObject({
      port: 9000,
      host: 'localhost',
      database: '/tmp/a.db',
      accessKeys: [{ accessKey: 'ci', accessKeySecret: 's3cret:with:colons' }],
    });
  });

  it('lets flags win over the environment', () => {
    const env = {
      PORT: '9000',
      HOST: '10.0.0.1',
      DATABASE_URL: '/tmp/env.db',
      MODEL_CATALOG_WEB_DIR: '/env/web',
      TRUST_PROXY: '0',
      MODEL_CATALOG_PUBLIC_HOST: 'env.example',
      ...KEYS,
    };
    const flags = [
      '--port',
      '0',
      '--host',
      '::1',
      '--db',
      '/tmp/flag.db',
      '--access-key',
      'flag',
      '--seed',
      'none',
      '--dev',
      '--web-dir',
      '/srv/web',
      '--trust-proxy',
      '--public-host',
      'catalog.internal',
      '--public-host',
      '10.0.0.7',
    ];
    expect(config(flags, env)).toEqual({
      port: 0,
      host: '::1',
      database: '/tmp/flag.db',
      seed: 'none',
      accessKeys: [{ accessKey: 'flag', accessKeySecret: 's3cret:with:colons' }],
      dev: true,
      webDir: '/srv/web',
      apiOnly: false,
      publicHosts: ['catalog.internal', '10.0.0.7'],
      trustProxy: true,
      maxFileBytes: 50 * 1024 * 1024,
    });
  });

  it('reads public host names from MODEL_CATALOG_PUBLIC_HOST and checks them', () => {
    expect(config([], { MODEL_CATALOG_PUBLIC_HOST: 'a.example, b.example' }).publicHosts).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(errorOf(['--public-host', 'not a host'])).toContain('--public-host must be an IP address or a host name');
  });

  it('refuses to listen beyond loopback with a secret shorter than 16 characters', () => {
    const short = { MODEL_CATALOG_ACCESS_KEY: 'ci', MODEL_CATALOG_ACCESS_KEY_SECRET: 'fifteen chars!!' };
    expect(errorOf(['--host', '0.0.0.0'], short)).toContain('shorter than 16 characters');
    expect(config(['--host', '127.0.0.1'], short).accessKeys).toHaveLength(1);
    const long = { ...short, MODEL_CATALOG_ACCESS_KEY_SECRET: 'sixteen chars!!!' };
    expect(config(['--host', '0.0.0.0'], long).host).toBe('0.0.0.0');
  });

  it('treats empty variables as unset', () => {
    expect(config([], { PORT: '', HOST: '', DATABASE_URL: '' })).toMatchObject({ port: 8080, host: '127.0.0.1' });
  });

  it('accepts a file: DATABASE_URL and bracketed IPv6 hosts', () => {
    expect(config(['--host', '[::1]'], { DATABASE_URL: 'file:./x.db' })).toMatchObject({
      host: '::1',
      database: './x.db',
    });
  });

  it('accepts PostgreSQL URLs, including a unix socket host', () => {
    const url = 'postgres://catalog:secret@db.internal:5432/catalog';
    expect(config([], { DATABASE_URL: url })).toMatchObject({ database: url });
    expect(config(['--db', 'postgresql:///catalog?host=/run/postgresql'])).toMatchObject({
      database: 'postgresql:///catalog?host=/run/postgresql',
    });
  });

  it('trusts the proxy only when asked, by flag or TRUST_PROXY', () => {
    expect(config([], { TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(config([], { TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(config([], { TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(config([], { TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(config(['--trust-proxy']).trustProxy).toBe(true);
    expect(errorOf([], { TRUST_PROXY: 'yes please' })).toBe('TRUST_PROXY must be 1 or 0 (got "yes please").');
    expect(errorOf(['--trust-proxy=1'])).toContain('--trust-proxy takes no value');
  });

  it('returns help', () => {
    expect(parseConfig(['--help'], {})).toBe('help');
    expect(parseConfig(['-h', '--port', 'nonsense'], {})).toBe('help');
  });

  it.each([
    [['--port', 'abc'], '--port must be a whole number from 0 to 65535 (got "abc").'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535'],
    [['--port', '-1'], '--port needs a value'],
    [['--seed', 'lots'], '--seed must be demo or none (got "lots").'],
    [['--host', 'not a host'], '--host must be an IP address or a host name'],
    [['--db', 'mysql://db/x'], '--db must be a SQLite file path or a postgres:// URL'],
    [['--db', 'postgres:///x'], '--db must name a host'],
    [['--db', ':memory:'], '--db must be a file path'],
    [['--frobnicate'], 'Unknown option --frobnicate. Run with --help'],
    [['--port'], '--port needs a value'],
    [['--dev=yes'], '--dev takes no value'],
    [['8080'], 'Unexpected argument "8080"'],
    [['--access-key', 'a'], '--access-key-secret (or MODEL_CATALOG_ACCESS_KEY_SECRET) is missing'],
    [['--access-key', 'a:b', '--access-key-secret', 'x'], '--access-key must not contain ":"'],
    [['--api-only', '--web-dir', 'web'], '--api-only serves no web app, so --web-dir cannot be used with it'],
  ])('refuses %j', (argv, message) => {
    expect(errorOf(argv)).toContain(message);
  });

  it('names the variable when a bad value came from the environment', () => {
    expect(errorOf([], { PORT: '80a' })).toBe('PORT must be a whole number from 0 to 65535 (got "80a").');
  });

  it('refuses a non-loopback host without keys and says how to fix it', () => {
    const message = errorOf(['--host', '0.0.0.0']);
    expect(message).toContain('Refusing to listen on 0.0.0.0 without access keys');
    expect(message).toContain('--access-key');
    expect(message).toContain('--host 127.0.0.1');
    expect(config(['--host', '0.0.0.0'], KEYS).host).toBe('0.0.0.0');
  });
});

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', 'localhost', 'LOCALHOST', 'app.localhost', '::ffff:127.0.0.1'])(
    '%s is loopback',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );
  it.each(['0.0.0.0', '::', '192.168.1.2', 'example.com', '::ffff:10.0.0.1'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
