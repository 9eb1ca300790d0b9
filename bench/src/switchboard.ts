import { benchApi } from './api.js';
import { type AssignmentLoad, benchAssignment } from './assignment.js';
import { benchEndToEnd } from './e2e.js';
import { benchGatewaySockets } from './gateway-sockets.js';
import { log, machineLoad } from './machine.js';
import { quiesce, startBenchStack } from './stack.js';

/** Switchboard through the gateway of its own stack; each part records the machine load after it. */
export async function benchSwitchboard(options: {
  durationS: number;
  maxSockets: number;
  assignment: AssignmentLoad;
  profile: string[];
  /** Which parts to run (all when empty): api, e2e, sockets, assignment. */
  parts: string[];
}) {
  const { stack, admin } = await startBenchStack(options.profile);
  const out: Record<string, unknown> = {};
  const part = async (name: string, run: () => Promise<object>) => {
    if (options.parts.length > 0 && !options.parts.includes(name)) return;
    log(`switchboard ${name}: start`);
    try {
      out[name] = { ...(await run()), load: machineLoad() };
    } catch (err) {
      log(`switchboard ${name}: FAILED`, err);
      out[name] = { error: String(err), load: machineLoad() };
    }
    await quiesce(stack);
  };
  try {
    await part('api', () => benchApi(stack, admin, options.durationS));
    await part('e2e', () => benchEndToEnd(stack, admin, options.durationS));
    await part('sockets', () => benchGatewaySockets(stack, admin, options.maxSockets));
    await part('assignment', () => benchAssignment(stack, options.assignment));
    return out;
  } finally {
    await stack.stop();
  }
}
