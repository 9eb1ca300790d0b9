/*
 * Checks that PostgreSQL, RabbitMQ and Redis answer at the configured URLs
 * (POSTGRES_URL, AMQP_URL, REDIS_URL; local-development defaults otherwise).
 * Prints one line per dependency and how to start a missing one; exits 1 if any is missing.
 * Usage: node scripts/check-infra.mjs
 */
import amqp from 'amqplib';
import { Redis } from 'ioredis';
import pg from 'pg';
import { describeError, redact, withDatabase, withTimeout } from './lib.mjs';

// Run by manage.sh, not as a turbo task: the variables are read through `env`.
const { env } = process;
const TIMEOUT_MS = Number(env.INFRA_CHECK_TIMEOUT_MS || 3000);

const checks = [
  {
    name: 'PostgreSQL',
    url: env.POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432',
    variable: 'POSTGRES_URL',
    async probe(url) {
      const client = new pg.Client({
        connectionString: withDatabase(url, 'postgres'),
        connectionTimeoutMillis: TIMEOUT_MS,
        query_timeout: TIMEOUT_MS,
      });
      client.on('error', () => {});
      try {
        await client.connect();
        await client.query('SELECT 1');
      } finally {
        await client.end().catch(() => {});
      }
    },
    howToStart: [
      'Debian/Ubuntu: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      'Docker: docker run -d --name switchboard-postgres -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16',
    ],
  },
  {
    name: 'RabbitMQ',
    url: env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672',
    variable: 'AMQP_URL',
    async probe(url) {
      const connection = await amqp.connect(url, { timeout: TIMEOUT_MS });
      await connection.close();
    },
    howToStart: [
      'Debian/Ubuntu: rabbitmq-server -detached',
      'Docker: docker run -d --name switchboard-rabbitmq -p 5672:5672 -p 15672:15672 rabbitmq:3.13-management',
    ],
  },
  {
    name: 'Redis',
    url: env.REDIS_URL || 'redis://127.0.0.1:6379',
    variable: 'REDIS_URL',
    async probe(url) {
      const redis = new Redis(url, {
        lazyConnect: true,
        connectTimeout: TIMEOUT_MS,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      let lastError;
      redis.on('error', (err) => {
        lastError = err;
      });
      try {
        await redis.connect();
        await redis.ping();
      } catch (err) {
        throw lastError ?? err;
      } finally {
        redis.disconnect();
      }
    },
    howToStart: [
      'Debian/Ubuntu: redis-server --daemonize yes --bind 127.0.0.1 --port 6379',
      'Docker: docker run -d --name switchboard-redis -p 6379:6379 redis:7',
    ],
  },
];

const results = await Promise.all(
  checks.map(async (check) => {
    try {
      await withTimeout(check.probe(check.url), TIMEOUT_MS + 1000, check.name);
      return { check, ok: true };
    } catch (err) {
      return { check, ok: false, reason: describeError(err) };
    }
  }),
);

for (const { check, ok, reason } of results) {
  const where = `${check.name.padEnd(10)} ${redact(check.url)}`;
  if (ok) {
    console.log(`  ok       ${where}`);
    continue;
  }
  console.log(`  FAIL     ${where}  (${reason})`);
  for (const line of check.howToStart) console.log(`           start it  ${line}`);
  console.log(`           or set ${check.variable} to where it runs (environment or .env).`);
}

const missing = results.filter((r) => !r.ok).map((r) => r.check.name);
if (missing.length > 0) {
  console.error(
    `Not reachable: ${missing.join(', ')}. Start ${missing.length > 1 ? 'them' : 'it'} and retry.`,
  );
}
process.exit(missing.length > 0 ? 1 : 0);
