import { type Envelope, EXCHANGE } from '@switchboard/contracts';
import type { ConfirmChannel, Options } from 'amqplib';

/** AMQP properties of an event: ids and correlation travel as metadata too, for tracing and tooling. */
export function messageOptions(event: Envelope): Options.Publish {
  return {
    persistent: true,
    messageId: event.id,
    type: event.type,
    // AMQP timestamps are whole seconds.
    timestamp: Math.floor(Date.parse(event.occurredAt) / 1000),
    contentType: 'application/json',
    appId: event.producer,
    headers: {
      'x-correlation-id': event.correlationId,
      'x-causation-id': event.causationId,
      'x-tenant-id': event.tenantId,
    },
  };
}

/**
 * Publishes on a confirm channel, routing by event type. Resolves once the broker confirmed every
 * message; rejects on the first nack or if the channel closes first (amqplib fails the pending
 * confirms), so the caller can retry the whole batch.
 */
export async function publishEnvelopes(
  channel: ConfirmChannel,
  envelopes: readonly Envelope[],
): Promise<void> {
  await Promise.all(
    envelopes.map(
      (event) =>
        new Promise<void>((resolve, reject) => {
          const body = Buffer.from(JSON.stringify(event));
          channel.publish(EXCHANGE, event.type, body, messageOptions(event), (err) =>
            err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
          );
        }),
    ),
  );
}
