import autocannon from 'autocannon';
import { log } from './machine.js';
import { perSecond, type Summary, summarize } from './stats.js';

/** The HTTP load generator settings every HTTP figure (baseline and Switchboard) shares. */
export const HTTP_CONNECTIONS = 100;

export type HttpLoad = {
  label: string;
  url: string;
  method?: 'GET' | 'POST';
  token?: string;
  body?: unknown;
  /** Rewrites the path per request (e.g. a different ticket id each time). */
  path?: () => string;
  durationS: number;
  connections?: number;
};

export type HttpResult = {
  requests: number;
  ok: number;
  errors: number;
  errorRate: number;
  reqPerSec: number;
  latencyMs: Summary;
  connections: number;
  durationS: number;
};

/** Runs autocannon for a fixed time, printing progress; latencies come from every response. */
export async function runHttpLoad(load: HttpLoad): Promise<HttpResult> {
  const latencies: number[] = [];
  let ok = 0;
  let bad = 0;
  const connections = load.connections ?? HTTP_CONNECTIONS;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (load.token) headers.authorization = `Bearer ${load.token}`;
  const pathOf = load.path;
  const started = performance.now();
  let done: (value: autocannon.Result) => void = () => undefined;
  let failed: (err: unknown) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ([done, failed] = [resolve, reject]));
  const options: autocannon.Options = {
    url: load.url,
    connections,
    duration: load.durationS,
    method: load.method ?? 'GET',
    headers,
    ...(load.body !== undefined ? { body: JSON.stringify(load.body) } : {}),
    ...(pathOf ? { requests: [{ setupRequest: (req) => ({ ...req, path: pathOf() }) }] } : {}),
  };
  const instance = autocannon(options, (err, result) => (err ? failed(err) : done(result)));
  instance.on('response', (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (status >= 200 && status < 300) ok++;
    else bad++;
  });
  const progress = setInterval(() => log(`  ${load.label}: ${ok} ok, ${bad} non-2xx`), 2000);
  const result = await finished;
  clearInterval(progress);
  const elapsed = performance.now() - started;
  const errors = bad + result.errors + result.timeouts;
  const requests = ok + errors;
  return {
    requests,
    ok,
    errors,
    errorRate: requests ? errors / requests : 0,
    reqPerSec: perSecond(ok, elapsed),
    latencyMs: summarize(latencies),
    connections,
    durationS: load.durationS,
  };
}
