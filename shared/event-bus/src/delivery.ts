import { inEventSpan } from '@switchboard/tracing';
import type { Logger } from 'pino';
import { type AnyHandler, applyOnce } from './apply-once.js';
import { retryDelay } from './backoff.js';
import { deliveryStats } from './delivery-stats.js';
import { decodeEnvelope } from './envelope-decoder.js';
import type { AnyPgDatabase } from './types.js';

/** What to tell the broker about a delivery; the consumer settles it on the right channel. */
export type Verdict = { action: 'ack' } | { action: 'dead-letter' } | { action: 'retry'; delayMs: number };

export type DeliveryContext = {
  service: string;
  db: AnyPgDatabase | undefined;
  handlers: Record<string, AnyHandler | undefined>;
  retryDelayMs: number;
  logger: Logger;
};

/** Validates one message, applies it at most once, and decides its fate. Never throws. */
/** What a delivery carries, from RabbitMQ or the in-process broker alike. */
export type DeliveredMessage = {
  content: Buffer;
  properties: { messageId?: string | undefined; headers?: Record<string, unknown> | undefined };
  /** Whether the broker delivered it before (RabbitMQ's flag; the in-process broker counts instead). */
  fields?: { redelivered: boolean };
};

export async function processDelivery(msg: DeliveredMessage, ctx: DeliveryContext): Promise<Verdict> {
  const { service, db, handlers, retryDelayMs, logger } = ctx;
  const decoded = decodeEnvelope(msg.content);
  if (!decoded.ok) {
    // It can never succeed: straight to the DLQ, where an operator can inspect it.
    const { messageId, headers } = msg.properties;
    const correlationId = headers?.['x-correlation-id'];
    logger.warn({ reason: decoded.reason, messageId, correlationId }, 'dead-lettering invalid message');
    return { action: 'dead-letter' };
  }
  const event = decoded.event;
  const log = logger.child({ correlationId: event.correlationId, eventId: event.id, eventType: event.type });
  const handler = handlers[event.type];
  if (!handler) {
    log.warn('no handler for this event type (stale binding?); acking');
    return { action: 'ack' };
  }
  const deliveryCount = Number(msg.properties.headers?.['x-delivery-count'] ?? 0);
  if (msg.fields?.redelivered || deliveryCount > 0) deliveryStats.redelivered++;
  try {
    const handlerContext = { logger: log, deliveryCount };
    const outcome = await inEventSpan(
      `consume ${event.type}`,
      event,
      { 'messaging.consumer.group.name': service, 'switchboard.delivery_count': deliveryCount },
      () =>
        db
          ? applyOnce(db, service, event, handler, handlerContext)
          : handler(event, undefined, handlerContext).then(() => 'applied' as const),
    );
    if (outcome === 'duplicate') deliveryStats.duplicates++;
    log.debug(
      { outcome, deliveryCount },
      outcome === 'duplicate' ? 'duplicate event skipped' : 'event applied',
    );
    return { action: 'ack' };
  } catch (err) {
    // The broker counts deliveries and dead-letters the message past the queue's delivery limit.
    const delayMs = retryDelay(deliveryCount, retryDelayMs);
    log.warn({ err, deliveryCount, retryInMs: delayMs }, 'handler failed; requeueing after a delay');
    return { action: 'retry', delayMs };
  }
}
