// Spawns the real server (server/cli/main.ts, API only) through the test kit's spawner, so a test
// can SIGKILL it like a crash or power cut of the process would.
import { spawnServer } from '../server/test-kit/spawn-server';

export interface ServerProcess {
  /** GraphQL endpoint, e.g. http://127.0.0.1:4920/graphql/ */
  graphqlUrl: string;
  /** kill -9, then wait until the process is gone (its port and file locks released). */
  kill9(): Promise<void>;
  /** SIGTERM (graceful shutdown), then wait for the exit. */
  stop(): Promise<void>;
}

/** Starts main.ts on `port` with `database` (SQLite file or postgres:// URL) and waits until it listens. */
export async function startServer(port: number, database: string): Promise<ServerProcess> {
  const server = await spawnServer(['--api-only', '--port', String(port), '--db', database, '--seed', 'none']);
  return {
    graphqlUrl: `${server.url}/graphql/`,
    kill9: async () => void (await server.stop('SIGKILL')),
    stop: async () => void (await server.stop('SIGTERM')),
  };
}
