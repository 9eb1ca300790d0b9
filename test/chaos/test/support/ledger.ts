/*
 * Every write the load attempted, by outcome, and the effect keys it promises. A key names one
 * effect the way every store can recognise it from an event's data (see effect-keys.ts): the
 * accounting counts each key in each store and compares with what was acknowledged.
 */

/** acked: 2xx. rejected: 4xx, never applied. unacked: 5xx or no answer, may or may not be applied. */
export type Outcome = 'acked' | 'rejected' | 'unacked';

export type WriteRecord = {
  phase: string;
  /** Which load tenant wrote it (its index). */
  tenant: number;
  kind: string;
  outcome: Outcome;
  /** The effects it promises, in order (a ticket-creating inbound message promises two). */
  keys: string[];
  /** The ticket it belongs to (its customer's tag), for per-ticket order. */
  ticket?: string;
};

export class Ledger {
  readonly writes: WriteRecord[] = [];

  record(write: WriteRecord): void {
    this.writes.push(write);
  }

  count(phase: string, outcome?: Outcome): number {
    return this.writes.filter((w) => w.phase === phase && (!outcome || w.outcome === outcome)).length;
  }

  /** How many times each key was acknowledged, and attempted (acknowledged or unacknowledged). */
  expectations(): { acked: Map<string, number>; attempted: Map<string, number> } {
    const acked = new Map<string, number>();
    const attempted = new Map<string, number>();
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    for (const write of this.writes) {
      if (write.outcome === 'rejected') continue;
      for (const key of write.keys) {
        bump(attempted, key);
        if (write.outcome === 'acked') bump(acked, key);
      }
    }
    return { acked, attempted };
  }

  /** Each ticket's acknowledged effect keys, in the order they were acknowledged. */
  ticketOrders(): Map<string, string[]> {
    const orders = new Map<string, string[]>();
    for (const write of this.writes) {
      if (write.outcome !== 'acked' || !write.ticket) continue;
      orders.set(write.ticket, [...(orders.get(write.ticket) ?? []), ...write.keys]);
    }
    return orders;
  }
}
