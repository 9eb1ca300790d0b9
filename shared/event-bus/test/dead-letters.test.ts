import { deadLetterQueueOf } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bus, connectBus, deadLetterDepths, peekDeadLetters, replayDeadLetters } from '../src/index.js';
import { publishRaw, queueDepth } from './support/broker.js';
import { recordEffect, timesApplied } from './support/effects.js';
import { tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

let infra: Infra;
let bus: Bus;
const logs = captureLogs();
beforeAll(async () => {
  infra = await startInfra('dlq');
  bus = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'dlq-test' });
});
afterAll(async () => {
  await bus?.close();
  await infra?.teardown();
});

describe('dead letters, by command', () => {
  it('lists, shows and replays them once the cause is fixed; an unreadable one goes back to the DLQ', async () => {
    let broken = true;
    await bus.consume({
      service: 'replayed',
      db: infra.db,
      deliveryLimit: 1,
      retryDelayMs: 20,
      handlers: {
        'tenant.created': async (event, tx) => {
          if (broken) throw new Error('downstream is down');
          await recordEffect(tx, 'replayed', event.id);
        },
      },
    });
    const event = tenantCreated('needs a fix');
    await bus.publish([event]);
    await publishRaw(infra.vhost.url, '{oops', 'raw-1');
    const dlq = deadLetterQueueOf('replayed');
    await waitFor('both dead-lettered', async () => (await queueDepth(infra.vhost.url, dlq)) === 2);

    expect(await deadLetterDepths(infra.vhost.url, ['replayed', 'never-consumed'])).toEqual({ [dlq]: 2 });
    const shown = await peekDeadLetters(infra.vhost.url, 'replayed');
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'tenant.created',
          correlationId: event.correlationId,
          reason: 'broker: delivery_limit',
        }),
        expect.objectContaining({ messageId: 'raw-1', reason: 'body is not valid JSON', preview: '{oops' }),
      ]),
    );
    expect(await queueDepth(infra.vhost.url, dlq)).toBe(2); // showing takes nothing away

    broken = false;
    expect(await replayDeadLetters(infra.vhost.url, 'replayed')).toBe(2);
    await waitFor(
      'the fixed event applied',
      async () => (await timesApplied(infra.db, 'replayed', event.id)) === 1,
    );
    await waitFor(
      'the unreadable one back in the DLQ',
      async () => (await queueDepth(infra.vhost.url, dlq)) === 1,
    );
    expect(await timesApplied(infra.db, 'replayed', event.id)).toBe(1);
  });
});
