import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadConfig, processEnv } from '@switchboard/config';
import { z } from 'zod';

const ms = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const gatewayEnv = processEnv(8080).extend({
  AUTH_URL: z.url().default('http://127.0.0.1:4001'),
  TICKETS_URL: z.url().default('http://127.0.0.1:4002'),
  PRESENCE_URL: z.url().default('http://127.0.0.1:4003'),
  REPORTING_URL: z.url().default('http://127.0.0.1:4004'),
  AI_ASSIST_URL: z.url().default('http://127.0.0.1:4005'),
  NOTIFICATIONS_URL: z.url().default('http://127.0.0.1:4006'),
  AUDIT_URL: z.url().default('http://127.0.0.1:4007'),
  /** docs/api.md §6: typing stops by itself after this long without a new typing_start. */
  TYPING_TIMEOUT_MS: ms(5_000),
  UPSTREAM_TIMEOUT_MS: ms(30_000),
  JWT_ISSUER: z.string().default('switchboard'),
  GATEWAY_ID: z.string().default(`${hostname()}-${process.pid}`),
  /** docs/api.md §6: an unauthenticated socket must send `authenticate` within this time. */
  SOCKET_AUTH_TIMEOUT_MS: ms(10_000),
  /** docs/api.md §8.4: ping every 25 s, give up after 60 s. */
  SOCKET_PING_INTERVAL_MS: ms(25_000),
  SOCKET_PING_TIMEOUT_MS: ms(60_000),
  SOCKET_MAX_PAYLOAD_BYTES: z.coerce.number().int().positive().default(16_384),
  SOCKET_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().positive().default(10),
  SOCKET_EVENTS_PER_SECOND: z.coerce.number().positive().default(20),
  /** Client events per tenant across every gateway process (bursts of twice that). */
  SOCKET_TENANT_EVENTS_PER_SECOND: z.coerce.number().positive().default(200),
  /** Retained events per tenant for `resume` (docs/api.md §6: at least 10,000). */
  STREAM_MAX_EVENTS: z.coerce.number().int().positive().default(10_000),
  STREAM_KEY_PREFIX: z.string().default('sb:rt:'),
  /** Shared with presence: where gateways keep their heartbeat keys. */
  HEARTBEAT_KEY_PREFIX: z.string().default('sb:'),
  /** A gateway silent this long is taken for dead: presence closes its sockets. */
  GATEWAY_HEARTBEAT_TTL_MS: ms(30_000),
  /**
   * docs/operations.md "Per-route limits" (docs/api.md §2): requests per window for each
   * limited route, counted in Redis per user (per IP without a valid token), across gateways.
   */
  RATE_LIMIT_AGENT_CREATE_MAX: z.coerce.number().int().positive().default(10),
  RATE_LIMIT_AGENT_CREATE_WINDOW_MS: ms(60_000),
  RATE_LIMIT_AGENT_UPDATE_MAX: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_AGENT_UPDATE_WINDOW_MS: ms(60_000),
  RATE_LIMIT_AGENT_LIST_MAX: z.coerce.number().int().positive().default(100),
  RATE_LIMIT_AGENT_LIST_WINDOW_MS: ms(60_000),
  RATE_LIMIT_AGENT_BULK_MAX: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_AGENT_BULK_WINDOW_MS: ms(300_000),
  /** The built web app (`npm run build -w web`), served at `/` (docs/api.md §1). */
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../web/dist', import.meta.url))),
});

export type GatewayConfig = z.infer<typeof gatewayEnv>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig =>
  loadConfig(gatewayEnv, env);
