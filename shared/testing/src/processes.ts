import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root, where processes are started from (as manage.sh does). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type RunningProcess = {
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * Runs an entry relative to the repo root: TypeScript the way manage.sh does (`node --import tsx`),
 * JavaScript (a test bundle, see bundles.ts) with plain node, its stack traces mapped to the sources.
 */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  /** Node flags NODE_OPTIONS may not carry, e.g. `--cpu-prof` for the benchmarks. */
  nodeArgs: readonly string[] = [],
): RunningProcess {
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : ['--enable-source-maps'];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Runs an entry to completion; rejects with its output when it fails. */
export async function runToCompletion(entry: string, env: Record<string, string>): Promise<string> {
  const proc = startProcess(entry, env);
  const code = await new Promise<number | null>((resolve) => proc.child.once('exit', resolve));
  if (code !== 0) throw new Error(`${entry} exited with ${code}:\n${proc.output()}`);
  return proc.output();
}

/*
 * Ports for the processes a test starts are picked below the kernel's ephemeral range: a port
 * from listen(0) is one that any outgoing connection (to Postgres, RabbitMQ, Redis, another test's
 * stack) may take as its local port in the seconds before our process binds it — a CI run once
 * lost a stack to EADDRINUSE that way. Below the range, only another pick can collide, and a pick
 * is checked free first.
 */
const EPHEMERAL_RANGE = '/proc/sys/net/ipv4/ip_local_port_range';
const LOWEST_PICK = 10_000;

function pickRange(): { from: number; to: number } | null {
  if (!existsSync(EPHEMERAL_RANGE)) return null;
  const ephemeralStart = Number(readFileSync(EPHEMERAL_RANGE, 'utf8').trim().split(/\s+/)[0]);
  return ephemeralStart > LOWEST_PICK + 1000 ? { from: LOWEST_PICK, to: ephemeralStart - 1 } : null;
}

const bindable = (port: number) =>
  new Promise<number | null>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const bound = (server.address() as { port: number }).port;
      server.close(() => resolve(bound));
    });
  });

/** A port that was free a moment ago, outside the range outgoing connections draw from. */
export async function freePort(): Promise<number> {
  const range = pickRange();
  for (let attempt = 0; range && attempt < 50; attempt++) {
    const port = await bindable(range.from + Math.floor(Math.random() * (range.to - range.from + 1)));
    if (port) return port;
  }
  const port = await bindable(0);
  if (!port) throw new Error('no free port');
  return port;
}
