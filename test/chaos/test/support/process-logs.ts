import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot, type Stack } from '@switchboard/testing';

export const logDir = join(repoRoot, '.run', 'chaos', 'logs');

type Named = { name: string; process: Stack['tickets'] };

/** Every process of the stack now, by name (a restarted one is a new process). */
export function stackProcesses(stack: Stack): Named[] {
  return [
    ...(['auth', 'tickets', 'presence', 'reporting'] as const).map((name) => ({
      name,
      process: stack[name],
    })),
    ...stack.gateways.map((g) => ({ name: `gateway-${g.port}`, process: g.process })),
  ];
}

const isDown = ({ process }: Named) => process.child.exitCode !== null || process.child.signalCode !== null;

/** Processes that exited although no fault was under way: each one is a crash to report. */
export const deadProcesses = (stack: Stack): Named[] => {
  const seen = new Set<number>();
  return stackProcesses(stack).filter((p) => {
    const pid = p.process.child.pid ?? 0;
    if (seen.has(pid)) return false;
    seen.add(pid);
    return isDown(p) && !p.process.child.killed;
  });
};

/** Keeps a process's output in .run/chaos/logs/<name>-<pid>.log (the suite logs at warn level). */
export async function saveOutput({ name, process }: Named): Promise<string> {
  await mkdir(logDir, { recursive: true });
  const file = join(logDir, `${name}-${process.child.pid}.log`);
  await writeFile(file, process.output());
  return file;
}
