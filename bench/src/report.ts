import { readdirSync, readFileSync } from 'node:fs';
import { ratio, round } from './stats.js';

/**
 * `npm run report -w bench [-- file]`: the markdown table of docs/performance.md from a results
 * JSON (the newest by default): each figure beside its baseline, the ratio and the issue's target.
 */
const dir = new URL('../results/', import.meta.url);
const name =
  process.argv[2] ??
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1);
if (!name) throw new Error('no results in bench/results/');
// biome-ignore lint/suspicious/noExplicitAny: a results file is read loosely
const r: any = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const sb = r.switchboard ?? {};
const [api, e2e, gw] = [sb.api ?? {}, sb.e2e ?? {}, sb.sockets ?? {}];
const sio = r.B_sio ?? {};
const sioMem = sio.memory?.at(-1) ?? {};

const rows: string[][] = [];
const n = (v: unknown) => (typeof v === 'number' ? String(round(v, 1)) : '—');
const row = (
  figure: string,
  value: unknown,
  base: string,
  baseValue: unknown,
  target: string,
  met?: boolean,
) => {
  const q = typeof value === 'number' && typeof baseValue === 'number' ? ratio(value, baseValue) : null;
  rows.push([
    figure,
    n(value),
    `${base} ${n(baseValue)}`,
    q === null ? '—' : String(q),
    target,
    met === undefined ? '—' : met ? 'yes' : '**no**',
  ]);
};
const q = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? a / b : Number.NaN);

const pgInsert = r.B_pg?.insert?.opsPerSec;
row(
  'ticket create, req/s',
  api.create?.reqPerSec,
  'B_pg insert/s',
  pgInsert,
  '≥ 0.4 ×',
  q(api.create?.reqPerSec, pgInsert) >= 0.4,
);
row(
  'ticket create p50 / p95 / p99, ms',
  api.create?.latencyMs?.p50,
  'B_http p50',
  r.B_http?.latencyMs?.p50,
  `p95 ${n(api.create?.latencyMs?.p95)}, p99 ${n(api.create?.latencyMs?.p99)}`,
);
const getBase = Math.min(r.B_http?.reqPerSec ?? Number.NaN, r.B_pg?.select?.opsPerSec ?? Number.NaN);
row(
  'ticket get-by-id, req/s',
  api.get?.reqPerSec,
  'min(B_http, B_pg select)/s',
  getBase,
  '≥ 0.5 ×',
  q(api.get?.reqPerSec, getBase) >= 0.5,
);
row(
  'ticket get p50 / p95 / p99, ms',
  api.get?.latencyMs?.p50,
  'B_http p50',
  r.B_http?.latencyMs?.p50,
  `p95 ${n(api.get?.latencyMs?.p95)}, p99 ${n(api.get?.latencyMs?.p99)}`,
);
row(
  'ticket get one at a time p50, ms',
  api.serialGetMs?.p50,
  'B_pg select p50',
  r.B_pg?.select?.latencyMs?.p50,
  'diagnostic',
);
const p50Budget = (r.B_mq?.halfRate?.latencyMs?.p50 ?? 0) + (sio.halfRate?.latencyMs?.p50 ?? 0) + 10;
const e2eLat = e2e.latency?.latencyMs ?? {};
row(
  '201 → new_message p50, ms',
  e2eLat.p50,
  'B_mq p50 + B_sio p50 + 10',
  p50Budget,
  '≤ 1 ×',
  e2eLat.p50 <= p50Budget,
);
const p99Budget = 3 * ((r.B_mq?.halfRate?.latencyMs?.p99 ?? 0) + (sio.halfRate?.latencyMs?.p99 ?? 0));
row(
  '201 → new_message p99, ms',
  e2eLat.p99,
  '3 × (B_mq p99 + B_sio p99)',
  p99Budget,
  '≤ 1 × and < 100 ms',
  e2eLat.p99 <= p99Budget && e2eLat.p99 < 100,
);
row('201 → new_message p95, ms', e2eLat.p95, '—', undefined, `at ${n(e2e.latency?.offeredPerSec)} msg/s`);
const sust = e2e.sustainable?.eventsPerSec;
row(
  'sustainable event rate, events/s',
  sust,
  'B_mq max msg/s',
  r.B_mq?.maxMsgPerSec,
  '≥ 0.5 ×',
  q(sust, r.B_mq?.maxMsgPerSec) >= 0.5,
);
const dps = gw.deliveries?.deliveriesPerSec;
row(
  'gateway deliveries/s (1k sockets)',
  dps,
  'B_sio deliveries/s',
  sio.deliveriesPerSec,
  '≥ 0.7 ×',
  q(dps, sio.deliveriesPerSec) >= 0.7,
);
row(
  'authenticated sockets on one gateway',
  gw.sockets?.reached,
  'target',
  10_000,
  '≥ 1 ×',
  gw.sockets?.reached >= 10_000,
);
// At the same count as the baseline's largest step; older results kept one figure at `reached`.
const gwMem = gw.sockets?.memory?.[0] ?? {
  sockets: gw.sockets?.reached,
  bytesPerSocket: gw.sockets?.bytesPerSocket,
};
row(
  `gateway memory per socket, bytes (${n(gwMem.sockets)})`,
  gwMem.bytesPerSocket,
  `B_sio bytes/socket (${n(sioMem.sockets)})`,
  sioMem.bytesPerSocket,
  '≤ 2 ×',
  q(gwMem.bytesPerSocket, sioMem.bytesPerSocket) <= 2,
);
const gwTop = gw.sockets?.memory?.at(-1);
if (gwTop && gwTop !== gwMem)
  row(
    `gateway memory per socket, bytes (${n(gwTop.sockets)})`,
    gwTop.bytesPerSocket,
    '—',
    undefined,
    'diagnostic',
  );
