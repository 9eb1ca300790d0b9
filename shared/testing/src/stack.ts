import { randomBytes } from 'node:crypto';
import { bundled } from './bundles.js';
import { createTestDatabase } from './databases.js';
import { startMailbox } from './mailbox.js';
import { freePort, type RunningProcess, runToCompletion, startProcess } from './processes.js';
import { type Broker, createTestVhost } from './vhosts.js';
import { waitFor } from './wait-for.js';

export type Call = (
  method: string,
  path: string,
  opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely
) => Promise<{ status: number; headers: Headers; body: any }>;

const callTimeoutMs = 120_000;

/** JSON over HTTP to the gateway at `baseUrl()` (read at each call: it may be known only later). */
export function httpCaller(baseUrl: () => string): Call {
  return async (method, path, opts = {}) => {
    const res = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      // A hung answer fails the caller instead of stalling a test or a benchmark forever.
      signal: AbortSignal.timeout(callTimeoutMs),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
}

type Env = Record<string, string>;

/** The gateway's per-route limits (docs/operations.md), lifted like the per-IP one; a test lowers one. */
export const liftedRouteLimits: Env = {
  RATE_LIMIT_AGENT_CREATE_MAX: '100000',
  RATE_LIMIT_AGENT_UPDATE_MAX: '100000',
  RATE_LIMIT_AGENT_LIST_MAX: '100000',
  RATE_LIMIT_AGENT_BULK_MAX: '100000',
};

/** Servers other than the machine's shared ones: the chaos suite restarts its own. */
export type StackInfra = {
  /** Admin URL of the Postgres server the services' databases are created on. */
  postgresUrl: string;
  broker: Broker;
  redisUrl: string;
};

type StackOptions = {
  gateways?: number;
  infra?: StackInfra;
  gatewayEnv?: Env;
  authEnv?: Env;
  ticketsEnv?: Env;
  presenceEnv?: Env;
  reportingEnv?: Env;
  aiAssistEnv?: Env;
  notificationsEnv?: Env;
  auditEnv?: Env;
  /** Extra node flags per process (the benchmarks' `--cpu-prof`). */
  nodeArgs?: Partial<Record<ServiceName | 'gateway', string[]>>;
};

/** Migrates a service's fresh database and starts it, as `./manage.sh start` does. */
async function startService(name: ServiceName, env: Env, nodeArgs: string[] = [], postgresUrl?: string) {
  const database = await createTestDatabase(`gw_${name}`, postgresUrl);
  const processEnv: Env = { ...env, DATABASE_URL: database.url };
  const [migrate, main] = await Promise.all([
    bundled(`services/${name}/src/bin/migrate.main.ts`),
    bundled(`services/${name}/src/main.ts`),
  ]);
  await runToCompletion(migrate, processEnv);
  const process = startProcess(main, processEnv, nodeArgs);
  return { name, database, process, env: processEnv, nodeArgs };
}
type ServiceName = 'auth' | 'tickets' | 'presence' | 'reporting' | 'ai-assist' | 'notifications' | 'audit';
type StartedService = Awaited<ReturnType<typeof startService>>;

/** Starts a stopped service again on its port with its database, and waits until it is healthy. */
async function restartService(service: StartedService): Promise<void> {
  const main = await bundled(`services/${service.name}/src/main.ts`);
  service.process = startProcess(main, service.env, service.nodeArgs);
  const url = `http://127.0.0.1:${service.env.PORT}/healthz`;
  await waitFor(
    `${service.name} healthy again`,
    async () => (await fetch(url).catch(() => null))?.ok,
    60_000,
  );
}

/**
 * The real processes over fresh databases, a vhost and a Redis key prefix: the auth, ticket,
 * presence, reporting, ai-assist, notifications and audit services and `gateways` gateway processes in front of them.
 */
export async function startStack(options: StackOptions = {}) {
  const { infra } = options;
  const vhost = await createTestVhost('gateway', infra?.broker);
  const [authPort, ticketsPort, presencePort, reportingPort, aiAssistPort, notificationsPort, auditPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const prefix = `sbt:${randomBytes(4).toString('hex')}:`;
  // /metrics is served only to a bearer of this token (docs/operations.md).
  const metricsToken = randomBytes(16).toString('hex');
  // Mail (CSAT survey links, emailed reports) lands here unless a test names its own server: an
  // unreachable one would be retried and dead-lettered, as it should be in production.
  const mailbox = await startMailbox();
  const common = {
    SMTP_URL: mailbox.url,
    METRICS_TOKEN: metricsToken,
    AMQP_URL: vhost.url,
    LOG_LEVEL: 'warn',
    REDIS_KEY_PREFIX: prefix,
    STREAM_KEY_PREFIX: `${prefix}rt:`,
    HEARTBEAT_KEY_PREFIX: prefix,
    // Each stack its own rate-limit counters (parallel test files share 127.0.0.1), and a
    // generous limit, since a browser test alone makes many requests a minute.
    RATE_LIMIT_KEY_PREFIX: `${prefix}rl:`,
    RATE_LIMIT_PER_MINUTE: '100000',
    ...liftedRouteLimits,
    REVOKED_USERS_KEY_PREFIX: `${prefix}revoked:`,
    ...(infra ? { REDIS_URL: infra.redisUrl } : {}),
  };
  const urls = {
    AUTH_URL: `http://127.0.0.1:${authPort}`,
    TICKETS_URL: `http://127.0.0.1:${ticketsPort}`,
    PRESENCE_URL: `http://127.0.0.1:${presencePort}`,
    REPORTING_URL: `http://127.0.0.1:${reportingPort}`,
    AI_ASSIST_URL: `http://127.0.0.1:${aiAssistPort}`,
    NOTIFICATIONS_URL: `http://127.0.0.1:${notificationsPort}`,
    AUDIT_URL: `http://127.0.0.1:${auditPort}`,
  };
  const args = options.nodeArgs ?? {};
  const pg = infra?.postgresUrl;
  const auth = await startService(
    'auth',
    { ...common, PORT: String(authPort), ...options.authEnv },
    args.auth,
    pg,
  );
  const ticketsEnv = {
    ...common,
    ...urls,
    PORT: String(ticketsPort),
    SLA_SCAN_INTERVAL_MS: '300',
    // Channel callbacks (the CSAT survey link) go to receivers the tests run on this machine.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    ...options.ticketsEnv,
  };
  const presenceEnv = { ...common, ...urls, PORT: String(presencePort), ...options.presenceEnv };
  const reportingEnv = {
    ...common,
    ...urls,
    PORT: String(reportingPort),
    METRICS_PUSH_MS: '300',
    ...options.reportingEnv,
  };
  const aiAssistEnv = { ...common, ...urls, PORT: String(aiAssistPort), ...options.aiAssistEnv };
  const notificationsEnv = {
    ...common,
    ...urls,
    PORT: String(notificationsPort),
    ...options.notificationsEnv,
  };
  const auditEnv = { ...common, ...urls, PORT: String(auditPort), ...options.auditEnv };
  const [tickets, presence, reporting, aiAssist, notifications, audit] = await Promise.all([
    startService('tickets', ticketsEnv, args.tickets, pg),
    startService('presence', presenceEnv, args.presence, pg),
    startService('reporting', reportingEnv, args.reporting, pg),
    startService('ai-assist', aiAssistEnv, args['ai-assist'], pg),
    startService('notifications', notificationsEnv, args.notifications, pg),
    startService('audit', auditEnv, args.audit, pg),
  ]);
  const output = () =>
    [auth, tickets, presence, reporting, aiAssist, notifications, audit]
      .map((service) => service.process.output())
      .join('\n');

  const gateways: { port: number; url: string; process: RunningProcess }[] = [];
  /** Starts a gateway process (again, on the same port, when given one) and waits until it is healthy. */
  const startGateway = async (port?: number) => {
    const gatewayPort = port ?? (await freePort());
    const process = startProcess(
      await bundled('gateway/src/main.ts'),
      { ...common, ...urls, PORT: String(gatewayPort), ...options.gatewayEnv },
      args.gateway,
    );
    const url = `http://127.0.0.1:${gatewayPort}`;
    const healthy = async () => (await fetch(`${url}/healthz`)).ok;
    await waitFor(`gateway healthy on ${gatewayPort}`, healthy, 60_000).catch((err) => {
      throw new Error(`${err}\n${process.output()}\n${output()}`);
    });
    const gateway = { port: gatewayPort, url, process };
    gateways.push(gateway);
    return gateway;
  };
  for (let i = 0; i < (options.gateways ?? 1); i++) await startGateway();
  const baseUrl = gateways[0]?.url ?? '';

  const call = httpCaller(() => baseUrl);

  const stop = async () => {
    await Promise.all([
      ...gateways.map((g) => g.process.stop()),
      auth.process.stop(),
      tickets.process.stop(),
      presence.process.stop(),
      reporting.process.stop(),
      aiAssist.process.stop(),
      notifications.process.stop(),
      audit.process.stop(),
    ]);
    await Promise.all([
      auth.database.drop(),
      tickets.database.drop(),
      presence.database.drop(),
      reporting.database.drop(),
      aiAssist.database.drop(),
      notifications.database.drop(),
      audit.database.drop(),
      vhost.remove(),
      mailbox.close(),
    ]);
  };
  return {
    baseUrl,
    /** The presence service itself, for routes the gateway does not proxy. */
    call,
    get auth() {
      return auth.process;
    },
    get tickets() {
      return tickets.process;
    },
    get presence() {
      return presence.process;
    },
    get reporting() {
      return reporting.process;
    },
    get aiAssist() {
      return aiAssist.process;
    },
    get notifications() {
      return notifications.process;
    },
    get audit() {
      return audit.process;
    },
    /** Starts a service stopped by the test again, as an operator would after a restart. */
    restart: (name: ServiceName) =>
      restartService(
        { auth, tickets, presence, reporting, 'ai-assist': aiAssist, notifications, audit }[name],
      ),
    ticketsDatabase: tickets.database,
    /** Every service's database URL, for suites that check what each one stored. */
    databaseUrls: {
      auth: auth.database.url,
      tickets: tickets.database.url,
      presence: presence.database.url,
      reporting: reporting.database.url,
      'ai-assist': aiAssist.database.url,
      notifications: notifications.database.url,
      audit: audit.database.url,
    },
    /** Each service's own address, for what the gateway does not expose (e.g. its /metrics). */
    urls,
    /** What GET /metrics needs on every process: `authorization: Bearer <metricsToken>`. */
    metricsToken,
    gateways,
    startGateway,
    database: auth.database,
    vhost,
    /** What the services mailed, where a test did not give its own SMTP_URL. */
    mailbox,
    stop,
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
