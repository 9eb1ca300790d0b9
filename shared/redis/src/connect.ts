import { Redis, type RedisOptions } from 'ioredis';
import RedisMock from 'ioredis-mock';

/** `memory://<name>`: an in-process Redis for embedded mode, shared by every client of that name. */
const IN_PROCESS = 'memory:';

const inProcess = new WeakSet<Redis>();

/**
 * A Redis client for `url`: a real server for `redis://` and `rediss://`, or, for `memory://`,
 * an in-process store with the same ioredis interface (embedded mode: one process, no server).
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  if (!isInProcessUrl(url)) return new Redis(url, options);
  // ioredis-mock shares one keyspace among the clients made with the same host.
  const client = new RedisMock({ host: `embedded-${new URL(url).host || 'default'}` }) as unknown as Redis;
  inProcess.add(client);
  return client;
}

export const isInProcessUrl = (url: string): boolean => new URL(url).protocol === IN_PROCESS;

/** True for a client made by connectRedis for `memory://`: nothing outside this process sees it. */
export const isInProcess = (client: Redis): boolean => inProcess.has(client);
