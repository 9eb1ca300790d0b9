/*
 * Embedded mode: the whole product in this one process, with no server to install. Each service
 * keeps its database in embedded Postgres (PGlite) under EMBEDDED_DATA_DIR/<service> (`memory`
 * keeps them in memory); the event bus and Redis live in this process (memory:// URLs) with the
 * same outbox, idempotent consumers, retries and dead letters. `./manage.sh start` runs it when
 * Postgres, RabbitMQ or Redis is not reachable. For trying the product, never for production.
 * Usage: node --import tsx scripts/embedded.main.ts   (PORT: the gateway's, default 8080)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  readConfig as aiAssistConfig,
  prepare as prepareAiAssist,
  seedDemoAiSettings,
  startAiAssist,
} from '@switchboard/ai-assist/service';
import { readConfig as auditConfig, prepare as prepareAudit, startAudit } from '@switchboard/audit/service';
import {
  readConfig as authConfig,
  prepare as prepareAuth,
  seedDemo,
  startAuth,
} from '@switchboard/auth/service';
import { pgliteUrl } from '@switchboard/db';
import { readConfig as gatewayConfig, startGateway } from '@switchboard/gateway/service';
import { closeOnSignal, createLogger } from '@switchboard/http-kit';
import {
  readConfig as notificationsConfig,
  prepare as prepareNotifications,
  startNotifications,
} from '@switchboard/notifications/service';
import {
  prepare as preparePresence,
  readConfig as presenceConfig,
  seedDemoSessions,
  startPresence,
} from '@switchboard/presence/service';
import {
  prepare as prepareReporting,
  readConfig as reportingConfig,
  startReporting,
} from '@switchboard/reporting/service';
import {
  prepare as prepareTickets,
  seedDemoHistory,
  startTickets,
  readConfig as ticketsConfig,
} from '@switchboard/tickets/service';

const { env } = process;
const dataDir =
  env.EMBEDDED_DATA_DIR === 'memory' ? 'memory' : resolve(env.EMBEDDED_DATA_DIR ?? '.run/embedded');
if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
const logger = createLogger('embedded', env.LOG_LEVEL === 'silent' ? 'silent' : 'info');
logger.warn(
  { dataDir, postgres: 'PGlite, in process', rabbitmq: 'in process', redis: 'in process' },
  'EMBEDDED MODE: every service in this one process; for trying the product, not for production',
);

/** What every part shares: the in-process bus and Redis. Services listen on loopback ports of their own. */
const shared = { ...env, AMQP_URL: 'memory://embedded', REDIS_URL: 'memory://embedded' };
const serviceEnv = (name: string, authUrl = '') => ({
  ...shared,
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_URL: pgliteUrl(dataDir, name),
  ...(authUrl ? { AUTH_URL: authUrl } : {}),
});

const authCfg = authConfig(serviceEnv('auth'));
await prepareAuth(authCfg);
await seedDemo(authCfg); // its events go out once auth's relay runs
const auth = await startAuth(authCfg);

const [tickets, presence, reporting, aiAssist, notifications, audit] = await Promise.all([
  (async () => {
    const config = ticketsConfig(serviceEnv('tickets', auth.url));
    await prepareTickets(config);
    return startTickets(config);
  })(),
  (async () => {
    const config = presenceConfig(serviceEnv('presence', auth.url));
    await preparePresence(config);
    return startPresence(config);
  })(),
  (async () => {
    const config = reportingConfig(serviceEnv('reporting', auth.url));
    await prepareReporting(config);
    return startReporting(config);
  })(),
  (async () => {
    const config = aiAssistConfig(serviceEnv('ai-assist', auth.url));
    await prepareAiAssist(config);
    return startAiAssist(config);
  })(),
  (async () => {
    const config = notificationsConfig(serviceEnv('notifications', auth.url));
    await prepareNotifications(config);
    return startNotifications(config);
  })(),
  (async () => {
    const config = auditConfig(serviceEnv('audit', auth.url));
    await prepareAudit(config);
    return startAudit(config);
  })(),
]);
const gateway = await startGateway(
  gatewayConfig({
    ...shared,
    AUTH_URL: auth.url,
    TICKETS_URL: tickets.url,
    PRESENCE_URL: presence.url,
    REPORTING_URL: reporting.url,
    AI_ASSIST_URL: aiAssist.url,
    NOTIFICATIONS_URL: notifications.url,
    AUDIT_URL: audit.url,
  }),
);
// As ./manage.sh start does once the stack is healthy: the demo's two weeks, through the real actions.
const history = await seedDemoHistory(tickets.deps, auth.url);
const sessions = await seedDemoSessions(presence.deps, auth.url);
await seedDemoAiSettings(aiAssist.deps, auth.url);
logger.info(
  { demoHistory: history.outcome, steps: history.steps, sessionMoves: sessions.steps },
  'demo history seeded',
);
logger.info({ url: gateway.url }, 'Switchboard runs in embedded mode');
closeOnSignal(logger, [
  gateway.stop,
  notifications.stop,
  audit.stop,
  aiAssist.stop,
  reporting.stop,
  presence.stop,
  tickets.stop,
  auth.stop,
]);
