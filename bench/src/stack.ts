import { repoRoot, type Stack, signupTenant, startStack } from '@switchboard/testing';
import { log } from './machine.js';
import { sleep } from './stats.js';

/**
 * The benchmark's own stack on free ports. The default throttles (600 requests a minute per IP,
 * 10 sockets per user, login lockouts) would measure the limiter, not the system: raised here.
 */
export const benchEnv = {
  RATE_LIMIT_PER_MINUTE: '100000000',
  SOCKET_MAX_CONNECTIONS_PER_USER: '1000000',
  LOGIN_MAX_FAILURES_PER_IP: '1000000',
};

/** `--profile=gateway,tickets`: those processes run with `node --cpu-prof`, written on exit to bench/profiles/<name>/. */
export async function startBenchStack(profile: string[] = []) {
  log(
    'starting stack (auth, tickets, presence, reporting, ai-assist, notifications, audit, gateway) on free ports',
  );
  // A folder per process: tsx's loader thread writes a profile of its own beside the main thread's.
  const cpuProf = (name: string) => ['--cpu-prof', `--cpu-prof-dir=${repoRoot}bench/profiles/${name}`];
  const stack = await startStack({
    gatewayEnv: benchEnv,
    authEnv: benchEnv,
    ticketsEnv: benchEnv,
    presenceEnv: benchEnv,
    reportingEnv: benchEnv,
    nodeArgs: Object.fromEntries(profile.map((name) => [name, cpuProf(name)])),
  });
  const admin = await signupTenant(stack.call, 'Bench');
  log(`stack up: gateway ${stack.baseUrl}, tenant ${admin.tenantId}`);
  return { stack, admin };
}

const streamed = async (stack: Stack) => {
  const headers = { authorization: `Bearer ${stack.metricsToken}` };
  const text = await (await fetch(`${stack.baseUrl}/metrics`, { headers })).text();
  return Number(/^switchboard_gateway_events_streamed_total(?:\{[^}]*\})? (\S+)/m.exec(text)?.[1] ?? 0);
};

/** Waits until the gateway has streamed no new event for 2 s (the previous phase's events drained). */
export async function quiesce(stack: Stack, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const value = await streamed(stack);
    if (value !== last) [last, stableSince] = [value, Date.now()];
    else if (Date.now() - stableSince > 2000) return;
    await sleep(250);
  }
  log('  quiesce: gateway still streaming events after the timeout');
}
