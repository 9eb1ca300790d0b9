/*
 * Small helpers shared by the operations scripts in this folder (run by manage.sh,
 * never imported by services).
 */

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
