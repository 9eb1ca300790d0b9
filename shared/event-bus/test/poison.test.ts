import { waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bus, connectBus, peekDeadLetters } from '../src/index.js';
import { appliedBy, recordEffect } from './support/effects.js';
import { tenantCreated } from './support/events.js';
import { type Infra, startInfra } from './support/infra.js';
import { captureLogs } from './support/logs.js';

const BURST = 400;
const ROUNDS = 5;
const DELIVERY_LIMIT = 4;
const UNIMPORTABLE = 'unimportable';

let infra: Infra;
let bus: Bus;
const logs = captureLogs();
/** When each consumer applied each event, by event name. */
const appliedAt = { importer: new Map<string, number>(), mirror: new Map<string, number>() };
const poisonAttempts: number[] = [];

/**
 * Two services consume the same events side by side: `importer` can never apply the unimportable
 * one, `mirror` applies everything. On a busy shared machine a load spike slows both alike, so
 * the importer's rate measured against the mirror's shows what the poison costs, and only that.
 */
beforeAll(async () => {
  infra = await startInfra('eb_poison');
  bus = connectBus({ url: infra.vhost.url, logger: logs.logger, name: 'poison-test' });
  await bus.consume({
    service: 'importer',
    db: infra.db,
    deliveryLimit: DELIVERY_LIMIT,
    // Long enough that a consumer sleeping through the retries would lose far more than 10 %.
    retryDelayMs: 100,
    handlers: {
      'tenant.created': async (event, tx, { deliveryCount }) => {
        await recordEffect(tx, 'importer', event.id);
        if (event.data.name.startsWith(UNIMPORTABLE)) {
          poisonAttempts.push(deliveryCount);
          throw new Error('this customer record can never be imported');
        }
        appliedAt.importer.set(event.data.name, performance.now());
      },
    },
  });
  await bus.consume({
    service: 'mirror',
    db: infra.db,
    handlers: {
      'tenant.created': async (event, tx) => {
        await recordEffect(tx, 'mirror', event.id);
        appliedAt.mirror.set(event.data.name, performance.now());
      },
    },
  });
});

afterAll(async () => {
  await bus?.close();
  await infra?.teardown();
});

const deadLetters = () => peekDeadLetters(infra.vhost.url, 'importer');

/** Good events per second of one consumer over one burst, first to last applied. */
function rateOf(applied: Map<string, number>, names: string[]) {
  const times = names.map((n) => applied.get(n) as number);
  return ((names.length - 1) / (Math.max(...times) - Math.min(...times))) * 1000;
}

/** A burst of good events (a poison one in the middle if asked): the importer's rate over the mirror's. */
async function burst(label: string, poison?: ReturnType<typeof tenantCreated>): Promise<number> {
  const names = Array.from({ length: BURST }, (_, i) => `${label} ${i}`);
  const events = names.map((name) => tenantCreated(name));
  if (poison) events.splice(BURST / 2, 0, poison);
  await bus.publish(events);
  const done = () => names.every((n) => appliedAt.importer.has(n) && appliedAt.mirror.has(n));
  await waitFor(`burst ${label} applied`, done, 60_000);
  return rateOf(appliedAt.importer, names) / rateOf(appliedAt.mirror, names);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe('a poison message among healthy traffic', () => {
  it('is dead-lettered after the delivery limit while the others keep at least 90 % of their rate', async () => {
    await burst('warm-up');
    const baseline: number[] = [];
    const poisoned: number[] = [];
    const poisons = [];
    for (let round = 0; round < ROUNDS; round++) {
      baseline.push(await burst(`healthy ${round}`));
      const poison = tenantCreated(`${UNIMPORTABLE} ${round}`);
      poisons.push(poison);
      poisoned.push(await burst(`with poison ${round}`, poison));
      await waitFor('the poison message in the DLQ', async () => (await deadLetters()).length === round + 1);
    }
    const kept = median(poisoned) / median(baseline);
    const shown = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
    console.info(
      `importer/mirror rate: healthy ${shown(baseline)}; with poison ${shown(poisoned)} → kept ${(kept * 100).toFixed(0)} %`,
    );
    expect(kept).toBeGreaterThanOrEqual(0.9);

    const dead = await deadLetters();
    expect(dead.map((d) => d.messageId).sort()).toEqual(poisons.map((p) => p.id).sort());
    expect(dead.every((d) => d.reason === 'broker: delivery_limit')).toBe(true);
    // Delivered once, then once per allowed redelivery, then the broker gave up on it.
    const perPoison = Array.from({ length: DELIVERY_LIMIT + 1 }, (_, i) => i);
    expect([...poisonAttempts].sort()).toEqual(perPoison.flatMap((n) => Array(ROUNDS).fill(n)).sort());
    // Nothing good lost, nothing applied twice, the poison's failed attempts left no effect.
    const good = BURST * (2 * ROUNDS + 1);
    expect(await appliedBy(infra.db, 'importer')).toEqual({ total: good, distinct: good });
    expect(await appliedBy(infra.db, 'mirror')).toEqual({ total: good + ROUNDS, distinct: good + ROUNDS });
  }, 180_000);
});
