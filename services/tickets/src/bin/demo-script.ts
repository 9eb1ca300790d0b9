import type { Priority, TicketStatus } from '@switchboard/contracts';

/*
 * The demo tenant's two weeks, as data: which tickets arrive when, who takes them, when they are
 * answered, parked, resolved, rated and closed. Pseudo-random from a fixed seed, so every start
 * replays the same story (shifted to end now); steps later than `end` are left for "now" to show
 * as open work.
 */
export type DemoTeam = { supervisorId: string; agentIds: string[] };
export type { DemoTenant } from '@switchboard/service-runtime';
export type Step =
  | { at: Date; kind: 'create'; key: string; priority: Priority; subject: string; customer: number }
  | { at: Date; kind: 'assign'; key: string; agentId: string; bySupervisor: boolean }
  | { at: Date; kind: 'move'; key: string; to: TicketStatus; bySupervisor: boolean }
  | { at: Date; kind: 'reply' | 'note'; key: string; body: string }
  | { at: Date; kind: 'customer'; key: string; customer: number; body: string }
  | { at: Date; kind: 'csat'; key: string; rating: number; comment: string | null }
  | { at: Date; kind: 'scan' };

export const DEMO_DAYS = 14;
const MIN = 60_000;
const HOUR = 60 * MIN;

export const DEMO_CUSTOMERS = [
  'Maria Lopez',
  'John Carter',
  'Aiko Tanaka',
  'Lena Fischer',
  'Omar Haddad',
  'Priya Nair',
  'Tom Becker',
  'Sofia Rossi',
  'Ivan Petrov',
  'Grace Kim',
  'Lucas Martin',
  'Nora Jensen',
];
const SUBJECTS = [
  'Cannot log in to my account',
  'Invoice shows the wrong amount',
  'Refund not received',
  'App crashes on start',
  'Change my delivery address',
  'Card payment declined',
  'Package arrived damaged',
  'How do I export my data?',
  'Double charge this month',
  'Password reset mail never arrives',
  'Upgrade my plan',
  'Order stuck in processing',
];
const PRIORITIES: Priority[] = ['low', 'medium', 'medium', 'medium', 'high', 'high', 'urgent'];
const COMMENTS = ['Quick and kind', 'Solved on the first try', 'Took a while', null, null, 'Very helpful'];

/** mulberry32: small, fast and the same on every machine. */
function randomFrom(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof randomFrom>;

/** Every step of the two weeks ending at `end`, oldest first, with an SLA scan every three hours (a
 * breach's crossing time is exact whenever it is found; the scans only say when it was noticed). */
export function demoScript(team: DemoTeam, end: Date, seed = 16): Step[] {
  const random = randomFrom(seed);
  const first = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() - DEMO_DAYS);
  const steps: Step[] = [];
  for (let day = 0; day <= DEMO_DAYS; day++) {
    const midnight = first + day * 24 * HOUR;
    const weekend = [0, 6].includes(new Date(midnight).getUTCDay());
    const arrivals = weekend ? random.int(1, 2) : random.int(4, 6);
    for (let n = 0; n < arrivals; n++) {
      const at = midnight + random.int(7 * 60, 18 * 60) * MIN;
      steps.push(...ticketStory(random, team, `d${day}t${n}`, at));
    }
  }
  for (let at = first + HOUR; at < end.getTime(); at += 3 * HOUR)
    steps.push({ at: new Date(at), kind: 'scan' });
  return steps.filter((s) => s.at.getTime() <= end.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** One ticket from arrival to closing; about one in ten stops early, as real queues do. */
function ticketStory(random: Random, team: DemoTeam, key: string, start: number): Step[] {
  let t = start;
  const later = (lo: number, hi: number) => {
    t += random.int(lo, hi) * MIN;
    return new Date(t);
  };
  const customer = random.int(0, DEMO_CUSTOMERS.length - 1);
  const priority = random.pick(PRIORITIES);
  const agentId = random.pick(team.agentIds);
  const bySupervisor = random.next() < 0.35; // a supervisor's assignment needs approval to resolve
  const slow = random.next() < 0.2; // answered past its first-response target
  const story: Step[] = [
    { at: new Date(t), kind: 'create', key, priority, subject: random.pick(SUBJECTS), customer },
    { at: later(2, 40), kind: 'assign', key, agentId, bySupervisor },
    { at: later(1, 15), kind: 'move', key, to: 'IN_PROGRESS', bySupervisor: false },
    {
      at: slow ? later(90, 400) : later(3, 25),
      kind: 'reply',
      key,
      body: 'Thanks for writing, looking into it now.',
    },
  ];
  if (random.next() < 0.4)
    story.push({ at: later(5, 60), kind: 'note', key, body: 'Checked the account history.' });
  if (random.next() < 0.35) {
    story.push({ at: later(10, 90), kind: 'move', key, to: 'PENDING', bySupervisor: false });
    story.push({
      at: later(60, 900),
      kind: 'customer',
      key,
      customer,
      body: 'Here are the details you asked for.',
    });
    story.push({ at: later(5, 120), kind: 'reply', key, body: 'Got it, thank you.' });
  }
  story.push(...resolution(random, key, bySupervisor, later));
  const stopsAt = random.next() < 0.1 ? random.int(2, story.length - 1) : story.length;
  return story.slice(0, stopsAt);
}

function resolution(
  random: Random,
  key: string,
  approval: boolean,
  later: (lo: number, hi: number) => Date,
): Step[] {
  const resolved: Step[] = approval
    ? [
        { at: later(30, 1500), kind: 'move', key, to: 'RESOLUTION_REQUESTED', bySupervisor: false },
        { at: later(10, 180), kind: 'move', key, to: 'RESOLVED', bySupervisor: true },
      ]
    : [{ at: later(30, 1800), kind: 'move', key, to: 'RESOLVED', bySupervisor: false }];
  if (random.next() < 0.65) {
    const rating = random.pick([5, 5, 5, 4, 4, 4, 3, 2, 1]);
    resolved.push({ at: later(20, 300), kind: 'csat', key, rating, comment: random.pick(COMMENTS) });
  }
  resolved.push({ at: later(24 * 60, 48 * 60), kind: 'move', key, to: 'CLOSED', bySupervisor: true });
  return resolved;
}
