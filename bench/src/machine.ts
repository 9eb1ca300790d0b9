import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Resident set size of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

/** This process's soft limit on open files (`ulimit -n`), from /proc (Linux). */
export function openFileLimit(): number {
  const limits = readFileSync('/proc/self/limits', 'utf8');
  return Number(/Max open files\s+(\d+)/.exec(limits)?.[1] ?? 1024);
}

/** What the machine was doing: recorded with every phase, since other work shares it. */
export function machineLoad() {
  const [one, five, fifteen] = os.loadavg();
  return { loadavg: { one, five, fifteen }, freeMemMB: Math.round(os.freemem() / 2 ** 20) };
}

export function machineInfo() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemMB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export const log = (...parts: unknown[]) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
