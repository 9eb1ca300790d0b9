import type { Ledger } from './ledger.js';
import type { ResumingSocket } from './resuming-socket.js';
import type { Store, StreamRecord } from './stores.js';

/** The must-be-zero figures, with a few examples of each kind of miss for the report. */
export type Tally = { lost: number; twice: number; unexpected: number; order: number; examples: string[] };

export const emptyTally = (): Tally => ({ lost: 0, twice: 0, unexpected: 0, order: 0, examples: [] });

function note(tally: Tally, example: string) {
  if (tally.examples.length < 12) tally.examples.push(example);
}

/**
 * lost: a key acknowledged n times and seen fewer times in a store that must hold it; twice: seen
 * more often than it was even attempted; unexpected: seen but never attempted by the load.
 */
export function tallyStores(ledger: Ledger, stores: Store[]): Tally {
  const tally = emptyTally();
  const { acked, attempted } = ledger.expectations();
  for (const store of stores) {
    for (const [key, times] of acked) {
      if (!store.covers(key)) continue;
      const seen = store.counts.get(key) ?? 0;
      if (seen < times) {
        tally.lost += times - seen;
        note(tally, `lost in ${store.name}: ${key}`);
      }
    }
    for (const [key, seen] of store.counts) {
      const tried = attempted.get(key) ?? 0;
      if (tried === 0 && key.includes('cx-')) {
        tally.unexpected += seen;
        note(tally, `unexpected in ${store.name}: ${key}`);
      } else if (tried > 0 && seen > tried) {
        tally.twice += seen - tried;
        note(tally, `${seen}× in ${store.name}: ${key}`);
      }
    }
    if (store.sequence) tally.order += orderViolations(store, ledger.ticketOrders(), tally);
  }
  return tally;
}

/** The ticket a key belongs to: `t:<tag>:…` or `m:<tag>-a1`. */
const ticketOfKey = (key: string) =>
  key.startsWith('t:')
    ? key.slice(2).split(':')[0]
    : key.startsWith('m:')
      ? key.slice(2).replace(/-[ac]\d+$/, '')
      : null;

/**
 * Per ticket, the store's order of the acknowledged effects must be the order they were
 * acknowledged in (a ticket's writes were made one after another). Counts the tickets out of order.
 */
function orderViolations(store: Store, orders: Map<string, string[]>, tally: Tally): number {
  const byTicket = new Map<string, string[]>();
  for (const key of store.sequence ?? []) {
    const ticket = ticketOfKey(key);
    if (ticket) byTicket.set(ticket, [...(byTicket.get(ticket) ?? []), key]);
  }
  let violations = 0;
  for (const [ticket, acked] of orders) {
    const kinds = new Set((byTicket.get(ticket) ?? []).map((k) => k.slice(0, 2)));
    const expected = acked.filter((k) => kinds.has(k.slice(0, 2)));
    const wanted = new Set(expected);
    const seen = (byTicket.get(ticket) ?? []).filter((k) => wanted.has(k)).slice(0, expected.length);
    if (seen.length === expected.length && seen.some((k, i) => k !== expected[i])) {
      violations++;
      note(tally, `out of order in ${store.name}: ${ticket}: ${seen.join(' ')}`);
    }
  }
  return violations;
}

/**
 * A socket must end with every record of its tenant's stream addressed to one of its rooms, since
 * it first authenticated: a missing seq is lost, a seq twice is twice, a seq going back is order.
 */
export function tallySocket(socket: ResumingSocket, records: StreamRecord[], rooms: string[]): Tally {
  const tally = emptyTally();
  const start = socket.start;
  if (!start) return { ...tally, lost: records.length, examples: [`${socket.label} never connected`] };
  const inRooms = new Set(rooms);
  const expected = records.filter((r) => r.seq > start.seq && r.rooms.some((room) => inRooms.has(room)));
  const seen = socket.seen.filter((s) => s.epoch === start.epoch);
  const seqs = new Set<number>();
  let highest = start.seq;
  for (const s of seen) {
    if (seqs.has(s.seq)) {
      tally.twice++;
      note(tally, `${socket.label} got seq ${s.seq} twice`);
    } else if (s.seq < highest) {
      tally.order++;
      note(tally, `${socket.label} got seq ${s.seq} after ${highest}`);
    }
    seqs.add(s.seq);
    highest = Math.max(highest, s.seq);
  }
  const streamSeqs = new Set(records.map((r) => r.seq));
  for (const r of expected) {
    if (seqs.has(r.seq)) continue;
    tally.lost++;
    note(tally, `${socket.label} missed seq ${r.seq} (${r.type})`);
  }
  for (const seq of seqs) {
    if (streamSeqs.has(seq)) continue;
    tally.unexpected++;
    note(tally, `${socket.label} got seq ${seq}, not in the stream`);
  }
  const otherEpochs = socket.seen.length - seen.length + socket.unrecovered.length;
  if (otherEpochs > 0) {
    tally.lost += otherEpochs;
    note(tally, `${socket.label}: ${otherEpochs} events or resumes outside its epoch (stream lost)`);
  }
  return tally;
}

export function addTallies(...tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({
      lost: sum.lost + t.lost,
      twice: sum.twice + t.twice,
      unexpected: sum.unexpected + t.unexpected,
      order: sum.order + t.order,
      examples: [...sum.examples, ...t.examples].slice(0, 20),
    }),
    emptyTally(),
  );
}
