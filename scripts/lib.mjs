/*
 * Small helpers shared by the operations scripts in this folder (run by manage.sh,
 * never imported by services).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The URL with its password replaced by ***, safe to print. */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(unparsable URL)';
  }
}

/** The same server as `url`, but pointing at the maintenance database `database`. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** A short reason for a connection error (AggregateError from dual-stack connects included). */
export function describeError(err) {
  const first = err?.errors?.[0] ?? err;
  return first?.code ?? first?.message ?? err?.message ?? String(err);
}

/** Rejects with `label timed out` when `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Every npm workspace of the repository at `root`: its folder and its package.json. */
export function workspaces(root = '.') {
  const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const patterns = readJson(join(root, 'package.json')).workspaces ?? [];
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = join(root, pattern.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(pattern.slice(0, -2), entry.name));
  });
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => ({ dir, pkg: readJson(join(root, dir, 'package.json')) }));
}
