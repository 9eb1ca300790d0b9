import { mkdirSync, writeFileSync } from 'node:fs';
import { benchHttp } from './baseline-http.js';
import { benchMq } from './baseline-mq.js';
import { benchPg } from './baseline-pg.js';
import { benchSio } from './baseline-sio.js';
import { log, machineInfo, machineLoad, openFileLimit } from './machine.js';
import { benchSwitchboard } from './switchboard.js';

/**
 * `npm run bench -w bench [-- --quick] [--only=baselines|switchboard] [--parts=api,e2e,sockets,assignment] [--profile=gateway,tickets]`: the baselines first, then
 * Switchboard through the gateway of a stack started here on free ports; one JSON file per run.
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const durationS = quick ? 3 : 8;
// As many sockets as the open-file limit allows (one descriptor each, in the gateway and here),
// keeping 1,000 for everything else; at least the 10,000.
const maxSockets = quick ? 1000 : Math.max(10_000, openFileLimit() - 1000);
const assignment = quick ? { agents: 10, queued: 1000 } : { agents: 50, queued: 10_000 };
const listArg = (name: string) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',') ?? [];
const profile = listArg('profile');
const parts = listArg('parts');

const results: Record<string, unknown> = {
  startedAt: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  durationS,
  machine: machineInfo(),
  load: { atStart: machineLoad() } as Record<string, unknown>,
};

async function phase<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  log(`${name}: start (load ${(machineLoad().loadavg.one ?? 0).toFixed(2)})`);
  const started = Date.now();
  try {
    const value = await run();
    results[name] = value;
    return value;
  } catch (err) {
    log(`${name}: FAILED`, err);
    results[name] = { error: String(err) };
    return undefined;
  } finally {
    (results.load as Record<string, unknown>)[name] = machineLoad();
    log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (only !== 'switchboard') {
  await phase('B_pg', () => benchPg(durationS * 1000));
  await phase('B_http', () => benchHttp(durationS));
  await phase('B_mq', () => benchMq(durationS * 1000));
  const steps = quick ? [1000] : [1000, 5000, 10_000];
  await phase('B_sio', () => benchSio(1000, steps, durationS * 1000));
}
if (only !== 'baselines') {
  await phase('switchboard', () => benchSwitchboard({ durationS, maxSockets, profile, parts, assignment }));
}
results.finishedAt = new Date().toISOString();
mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
const file = new URL(`../results/${results.startedAt as string}.json`.replaceAll(':', '-'), import.meta.url);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
log(`results: ${file.pathname}`);
process.exit(0);
