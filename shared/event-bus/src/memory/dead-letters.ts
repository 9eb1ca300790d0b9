import { deadLetterQueueOf, queueOf } from '@switchboard/contracts';
import { describeDeadLetter } from '../dead-letter-view.js';
import { brokerFor } from './broker.js';

/** `./manage.sh dlq` over the in-process broker: the same list, show and replay. */
export const memoryDeadLetters = {
  depths(url: string, services: readonly string[]) {
    const depths: Record<string, number> = {};
    for (const service of services) {
      const dlq = brokerFor(url).queue(deadLetterQueueOf(service));
      if (dlq) depths[dlq.name] = dlq.ready.length;
    }
    return depths;
  },

  peek(url: string, service: string, limit: number) {
    const dlq = brokerFor(url).queue(deadLetterQueueOf(service));
    return (dlq?.ready ?? []).slice(0, limit).map(describeDeadLetter);
  },

  /** Only what is there now, each back on the service's queue without its death record. */
  replay(url: string, service: string, limit: number) {
    const broker = brokerFor(url);
    const dlq = broker.queue(deadLetterQueueOf(service));
    const target = broker.queue(queueOf(service));
    if (!dlq || !target) return 0;
    const taken = dlq.ready.splice(0, Math.min(limit, dlq.ready.length));
    for (const message of taken) {
      const { 'x-death': _, 'x-delivery-count': __, ...headers } = message.properties.headers;
      target.enqueue({ ...message, routingKey: target.name, properties: { ...message.properties, headers } });
    }
    return taken.length;
  },
};
