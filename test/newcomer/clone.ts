import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@switchboard/testing';

/*
 * A newcomer's machine in a temporary folder: a fresh clone of the committed HEAD, and
 * `./manage.sh` run there with a shell's environment, not the test runner's.
 */
const run = promisify(execFile);

export type Clone = { dir: string; head: string; remove: () => Promise<void> };

/** `git clone` of the checkout under test, at its committed HEAD (uncommitted edits stay behind). */
export async function cloneHead(): Promise<Clone> {
  const tmp = await mkdtemp(join(tmpdir(), 'sb-newcomer-'));
  const dir = join(tmp, 'switchboard');
  const head = (await run('git', ['rev-parse', 'HEAD'], { cwd: repoRoot })).stdout.trim();
  await run('git', ['clone', '--quiet', '--no-checkout', repoRoot, dir]);
  await run('git', ['fetch', '--quiet', 'origin', head], { cwd: dir });
  await run('git', ['checkout', '--quiet', '--detach', head], { cwd: dir });
  return { dir, head, remove: () => rm(tmp, { recursive: true, force: true }) };
}

/**
 * What a person's shell would pass: no npm, turbo or vitest variables (NODE_ENV=test would build
 * the web app for tests) and no node_modules/.bin of this checkout on the PATH.
 */
export function shellEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR', 'SHELL'];
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])),
  );
  env.PATH = (process.env.PATH ?? '')
    .split(':')
    .filter((entry) => !entry.includes('node_modules'))
    .join(':');
  return { ...env, NO_COLOR: '1', ...settings };
}

/** `./manage.sh <command>` in the clone; resolves to its output, rejects (with it) on a non-zero exit. */
export async function manage(clone: Clone, env: NodeJS.ProcessEnv, command: string, timeoutMs = 60_000) {
  const { stdout, stderr } = await run('./manage.sh', [command], {
    cwd: clone.dir,
    env,
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  return `${stdout}${stderr}`;
}

export async function gitStatus(clone: Clone): Promise<string> {
  return (await run('git', ['status', '--porcelain'], { cwd: clone.dir })).stdout;
}

/** The pids manage.sh recorded in its run folder (one per process it started). */
export async function recordedPids(runDir: string): Promise<number[]> {
  const dir = join(runDir, 'pids');
  const files = await readdir(dir).catch(() => []);
  return Promise.all(files.map(async (f) => Number((await readFile(join(dir, f), 'utf8')).trim())));
}

/** Whether the pid names a live process (a zombie waiting to be reaped has ended). */
export function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Whether anything accepts connections on the loopback port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Every live process working in or started from the folder (what a stop must have ended). */
export function processesUnder(dir: string): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid && alive(Number(pid)))
    .flatMap((pid) => {
      try {
        const cwd = readlinkSync(`/proc/${pid}/cwd`);
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
        return cwd.startsWith(dir) || cmd.includes(dir) ? [`${pid} ${cmd}`] : [];
      } catch {
        return []; // ended meanwhile
      }
    });
}