const fan = (gw.fanout ?? []).map((f: { lastMs: number }) => f.lastMs);
row(
  'broadcast fan-out to all sockets, ms (median of 3)',
  fan.sort((a: number, b: number) => a - b)[1],
  '—',
  undefined,
  `rounds: ${fan.join(', ')}`,
);

const assign = sb.assignment ?? {};
row(
  `auto-assignment, assignments/s (${n(assign.agents)} agents, ${n(assign.queued)} queued)`,
  assign.assignmentsPerSec,
  '—',
  undefined,
  `${n(assign.assigned)} assigned (capacity ${n(assign.capacityPerAgent)} each) in ${n(assign.seconds)} s`,
);

const errorRate = Math.max(api.create?.errorRate ?? 1, api.get?.errorRate ?? 1);
const ref = [
  `${api.get?.connections ?? '—'} connections`,
  `create ${n(api.create?.reqPerSec)}, get ${n(api.get?.reqPerSec)} req/s`,
  `${n(gw.sockets?.reached)} sockets`,
  `create ${n(api.create?.latencyMs?.p95)}, get ${n(api.get?.latencyMs?.p95)} ms`,
  `${round(errorRate * 100, 3)} %`,
];
const load = r.load ?? {};
console.log(`Run ${name} (${r.mode}, ${r.durationS} s per load phase; ${r.machine?.cpus} CPUs, ${r.machine?.node}).
Machine load (1-min loadavg) at start ${n(load.atStart?.loadavg?.one)}, after the baselines ${n(load.B_sio?.loadavg?.one)}, at the end ${n(load.switchboard?.loadavg?.one)}.

| Figure | Switchboard | Baseline | Ratio | Target | Met |
| --- | --- | --- | --- | --- | --- |
${rows.map((c) => `| ${c.join(' | ')} |`).join('\n')}

| reference/002 | 100 concurrent users | 1,000 API req/s | 500 websocket connections | p95 < 200 ms | < 0.1 % errors |
| --- | --- | --- | --- | --- | --- |
| this run | ${ref.join(' | ')} |`);
