import { type ChildProcess, spawn } from 'node:child_process';
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

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
