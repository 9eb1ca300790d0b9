import { decodeEnvelope } from './envelope-decoder.js';

/** A dead-lettered message as an operator reads it. */
export type DeadLetter = {
  messageId: string | undefined;
  type: string | undefined;
  correlationId: string | undefined;
  /** Why it could not be applied: undecodable, or how the broker gave up on it. */
  reason: string;
  deliveries: number;
  preview: string;
};

type Letter = {
  content: Buffer;
  routingKey: string;
  properties: { messageId?: string | undefined; headers?: Record<string, unknown> | undefined };
};

/** A dead-lettered message, from RabbitMQ or the in-process broker, as an operator reads it. */
export const describeDeadLetter = ({ content, routingKey, properties }: Letter): DeadLetter => {
  const decoded = decodeEnvelope(content);
  const death = (properties.headers?.['x-death'] as { reason?: string; count?: number }[] | undefined)?.[0];
  return {
    messageId: properties.messageId,
    type: decoded.ok ? decoded.event.type : routingKey,
    correlationId: decoded.ok ? decoded.event.correlationId : undefined,
    reason: decoded.ok ? `broker: ${death?.reason ?? 'dead-lettered'}` : decoded.reason,
    deliveries: Number(properties.headers?.['x-delivery-count'] ?? death?.count ?? 0),
    preview: content.toString('utf8').slice(0, 300),
  };
};
