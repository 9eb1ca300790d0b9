import type { Stack } from '@switchboard/testing';

type Counts = { redelivered: number; duplicates: number };

/**
 * Sums the bus's per-process redelivery gauges over every process the run started. A process
 * killed with -9 takes its counters with it: each is scraped every half second and its last value
 * kept, so the figure is a lower bound (a kill loses at most the last half second's count).
 */
export class RedeliveryScraper {
  private readonly last = new Map<string, Counts>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly stack: Stack) {}

  start(): void {
    const tick = () => {
      void this.scrape().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, 500);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  async scrape(): Promise<void> {
    const { stack } = this;
    const targets = [
      ...(['auth', 'tickets', 'presence', 'reporting'] as const).map((name) => ({
        id: `${name}:${stack[name].child.pid}`,
        url: stack.urls[`${name.toUpperCase()}_URL` as keyof Stack['urls']],
      })),
      ...stack.gateways.map((g) => ({ id: `gateway:${g.process.child.pid}`, url: g.url })),
    ];
    await Promise.all(targets.map(({ id, url }) => this.read(id, url)));
  }

  total(): Counts {
    let redelivered = 0;
    let duplicates = 0;
    for (const counts of this.last.values()) {
      redelivered += counts.redelivered;
      duplicates += counts.duplicates;
    }
    return { redelivered, duplicates };
  }

  private async read(id: string, url: string): Promise<void> {
    const text = await fetch(`${url}/metrics`, {
      headers: { authorization: `Bearer ${this.stack.metricsToken}` },
      signal: AbortSignal.timeout(2_000),
    })
      .then((res) => (res.ok ? res.text() : ''))
      .catch(() => '');
    const value = (name: string) =>
      Number(text.match(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)`, 'm'))?.[1]);
    const redelivered = value('switchboard_bus_redelivered_messages');
    const duplicates = value('switchboard_bus_duplicate_events');
    if (Number.isFinite(redelivered) && Number.isFinite(duplicates))
      this.last.set(id, { redelivered, duplicates });
  }
}
