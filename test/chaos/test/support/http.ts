// biome-ignore-all lint/suspicious/noExplicitAny: answers are read loosely, as the tests of other suites do
import type { Outcome } from './ledger.js';

export type Answer = { outcome: Outcome; status: number; body: any };

/**
 * Writes through the gateways in turn, as a load balancer would. A request that gets no answer
 * (connection refused or reset, timeout) or a 5xx is unacknowledged: it may or may not be applied.
 */
export class Edge {
  private next = 0;
  constructor(private readonly urls: () => string[]) {}

  async send(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const urls = this.urls();
    const base = urls[this.next++ % urls.length];
    const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body,
        signal: AbortSignal.timeout(20_000),
      });
      const text = await res.text();
      const parsed = text ? safeJson(text) : undefined;
      const outcome: Outcome = res.status < 300 ? 'acked' : res.status < 500 ? 'rejected' : 'unacked';
      return { outcome, status: res.status, body: parsed };
    } catch {
      return { outcome: 'unacked', status: 0, body: undefined };
    }
  }

  /** For set-up steps, which run before any fault: anything but 2xx is a broken test. */
  async must(method: string, path: string, opts: Parameters<Edge['send']>[2] = {}): Promise<any> {
    const answer = await this.send(method, path, opts);
    if (answer.outcome !== 'acked') {
      throw new Error(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
